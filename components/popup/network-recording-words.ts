/** What the seller reads about "record network failures", together for translation (issue 15). */
export const NETWORK_RECORDING_WORDS = {
  label: 'Record network failures',
  // The one plain sentence shown where the permission is asked.
  ask: 'While on, your browser lets Shop Doctor see which TikTok requests fail and why; it slows every website slightly, so it turns itself off after a day without Seller Center.',
  on: 'Recording network failures. It turns off after a day without a Seller Center tab.',
  off: 'Off: the checks and the Seller Center page still show most problems.',
  denied: 'The browser did not allow it.',
  offerTitle: 'See more of the connection problem',
  offer:
    'Turn on "Record network failures" to see pages that never load and why requests fail (address not found, refused, blocked).',
} as const;
