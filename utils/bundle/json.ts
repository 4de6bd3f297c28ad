/**
 * JSON text that a person can read in a plain editor and that stays small: objects are indented, and each element
 * of an array (an event, a probe, a HAR entry) is one compact line. Parses back to the same value as JSON.stringify.
 */
export function stringifyReadable(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + (JSON.stringify(v) ?? 'null')).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyReadable(v, inner)}`).join(',\n')}\n${indent}}`;
}
