import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'connectivity.other-sites',
  questions: [
    {
      id: 'connectivity.other-sites',
      text: 'Do other websites (not TikTok) load normally right now?',
      settledBy: [
        { signal: 'offline', value: 'no' },
        { signal: 'control-ok', value: 'yes' },
      ],
      options: [
        { value: 'yes', label: 'Yes, other sites work', next: { question: 'connectivity.vpn' } },
        {
          value: 'no',
          label: 'No, nothing loads well',
          next: { subCause: 'connectivity.unstable' },
          implies: 'likely',
        },
      ],
    },
    {
      id: 'connectivity.vpn',
      // Always asked: without the `proxy` permission no browser API shows a VPN or proxy (docs/permissions.md).
      text: 'Is a VPN, a proxy, or a work or school network in use?',
      options: [
        {
          value: 'vpn',
          label: 'Yes, a VPN or proxy',
          next: { subCause: 'connectivity.vpn-proxy' },
          implies: 'possible',
        },
        {
          value: 'work',
          label: 'A work or school network',
          next: { subCause: 'connectivity.firewall' },
          implies: 'possible',
        },
        { value: 'no', label: 'No, a home or mobile connection', next: { question: 'connectivity.symptom' } },
      ],
    },
    {
      id: 'connectivity.symptom',
      text: 'What happens when Seller Center fails?',
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
          label: `The browser says the site can't be reached or its address can't be found`,
          next: { subCause: 'connectivity.dns' },
          implies: 'likely',
        },
        {
          value: 'hangs',
          label: 'It hangs, resets or times out',
          next: { subCause: 'connectivity.quic' },
          implies: 'possible',
        },
        {
          value: 'slow',
          label: 'It loads, but slowly or only partly',
          next: { subCause: 'connectivity.unstable' },
          implies: 'possible',
        },
        {
          value: 'clock',
          label: 'A warning says the clock or date is wrong',
          next: { subCause: 'connectivity.clock' },
          implies: 'likely',
        },
        { value: 'other', label: 'None of these', next: { question: 'connectivity.hotspot' } },
      ],
    },
    {
      id: 'connectivity.hotspot',
      text: 'Does Seller Center work on another network, for example a phone hotspot?',
      options: [
        {
          value: 'yes',
          label: 'Yes, it works there',
          next: { subCause: 'connectivity.firewall' },
          implies: 'likely',
        },
        { value: 'no', label: 'No, it fails there too', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
  ],
};
