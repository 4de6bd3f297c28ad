/** The cause's name as the seller and the support agent read it (popup, walk, report.html): a key of ./locales. */
export const titles = { title: 'cause.account.title' };
