/**
 * A translated sentence with some values set as code: `{name}` placeholders of `text` are filled from `code` as
 * <code>…</code> and from `params` as plain text, in one pass, so a value never fills a placeholder twice.
 */
export function Rich({ text, code = {}, params = {} }: { text: string; code?: Params; params?: Params }) {
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        if (code[part] !== undefined) return <code>{code[part]}</code>;
        return params[part] ?? `{${part}}`;
      })}
    </>
  );
}

type Params = Record<string, string>;
