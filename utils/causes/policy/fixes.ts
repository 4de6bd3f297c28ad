import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'TikTok removed or blocked listings, or restricted the shop, because of its rules.',
  subCauses: [
    {
      id: 'policy.prohibited',
      title: 'Prohibited or restricted products',
      about:
        'The product or its category is prohibited, or needs approval first (codes 12052220: category prohibited, 12052223: category restricted).',
      detectedBy: ['policy-code'],
      fixes: [
        {
          id: 'policy.prohibited.find',
          title: 'Find the flagged listings',
          steps: [
            'Seller Center → Products → Manage products: filter by status Suspended or Failed, and open each product to read the reason.',
            'Seller Center → Account Health (Shop Health in some markets) → Violations lists each violation and the rule it breaks.',
          ],
        },
        {
          id: 'policy.prohibited.fix',
          title: 'Remove or qualify them',
          steps: [
            'Delete products in a prohibited category: they cannot be relisted.',
            'For a restricted category, apply for it with the documents Seller Center asks for (category qualification in your account settings), then relist.',
            'For a brand you sell with permission, add the brand authorization under Products → Brands before relisting.',
          ],
        },
      ],
      check: 'The product passes review and shows as Live, and saving it no longer returns a policy code.',
    },
    {
      id: 'policy.misleading',
      title: 'Misleading or inaccurate descriptions',
      about:
        'Titles, images or claims that overstate (health claims, fake discounts, wrong origin) get listings removed.',
      fixes: [
        {
          id: 'policy.misleading.rewrite',
          title: 'Rewrite the listing',
          steps: [
            'Products → Manage products → Edit the product.',
            'Remove claims you cannot prove (cures, "best", "official"), invented "was" prices and photos of other products.',
            'Make the title, images and specifications describe the item you actually ship, then submit it for review.',
          ],
        },
      ],
      check: 'The listing passes review and shows as Live.',
    },
    {
      id: 'policy.ip',
      title: 'Intellectual-property infringement',
      about:
        'A rights holder reported the listing, or the brand needs an authorization you have not uploaded (code 12052201: brand not authorized).',
      detectedBy: ['brand-unauthorized'],
      fixes: [
        {
          id: 'policy.ip.respond',
          title: 'Answer the complaint',
          steps: [
            'Account Health → Violations: open the intellectual-property complaint to see the rights holder and the listings.',
            'If you are authorized, upload the trademark certificate or authorization letter under Products → Brands, then appeal the violation.',
            'If you are not authorized, remove the listings. Repeated complaints can restrict the shop.',
          ],
        },
      ],
      check: 'The violation shows as appealed or resolved, and the listing is no longer suppressed.',
    },
    {
      id: 'policy.advertising',
      title: 'Advertising standards',
      about:
        'Ads or promotional videos break TikTok’s advertising rules and are rejected, or the ad account is limited.',
      fixes: [
        {
          id: 'policy.advertising.fix',
          title: 'Fix the rejected ad',
          steps: [
            'In TikTok Ads Manager (or Seller Center → Marketing → Ads) open the rejected ad and read the rejection reason.',
            'Remove before-and-after comparisons, exaggerated claims and restricted products; target only the ages the product allows.',
            'Resubmit the ad.',
          ],
        },
      ],
      check: 'The ad’s status changes to Approved or Delivering.',
    },
  ],
  escalation: escalation('Account Health / Violation appeal', [
    'To dispute a violation, use Appeal on it in Account Health and attach your proof (invoices, brand authorization).',
  ]),
};
