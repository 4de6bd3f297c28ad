import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary:
    'Seller Center or the shop is not available where this browser appears to be, or the Seller Center opened is another market’s.',
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
