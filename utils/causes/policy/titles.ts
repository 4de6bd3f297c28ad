/** The cause's name as the seller and the support agent read it (popup, walk, report.html). */
export const titles = { title: 'cause.policy.title' };
