/** Display formatting for the popup, in the seller's locale (utils/i18n/format.ts does the work through Intl). */
export { formatAgo as timeAgo, formatDateTime as whenLong, formatDuration as durationText } from '@/utils/i18n/format';
