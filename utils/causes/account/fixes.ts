import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary:
    'The shop or seller account is restricted or not fully verified, has unpaid fees, or a connected app lost its authorization.',
  subCauses: [
    {
      id: 'account.verification',
      title: 'Verification incomplete',
      about: 'Identity, business or onboarding steps are unfinished, so features are limited (code 12052995).',
      detectedBy: ['onboarding-incomplete'],
      fixes: [
        {
          id: 'account.verification.finish',
          title: 'Finish verification',
          steps: [
            'Seller Center → Home: open the to-do banner about verification.',
            'Complete identity, business and tax details in your account settings; upload clear documents that match the registered name.',
            'Answer any document request during review.',
          ],
        },
      ],
      check: 'The verification banner is gone and the Home to-do list shows no pending step.',
    },
    {
      id: 'account.restricted',
      title: 'Restricted or deactivated by seller policy',
      about:
        'TikTok deactivated or restricted the shop or the seller account (codes 36009043: shop deactivated or closing, 36009044: seller account deactivated). Clearing data or changing browser will not help.',
      detectedBy: ['account-deactivated'],
      fixes: [
        {
          id: 'account.restricted.read',
          title: 'Read the reason',
          steps: [
            'Seller Center → Account Health (Shop Health in some markets): the restriction, its reason and the violation points.',
            'Check Notifications and the account’s email inbox for the deactivation notice.',
          ],
        },
        {
          id: 'account.restricted.appeal',
          title: 'Fix and appeal',
          steps: [
            'Fix what the notice names (remove violating listings, ship overdue orders).',
            'Use Appeal on the restriction in Account Health, with evidence (invoices, tracking numbers, authorizations).',
          ],
        },
      ],
      check: 'Account Health shows the account as active with no restriction, and Seller Center pages load data again.',
    },
    {
      id: 'account.fees',
      title: 'Unpaid fees or billing',
      about: 'An overdue balance, a failed fee charge or open chargebacks put the account on hold.',
      fixes: [
        {
          id: 'account.fees.pay',
          title: 'Settle the balance',
          steps: [
            'Seller Center → Finance: pay the outstanding balance and update the card on file.',
            'Resolve open disputes and chargebacks under Orders → Returns and refunds.',
          ],
        },
      ],
      check: 'Finance shows no overdue balance, and the hold notice is gone.',
    },
    {
      id: 'account.standing',
      title: 'Standing and reputation',
      about:
        'Late shipments, cancellations, complaints or bad reviews lowered the account health score, and TikTok limits the shop.',
      fixes: [
        {
          id: 'account.standing.improve',
          title: 'Bring the score back',
          steps: [
            'Account Health → Performance: see which measure is below target (late dispatch, cancellations, response time, negative reviews).',
            'Ship pending orders, answer buyer messages promptly in Customer Service, and fix stock before it forces cancellations.',
            'Follow the improvement plan Account Health shows; limits lift as the score recovers.',
          ],
        },
      ],
      check: 'Account Health shows every measure within target and no active penalty.',
    },
    {
      id: 'account.app-auth',
      title: 'Expired app authorization',
      about:
        'A connected app or store system lost its token or permissions (105002: access token expired, 105005: missing permission, 36004001: refresh token expired).',
      detectedBy: ['app-auth-expired', 'app-scope'],
      fixes: [
        {
          id: 'account.app-auth.reauthorize',
          title: 'Authorize the app again',
          steps: [
            'Seller Center → App & Service Store → My apps (or Manage authorizations): find the app and authorize it again.',
            'In your store system or connector, reconnect TikTok Shop so it stores the new token.',
            'For 105005 (missing permission), the app’s developer must add the permission in Partner Center before you re-authorize.',
            'Open the API connection doctor (link below) to decode a pasted error response.',
          ],
        },
      ],
      check: 'The app shows as authorized, and its next order sync succeeds without 105002 or 36004xxx errors.',
    },
  ],
  escalation: escalation('Account / Account Health', [
    'For a deactivated account, appeal from Account Health first: support usually points back to the appeal.',
  ]),
};
