/**
 * The watch option (issue 18): while on, the background diagnoses as evidence arrives and raises a system
 * notification when a cause becomes likely. Off by default: notifications are opt-in.
 */
import { storage } from 'wxt/utils/storage';

export const watchSetting = storage.defineItem<boolean>('local:watch', { fallback: false });
