import { useEffect, useRef } from 'preact/hooks';

/** Move focus to the returned element whenever `key` changes to a new result (not on first render). */
export function useFocusOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (key !== undefined && key !== null) ref.current?.focus();
  }, [key]);
  return ref;
}
