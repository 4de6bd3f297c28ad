import { render } from 'preact';
import { ApiDoctor } from '@/components/api-doctor/ApiDoctor';
import { activateLanguage } from '@/utils/i18n/load';
import { t } from '@/utils/i18n/translate';
import { PRODUCT_NAME } from '@/utils/product';

// The page speaks the seller's language: load it before the first render (English shows if it cannot load).
void activateLanguage()
  .catch(() => 'en' as const)
  .then((locale) => {
    document.documentElement.lang = locale;
    document.title = `${t('apidoc.title')} · ${PRODUCT_NAME}`;
    render(<ApiDoctor />, document.getElementById('app') as HTMLElement);
  });
