/**
 * Code-splitting without preact/compat: a component whose code loads on first use (or on `preload()`), so the
 * popup's first screen ships only what it shows. `fallback` renders meanwhile.
 */
import type { ComponentType, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';

export interface Lazy<P> {
  (props: P): VNode | null;
  preload(): Promise<ComponentType<P>>;
}

export function lazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => VNode | null = () => null,
): Lazy<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then((c) => {
      loaded = c;
      return c;
    });
    return pending;
  };
  const Component = (props: P) => {
    const [C, setC] = useState<ComponentType<P> | undefined>(() => loaded);
    const [error, setError] = useState<string>();
    useEffect(() => {
      if (C) return;
      let live = true;
      preload().then(
        (c) => live && setC(() => c),
        (err: unknown) => {
          // A failed chunk load (extension updated under an open popup) says so instead of loading for ever.
          pending = undefined;
          if (live) setError(err instanceof Error ? err.message : String(err));
        },
      );
      return () => {
        live = false;
      };
    }, [C]);
    if (C) return <C {...props} />;
    return error ? (
      <p class="error" role="alert">
        {t('popup.loadFailed', { error })}
      </p>
    ) : (
      fallback(props)
    );
  };
  Component.preload = preload;
  return Component;
}
