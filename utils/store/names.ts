/**
 * The database's name, without the database library: the e2e helper and the bench read the same IndexedDB by hand.
 */
export const DB_NAME = 'tiktok-shop-doctor';
