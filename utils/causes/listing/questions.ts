import type { CauseQuestions } from '../shared/types';

/** The questions and answers the walk asks; every text is a message key of ./locales/<locale>.json. */
export const questions: CauseQuestions = {
  start: 'listing.what',
  questions: [
    {
      id: 'listing.what',
      text: 'cause.listing.q.what.text',
      settledBy: [
        { signal: 'image-upload', value: 'images' },
        { signal: 'listing-code', value: 'save' },
        { signal: 'product-api-error', value: 'save' },
        { signal: 'listing-toast', value: 'save' },
      ],
      options: [
        { value: 'save', label: 'cause.listing.q.what.a.save', next: { question: 'listing.message' } },
        { value: 'gone', label: 'cause.listing.q.what.a.gone', next: { question: 'listing.notice' } },
        {
          value: 'images',
          label: 'cause.listing.q.what.a.images',
          next: { subCause: 'listing.images' },
          implies: 'likely',
        },
        {
          value: 'price',
          label: 'cause.listing.q.what.a.price',
          next: { subCause: 'listing.price-stock' },
          implies: 'likely',
        },
        { value: 'none', label: 'cause.listing.q.what.a.none', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
    {
      id: 'listing.message',
      text: 'cause.listing.q.message.text',
      options: [
        {
          value: 'field',
          label: 'cause.listing.q.message.a.field',
          next: { subCause: 'listing.fields' },
          implies: 'likely',
        },
        {
          value: 'category',
          label: 'cause.listing.q.message.a.category',
          next: { subCause: 'listing.category' },
          implies: 'likely',
        },
        {
          value: 'price',
          label: 'cause.listing.q.message.a.price',
          next: { subCause: 'listing.price-stock' },
          implies: 'likely',
        },
        { value: 'policy', label: 'cause.listing.q.message.a.policy', next: { cause: 'policy' } },
      ],
    },
    {
      id: 'listing.notice',
      text: 'cause.listing.q.notice.text',
      options: [
        { value: 'yes', label: 'cause.listing.q.notice.a.yes', next: { cause: 'policy' } },
        {
          value: 'no',
          label: 'cause.listing.q.notice.a.no',
          next: { subCause: 'listing.fields' },
          implies: 'possible',
        },
      ],
    },
  ],
};
