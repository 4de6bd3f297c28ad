/**
 * The six frequent questions and seven prevention tips of the seed article (seeds/why-tiktok-shop-not-working.txt),
 * in plain English (the seed is machine-reworded), adapted where facts differ: TikTok has no public status page.
 */
import type { FaqEntry, Tip } from './types';

export const FAQ: FaqEntry[] = [
  {
    id: 'faq.checkout-error',
    question: 'faq.checkout-error.question',
    answer: 'faq.checkout-error.answer',
    causes: ['payment'],
  },
  {
    id: 'faq.listing-gone',
    question: 'faq.listing-gone.question',
    answer: 'faq.listing-gone.answer',
    causes: ['policy', 'listing', 'platform'],
  },
  {
    id: 'faq.slow',
    question: 'faq.slow.question',
    answer: 'faq.slow.answer',
    causes: ['connectivity', 'platform', 'app-version'],
  },
  {
    id: 'faq.restricted',
    question: 'faq.restricted.question',
    answer: 'faq.restricted.answer',
    causes: ['account', 'policy'],
  },
  {
    id: 'faq.orders',
    question: 'faq.orders.question',
    answer: 'faq.orders.answer',
    causes: ['listing', 'payment'],
  },
  {
    id: 'faq.report',
    question: 'faq.report.question',
    answer: 'faq.report.answer',
    causes: [],
  },
];

export const TIPS: Tip[] = [
  {
    id: 'tip.policy-audit',
    title: 'tips.policy-audit.title',
    text: 'tips.policy-audit.text',
    causes: ['policy'],
  },
  {
    id: 'tip.listings',
    title: 'tips.listings.title',
    text: 'tips.listings.text',
    causes: ['listing'],
  },
  {
    id: 'tip.connection',
    title: 'tips.connection.title',
    text: 'tips.connection.text',
    causes: ['connectivity'],
  },
  {
    id: 'tip.customers',
    title: 'tips.customers.title',
    text: 'tips.customers.text',
    causes: ['account'],
  },
  {
    id: 'tip.update',
    title: 'tips.update.title',
    text: 'tips.update.text',
    causes: ['app-version'],
  },
  {
    id: 'tip.payments',
    title: 'tips.payments.title',
    text: 'tips.payments.text',
    causes: ['payment'],
  },
  {
    id: 'tip.backup',
    title: 'tips.backup.title',
    text: 'tips.backup.text',
    causes: ['cache'],
  },
];
