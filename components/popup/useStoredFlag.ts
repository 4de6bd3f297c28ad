/** A boolean setting kept with WXT storage, for a checkbox: undefined until read, then follows every change. */
import { useCallback, useEffect, useState } from 'preact/hooks';

export interface FlagItem {
  getValue(): Promise<boolean>;
  setValue(value: boolean): Promise<void>;
  watch(cb: (value: boolean) => void): () => void;
}

export function useStoredFlag(load: () => Promise<FlagItem>): [boolean | undefined, (value: boolean) => void] {
  const [item, setItem] = useState<FlagItem>();
  const [value, setValue] = useState<boolean>();
  useEffect(() => {
    let live = true;
    let unwatch: (() => void) | undefined;
    load().then(async (it) => {
      if (!live) return;
      setItem(it);
      unwatch = it.watch((v) => setValue(v));
      const v = await it.getValue();
      if (live) setValue(v);
    });
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);
  const set = useCallback(
    (v: boolean) => {
      setValue(v);
      void item?.setValue(v);
    },
    [item],
  );
  return [value, set];
}
