import type { CauseQuestions } from '../shared/types';

/** The questions and answers the walk asks; every text is a message key of ./locales/<locale>.json. */
export const questions: CauseQuestions = {
  start: 'connectivity.other-sites',
  questions: [
    {
      id: 'connectivity.other-sites',
      text: 'cause.connectivity.q.other-sites.text',
      settledBy: [
        { signal: 'offline', value: 'no' },
        { signal: 'control-ok', value: 'yes' },
      ],
      options: [
        { value: 'yes', label: 'cause.connectivity.q.other-sites.a.yes', next: { question: 'connectivity.vpn' } },
        {
          value: 'no',
          label: 'cause.connectivity.q.other-sites.a.no',
          next: { subCause: 'connectivity.unstable' },
          implies: 'likely',
        },
      ],
    },
    {
      id: 'connectivity.vpn',
      // Always asked: without the `proxy` permission no browser API shows a VPN or proxy (docs/permissions.md).
      text: 'cause.connectivity.q.vpn.text',
      options: [
        {
          value: 'vpn',
          label: 'cause.connectivity.q.vpn.a.vpn',
          next: { subCause: 'connectivity.vpn-proxy' },
          implies: 'possible',
        },
        {
          value: 'work',
          label: 'cause.connectivity.q.vpn.a.work',
          next: { subCause: 'connectivity.firewall' },
          implies: 'possible',
        },
        { value: 'no', label: 'cause.connectivity.q.vpn.a.no', next: { question: 'connectivity.symptom' } },
      ],
    },
    {
      id: 'connectivity.symptom',
      text: 'cause.connectivity.q.symptom.text',
      settledBy: [
        { signal: 'dns-failure', value: 'not-found' },
        { signal: 'clock-skew', value: 'clock' },
        { signal: 'connection-timeout', value: 'hangs' },
        { signal: 'slow', value: 'slow' },
        { signal: 'unstable', value: 'slow' },
      ],
      options: [
        {
          value: 'not-found',
          label: 'cause.connectivity.q.symptom.a.not-found',
          next: { subCause: 'connectivity.dns' },
          implies: 'likely',
        },
        {
          value: 'hangs',
          label: 'cause.connectivity.q.symptom.a.hangs',
          next: { subCause: 'connectivity.quic' },
          implies: 'possible',
        },
        {
          value: 'slow',
          label: 'cause.connectivity.q.symptom.a.slow',
          next: { subCause: 'connectivity.unstable' },
          implies: 'possible',
        },
        {
          value: 'clock',
          label: 'cause.connectivity.q.symptom.a.clock',
          next: { subCause: 'connectivity.clock' },
          implies: 'likely',
        },
        { value: 'other', label: 'cause.connectivity.q.symptom.a.other', next: { question: 'connectivity.hotspot' } },
      ],
    },
    {
      id: 'connectivity.hotspot',
      text: 'cause.connectivity.q.hotspot.text',
      options: [
        {
          value: 'yes',
          label: 'cause.connectivity.q.hotspot.a.yes',
          next: { subCause: 'connectivity.firewall' },
          implies: 'likely',
        },
        { value: 'no', label: 'cause.connectivity.q.hotspot.a.no', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
  ],
};
