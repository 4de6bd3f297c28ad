/**
 * The six frequent questions and seven prevention tips of the seed article (seeds/why-tiktok-shop-not-working.txt),
 * in plain English (the seed is machine-reworded), adapted where facts differ: TikTok has no public status page.
 */
import type { FaqEntry, Tip } from './types';

export const FAQ: FaqEntry[] = [
  {
    id: 'faq.checkout-error',
    question: 'Why does checkout show an error?',
    answer:
      'Checkout errors come from the payment gateway, the shipping settings, or the buyer’s payment method. Review your payment and shipping settings in Seller Center. A buyer whose payment keeps failing should contact their payment provider.',
    causes: ['payment'],
  },
  {
    id: 'faq.listing-gone',
    question: 'What do I do when a product listing disappears?',
    answer:
      'Listings disappear after a policy violation, a listing error, or a problem on TikTok’s side. Check that the product follows TikTok’s commerce policies and review the listing for mistakes. Contact TikTok support if it is still missing after that.',
    causes: ['policy', 'listing', 'platform'],
  },
  {
    id: 'faq.slow',
    question: 'Why does my shop load slowly, or not at all?',
    answer:
      'Usually the connection, a problem on TikTok’s side, or an outdated browser or app. Check your internet connection and keep the TikTok app and your browser up to date. TikTok has no public status page: Run checks here tests TikTok directly.',
    causes: ['connectivity', 'platform', 'app-version'],
  },
  {
    id: 'faq.restricted',
    question: 'How do I deal with account restrictions?',
    answer:
      'Restrictions usually follow a policy or compliance problem. Review TikTok’s community guidelines and commerce policies for what may have been broken, then contact TikTok support to ask and to appeal.',
    causes: ['account', 'policy'],
  },
  {
    id: 'faq.orders',
    question: 'Why do orders fail to process?',
    answer:
      'Wrong product data, payment gateway problems or logistics. Check that the product is in stock, the shipping address is right and the payment gateway works. Report failures that keep coming back to TikTok support.',
    causes: ['listing', 'payment'],
  },
  {
    id: 'faq.report',
    question: 'How do I report a problem that is not solved?',
    answer:
      'To TikTok support directly, with the error messages, the steps that reproduce it, and screenshots or a video. The bundle exported here holds the errors, times, codes and request ids support asks for.',
    causes: [],
  },
];

export const TIPS: Tip[] = [
  {
    id: 'tip.policy-audit',
    title: 'Audit against the policies regularly',
    text: 'Review every listing, ad and promotion against TikTok’s community guidelines and commerce policies.',
    causes: ['policy'],
  },
  {
    id: 'tip.listings',
    title: 'Keep listings complete and findable',
    text: 'Use the words buyers search for in titles and descriptions; keep product data accurate, complete and current.',
    causes: ['listing'],
  },
  {
    id: 'tip.connection',
    title: 'Keep a stable connection',
    text: 'Manage the shop on a reliable connection, and fix Wi-Fi or mobile data problems promptly.',
    causes: ['connectivity'],
  },
  {
    id: 'tip.customers',
    title: 'Answer customers promptly',
    text: 'Reply to questions and complaints quickly and deal with shipping, returns and product issues: it protects your account standing.',
    causes: ['account'],
  },
  {
    id: 'tip.update',
    title: 'Keep the app and browser updated',
    text: 'Update the TikTok app and your browser so they work with the latest Seller Center.',
    causes: ['app-version'],
  },
  {
    id: 'tip.payments',
    title: 'Watch payment performance',
    text: 'Keep an eye on checkout and payouts, and resolve payment problems before they cost sales.',
    causes: ['payment'],
  },
  {
    id: 'tip.backup',
    title: 'Back up shop data',
    text: 'Export product and order data regularly (Products and Orders have Export buttons), so a data problem never loses them.',
    causes: ['cache'],
  },
];
