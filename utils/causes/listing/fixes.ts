import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'TikTok rejects or hides products because of their data: fields, category, images, price or stock.',
  subCauses: [
    {
      id: 'listing.fields',
      title: 'Missing or wrong fields',
      about:
        'Required attributes are empty or in the wrong format (code 98001004 names the invalid parameter; 12052931 is the title format).',
      detectedBy: ['listing-code', 'product-api-error', 'listing-toast'],
      fixes: [
        {
          id: 'listing.fields.read',
          title: 'Read the exact reason',
          steps: [
            'Products → Manage products: open the failed product; the messages beside the fields name what to fix.',
            'The codes the extension recorded are in the evidence above, with what each means.',
          ],
        },
        {
          id: 'listing.fields.fill',
          title: 'Complete the product',
          steps: [
            'Fill every required attribute (brand, size, material, package weight and dimensions).',
            'Keep the title within the length shown and without promotional words or emoji.',
            'Save, then Submit for review.',
          ],
        },
      ],
      check: 'The product saves and its status becomes Reviewing, then Live.',
    },
    {
      id: 'listing.category',
      title: 'Wrong category',
      about:
        'The product sits in a category that does not exist, is not the deepest level, or does not fit (codes 12052023, 12052024).',
      fixes: [
        {
          id: 'listing.category.pick',
          title: 'Pick the right category',
          steps: [
            'Edit the product, click the category, and choose the deepest category that describes it (use the suggestion based on the title).',
            'Fill the attributes the new category asks for, then save.',
          ],
        },
      ],
      check: 'The product saves without a category error.',
    },
    {
      id: 'listing.images',
      title: 'Image upload failures',
      about: 'Images are too large, in the wrong format or too small, so uploads fail (code 36009021: file too large).',
      detectedBy: ['image-upload'],
      fixes: [
        {
          id: 'listing.images.resize',
          title: 'Prepare the images',
          steps: [
            'Use JPG or PNG within the size and pixel limits shown beside the image box; square images are safest.',
            'Re-upload one image at a time.',
            'If every upload fails, press Run checks: it may be the connection.',
          ],
        },
      ],
      check: 'Every image shows in the product preview, and the product saves.',
    },
    {
      id: 'listing.price-stock',
      title: 'Price or stock errors',
      about:
        'The price is locked by a promotion (12019045), a SKU has no warehouse (12019022), or the shop reached its listing limit (12052093).',
      fixes: [
        {
          id: 'listing.price-stock.fix',
          title: 'Unlock price and stock',
          steps: [
            'Price locked: end or edit the promotion under Marketing → Promotions, then change the price.',
            'No warehouse: Products → Manage products → Edit → Sales information: assign a warehouse and stock to every SKU.',
            'Listing limit: new shops can list a limited number of products; delete drafts you do not need, or grow the shop’s tier.',
          ],
        },
      ],
      check: 'The new price and stock are saved and shown on the product.',
    },
  ],
  escalation: escalation('Product management', [
    'Name the product id and paste the error text; the bundle adds the codes and request ids.',
  ]),
};
