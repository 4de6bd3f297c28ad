import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'geo.message',
  questions: [
    {
      id: 'geo.message',
      text: 'cause.geo.q.message.text',
      settledBy: [
        { signal: 'http-451', value: 'yes' },
        { signal: 'region-message', value: 'yes' },
      ],
      options: [
        {
          value: 'yes',
          label: 'cause.geo.q.message.option.yes',
          next: { subCause: 'geo.unavailable' },
          implies: 'likely',
        },
        { value: 'no', label: 'cause.geo.q.message.option.no', next: { question: 'geo.vpn' } },
      ],
    },
    {
      id: 'geo.vpn',
      text: 'cause.geo.q.vpn.text',
      settledBy: [{ signal: 'vpn-exit', value: 'vpn' }],
      options: [
        { value: 'vpn', label: 'cause.geo.q.vpn.option.vpn', next: { subCause: 'geo.vpn-exit' }, implies: 'possible' },
        {
          value: 'travel',
          label: 'cause.geo.q.vpn.option.travel',
          next: { subCause: 'geo.unavailable' },
          implies: 'possible',
        },
        { value: 'no', label: 'cause.geo.q.vpn.option.no', next: { question: 'geo.market' } },
      ],
    },
    {
      id: 'geo.market',
      text: 'cause.geo.q.market.text',
      options: [
        { value: 'yes', label: 'cause.geo.q.market.option.yes', next: { ruledOut: true }, implies: 'clear' },
        {
          value: 'no',
          label: 'cause.geo.q.market.option.no',
          next: { subCause: 'geo.market-mismatch' },
          implies: 'possible',
        },
      ],
    },
  ],
};
