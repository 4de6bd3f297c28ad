import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'Buyers cannot pay, or payouts do not arrive: the payment gateway, the payout account, declines or billing.',
  subCauses: [
    {
      id: 'payment.gateway',
      title: 'Gateway errors at checkout',
      about: 'Checkout or payment calls fail or take too long (over 500 ms), so buyers cannot pay.',
      detectedBy: ['checkout-failure', 'payment-api-error', 'checkout-slow'],
      fixes: [
        {
          id: 'payment.gateway.test',
          title: 'See whether it is every buyer',
          steps: [
            'Place a test order and try another payment method (card, PayPal, Apple Pay or Google Pay where offered).',
            'If only one buyer fails, they should contact their bank or payment provider.',
          ],
        },
        {
          id: 'payment.gateway.settings',
          title: 'Check the settings checkout relies on',
          steps: [
            'Seller Center → Shipping → Shipping templates: every region you sell to needs a template and a rate; a missing rate blocks checkout.',
            'Products → Manage products: the product needs stock in a warehouse that ships to the buyer.',
          ],
        },
      ],
      check: 'A test order goes through checkout and appears under Orders.',
    },
    {
      id: 'payment.payout-account',
      title: 'Merchant or payout account not linked',
      about: 'No verified bank account is linked, so TikTok holds settlements.',
      fixes: [
        {
          id: 'payment.payout-account.link',
          title: 'Link and verify the bank account',
          steps: [
            'Seller Center → Finance → Bank accounts (payout settings): add or verify the account; the holder’s name must match the business.',
            'Finish any pending verification shown there (a document request or a test deposit).',
            'Watch Finance → Statements for the next settlement.',
          ],
        },
      ],
      check: 'Finance shows the bank account as verified and the next settlement as scheduled.',
    },
    {
      id: 'payment.declined',
      title: 'Declined or flagged transactions',
      about: 'The gateway’s fraud checks decline large or unusual orders, for example a spike after a viral video.',
      fixes: [
        {
          id: 'payment.declined.retry',
          title: 'Let buyers retry',
          steps: [
            'Ask the buyer to retry with another payment method, or to ask their bank to allow the payment.',
            'Do not cancel paid orders in bulk during a spike; note the order ids of the declined ones for support.',
          ],
        },
      ],
      check: 'Retried orders are paid, and fewer checkouts fail.',
    },
    {
      id: 'payment.billing',
      title: 'Billing setup',
      about: 'The card for fees or ads expired or was declined, so TikTok limits the account until it is paid.',
      fixes: [
        {
          id: 'payment.billing.update',
          title: 'Update billing',
          steps: [
            'Seller Center → Finance: pay any outstanding balance and replace the expired card.',
            'TikTok Ads Manager → Payment: update the payment method if ad charges failed.',
          ],
        },
      ],
      check: 'Finance shows no outstanding balance, and the billing warning is gone.',
    },
  ],
  escalation: escalation('Payments / Finance', [
    'For failed checkouts, list a few order ids and the times; the bundle has the failing calls and their request ids.',
  ]),
};
