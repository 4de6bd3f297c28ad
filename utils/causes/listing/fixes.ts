import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/**
 * What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen.
 * Every text is a message key of ./locales/<locale>.json, rendered with t().
 */
export const fixes: CauseFixes = {
  summary: 'cause.listing.summary',
  subCauses: [
    {
      id: 'listing.fields',
      title: 'cause.listing.sub.fields.title',
      about: 'cause.listing.sub.fields.about',
      detectedBy: ['listing-code', 'product-api-error', 'listing-toast'],
      fixes: [
        {
          id: 'listing.fields.read',
          title: 'cause.listing.sub.fields.fix.read.title',
          steps: ['cause.listing.sub.fields.fix.read.step1', 'cause.listing.sub.fields.fix.read.step2'],
        },
        {
          id: 'listing.fields.fill',
          title: 'cause.listing.sub.fields.fix.fill.title',
          steps: [
            'cause.listing.sub.fields.fix.fill.step1',
            'cause.listing.sub.fields.fix.fill.step2',
            'cause.listing.sub.fields.fix.fill.step3',
          ],
        },
      ],
      check: 'cause.listing.sub.fields.check',
    },
    {
      id: 'listing.category',
      title: 'cause.listing.sub.category.title',
      about: 'cause.listing.sub.category.about',
      fixes: [
        {
          id: 'listing.category.pick',
          title: 'cause.listing.sub.category.fix.pick.title',
          steps: ['cause.listing.sub.category.fix.pick.step1', 'cause.listing.sub.category.fix.pick.step2'],
        },
      ],
      check: 'cause.listing.sub.category.check',
    },
    {
      id: 'listing.images',
      title: 'cause.listing.sub.images.title',
      about: 'cause.listing.sub.images.about',
      detectedBy: ['image-upload'],
      fixes: [
        {
          id: 'listing.images.resize',
          title: 'cause.listing.sub.images.fix.resize.title',
          steps: [
            'cause.listing.sub.images.fix.resize.step1',
            'cause.listing.sub.images.fix.resize.step2',
            'cause.listing.sub.images.fix.resize.step3',
          ],
        },
      ],
      check: 'cause.listing.sub.images.check',
    },
    {
      id: 'listing.price-stock',
      title: 'cause.listing.sub.price-stock.title',
      about: 'cause.listing.sub.price-stock.about',
      fixes: [
        {
          id: 'listing.price-stock.fix',
          title: 'cause.listing.sub.price-stock.fix.fix.title',
          steps: [
            'cause.listing.sub.price-stock.fix.fix.step1',
            'cause.listing.sub.price-stock.fix.fix.step2',
            'cause.listing.sub.price-stock.fix.fix.step3',
          ],
        },
      ],
      check: 'cause.listing.sub.price-stock.check',
    },
  ],
  escalation: escalation('cause.listing.escalation.topic', ['cause.listing.escalation.extra']),
};
