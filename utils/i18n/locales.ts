/**
 * The twelve languages TikTok Shop sellers work in (DESIGN.md, "Languages") and how a browser's language tag
 * maps onto them. Pure data and one pure function, so the background, the popup and tests agree.
 */
export const LOCALES = ['en', 'id', 'ms', 'th', 'vi', 'zh-CN', 'ja', 'es', 'pt-BR', 'de', 'fr', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the language select (a seller must recognise their own). */
export const AUTONYMS: Record<Locale, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  th: 'ไทย',
  vi: 'Tiếng Việt',
  'zh-CN': '简体中文',
  ja: '日本語',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
};

/** Chrome's `_locales` folder names (underscore, region upper case). */
export const CHROME_LOCALE_DIR: Record<Locale, string> = {
  en: 'en',
  id: 'id',
  ms: 'ms',
  th: 'th',
  vi: 'vi',
  'zh-CN': 'zh_CN',
  ja: 'ja',
  es: 'es',
  'pt-BR': 'pt_BR',
  de: 'de',
  fr: 'fr',
  it: 'it',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale for a browser language tag ("pt-PT" -> pt-BR, "zh-TW" -> zh-CN, "in" -> id, "en-GB" -> en), or
 * English when none of the twelve fits. The seller's explicit choice, when set, wins.
 */
export function negotiateLocale(uiLanguage: string | undefined, choice?: string): Locale {
  if (isLocale(choice)) return choice;
  const tag = (uiLanguage ?? '').replace('_', '-').toLowerCase();
  const base = tag.split('-')[0] ?? '';
  if (base === 'zh') return 'zh-CN';
  if (base === 'pt') return 'pt-BR';
  // Java-era and ISO 639-2 codes some systems still report for Indonesian and Malay.
  if (base === 'in' || base === 'ind') return 'id';
  if (base === 'msa' || base === 'zsm') return 'ms';
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}
