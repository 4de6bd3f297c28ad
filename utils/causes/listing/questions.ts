import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'listing.what',
  questions: [
    {
      id: 'listing.what',
      text: 'What goes wrong with the product?',
      settledBy: [
        { signal: 'image-upload', value: 'images' },
        { signal: 'listing-code', value: 'save' },
        { signal: 'product-api-error', value: 'save' },
        { signal: 'listing-toast', value: 'save' },
      ],
      options: [
        { value: 'save', label: 'It will not save or submit: an error appears', next: { question: 'listing.message' } },
        { value: 'gone', label: 'It disappeared or was suspended', next: { question: 'listing.notice' } },
        { value: 'images', label: 'Images will not upload', next: { subCause: 'listing.images' }, implies: 'likely' },
        {
          value: 'price',
          label: 'Price or stock will not update',
          next: { subCause: 'listing.price-stock' },
          implies: 'likely',
        },
        { value: 'none', label: 'Products are fine', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
    {
      id: 'listing.message',
      text: 'What does the error next to the field mention?',
      options: [
        {
          value: 'field',
          label: 'A required field or its format',
          next: { subCause: 'listing.fields' },
          implies: 'likely',
        },
        { value: 'category', label: 'The category', next: { subCause: 'listing.category' }, implies: 'likely' },
        {
          value: 'price',
          label: 'Price, SKU, stock or warehouse',
          next: { subCause: 'listing.price-stock' },
          implies: 'likely',
        },
        { value: 'policy', label: 'A prohibited or restricted item or brand', next: { cause: 'policy' } },
      ],
    },
    {
      id: 'listing.notice',
      text: 'Did you get a violation notice for it?',
      options: [
        { value: 'yes', label: 'Yes', next: { cause: 'policy' } },
        { value: 'no', label: 'No', next: { subCause: 'listing.fields' }, implies: 'possible' },
      ],
    },
  ],
};
