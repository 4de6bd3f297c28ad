import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Move focus to the element when `key` changes (a new view or step), so keyboard and screen-reader users follow. */
export type HeadingRef = RefObject<HTMLHeadingElement | null>;

export function useFocusOn<T extends HTMLElement>(key: unknown, skipFirst = false): RefObject<T | null> {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current && skipFirst) {
      first.current = false;
      return;
    }
    first.current = false;
    ref.current?.focus();
  }, [key, skipFirst]);
  return ref;
}
