import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'geo.message',
  questions: [
    {
      id: 'geo.message',
      text: 'Does a page say TikTok Shop is not available in your country or region?',
      settledBy: [
        { signal: 'http-451', value: 'yes' },
        { signal: 'region-message', value: 'yes' },
      ],
      options: [
        { value: 'yes', label: 'Yes', next: { subCause: 'geo.unavailable' }, implies: 'likely' },
        { value: 'no', label: 'No', next: { question: 'geo.vpn' } },
      ],
    },
    {
      id: 'geo.vpn',
      text: 'Are you using a VPN, or travelling outside your shop’s country?',
      settledBy: [{ signal: 'vpn-exit', value: 'vpn' }],
      options: [
        { value: 'vpn', label: 'A VPN', next: { subCause: 'geo.vpn-exit' }, implies: 'possible' },
        { value: 'travel', label: 'Travelling', next: { subCause: 'geo.unavailable' }, implies: 'possible' },
        { value: 'no', label: 'Neither', next: { question: 'geo.market' } },
      ],
    },
    {
      id: 'geo.market',
      text: 'Is the Seller Center address you open the one for your shop’s market (for example seller-us for a US shop)?',
      options: [
        { value: 'yes', label: 'Yes', next: { ruledOut: true }, implies: 'clear' },
        { value: 'no', label: 'No, or not sure', next: { subCause: 'geo.market-mismatch' }, implies: 'possible' },
      ],
    },
  ],
};
