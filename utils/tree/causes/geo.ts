import { escalation } from '../escalation';
import type { CauseNode } from '../types';

export const geo: CauseNode = {
  id: 'geo',
  title: 'Region restriction',
  summary:
    'Seller Center or the shop is not available where this browser appears to be, or the Seller Center opened is another market’s.',
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
  subCauses: [
    {
      id: 'geo.unavailable',
      title: 'Shop not available in this region',
      about:
        'TikTok blocks Seller Center or the shop for this country (HTTP 451, or a "not available in your region" page).',
      detectedBy: ['http-451', 'region-message'],
      fixes: [
        {
          id: 'geo.unavailable.market',
          title: 'Use Seller Center from the shop’s market',
          steps: [
            'Open the Seller Center of your shop’s registered market from within that market.',
            'When travelling, let a team member in the market act, or ask seller support how to manage the shop while abroad.',
          ],
        },
      ],
      check: 'Seller Center loads without the region page; Run checks shows "Region restriction" clear.',
    },
    {
      id: 'geo.market-mismatch',
      title: 'Market mismatch',
      about:
        'The Seller Center opened is another market’s (for example seller-uk for a US shop), so sign-in loops or data is missing.',
      detectedBy: ['region-mismatch'],
      fixes: [
        {
          id: 'geo.market-mismatch.host',
          title: 'Open your market’s Seller Center',
          steps: [
            'Find your shop’s market in the sign-up email or in your account settings.',
            'Open its address: seller-us.tiktok.com (US), seller-uk.tiktok.com (UK), seller-id.tokopedia.com (Indonesia), seller.tiktokglobalshop.com (cross-border), and so on.',
            'Bookmark it.',
          ],
        },
      ],
      check: 'Signing in lands on your shop’s Home, with its data.',
    },
    {
      id: 'geo.vpn-exit',
      title: 'VPN exit in another country',
      about: 'A VPN or proxy exits in a country where TikTok Shop is not offered, or that is not your shop’s market.',
      detectedBy: ['vpn-exit'],
      fixes: [
        {
          id: 'geo.vpn-exit.off',
          title: 'Change the exit',
          steps: ['Turn the VPN off and reload Seller Center.', 'Or pick a VPN server in your shop’s market.'],
        },
      ],
      check: 'With the VPN off (or in-market), Seller Center loads, and Run checks shows "Region restriction" clear.',
    },
  ],
  escalation: escalation('Account / Region and market'),
};
