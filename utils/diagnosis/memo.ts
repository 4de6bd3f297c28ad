/**
 * A bounded memo for the diagnosis's pure per-text lookups (a code and its message, a toast's wording, a page's
 * host). The background ranks the popup's 500 event groups on every open and every answer of a walk, nine rules
 * each reading every group: the same few texts recur, and each costs a scan of the code index or a dozen regular
 * expressions over twelve languages. Cleared whole when full, so memory stays bounded whatever the history holds.
 */
export function memo<K, V>(compute: (key: K) => V, max = 4096): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
