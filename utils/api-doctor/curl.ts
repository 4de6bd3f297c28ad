/**
 * A small curl parser: enough of bash, cmd and PowerShell quoting to read the commands that browsers'
 * "Copy as cURL", Postman and API docs produce. It reads the URL, method, headers and body; nothing runs.
 */

export interface CurlRequest {
  url?: string;
  method: string;
  headers: [name: string, value: string][];
  data?: string;
  /** -F / --form: a multipart upload */
  multipart: boolean;
  /** options the parser did not know (reported, not fatal) */
  unknownOptions: string[];
}

const WITH_ARG_SHORT = new Set([
  'X',
  'H',
  'd',
  'F',
  'u',
  'A',
  'e',
  'b',
  'c',
  'o',
  'm',
  'x',
  'w',
  'T',
  'r',
  'K',
  'E',
  'U',
  'Y',
  'y',
  'z',
  'C',
  'D',
  'P',
  'Q',
  't',
]);
const WITH_ARG_LONG = new Set([
  'request',
  'header',
  'data',
  'data-raw',
  'data-binary',
  'data-ascii',
  'data-urlencode',
  'json',
  'form',
  'form-string',
  'user',
  'user-agent',
  'referer',
  'cookie',
  'cookie-jar',
  'output',
  'url',
  'max-time',
  'connect-timeout',
  'proxy',
  'cacert',
  'capath',
  'cert',
  'key',
  'write-out',
  'upload-file',
  'range',
  'resolve',
  'retry',
  'retry-delay',
  'retry-max-time',
  'config',
  'proxy-user',
  'interface',
  'limit-rate',
  'max-redirs',
  'connect-to',
  'dns-servers',
  'oauth2-bearer',
  'aws-sigv4',
  'variable',
  'expect100-timeout',
  'speed-limit',
  'speed-time',
  'time-cond',
]);
const NO_ARG_LONG = new Set([
  'location',
  'silent',
  'show-error',
  'insecure',
  'compressed',
  'verbose',
  'include',
  'head',
  'get',
  'http1.1',
  'http2',
  'http2-prior-knowledge',
  'http3',
  'fail',
  'fail-with-body',
  'globoff',
  'no-buffer',
  'progress-bar',
  'location-trusted',
  'tlsv1.2',
  'tlsv1.3',
  'ipv4',
  'ipv6',
  'raw',
  'no-keepalive',
  'path-as-is',
  'ssl-no-revoke',
]);

/** True when the text looks like a curl command rather than a URL. */
export function isCurl(text: string): boolean {
  return /^\s*(?:\$\s*)?curl(?:\.exe)?\s/i.test(text);
}

/** Split a shell command line into words (bash, cmd `^` escapes, PowerShell backtick continuations). */
export function shellWords(input: string): string[] {
  let text = input.replace(/\\\r?\n/g, ' ').replace(/`\r?\n/g, ' ');
  // cmd.exe (Chrome "Copy as cURL (cmd)"): ^ escapes the next character, ^\n continues the line.
  if (/\^["\n\r]/.test(text)) text = text.replace(/\^\r?\n/g, ' ').replace(/\^(.)/g, '$1');
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      const stop = end < 0 ? text.length : end;
      cur += text.slice(i + 1, stop);
      i = stop;
    } else if (ch === '$' && text[i + 1] === "'") {
      // ANSI-C quoting: $'...\n...'
      let j = i + 2;
      for (; j < text.length && text[j] !== "'"; j++) {
        if (text[j] === '\\' && j + 1 < text.length) {
          const e = text[++j] as string;
          cur += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
        } else cur += text[j];
      }
      i = j;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && '"\\$`'.includes(text[j + 1] ?? '')) j++;
        cur += text[j];
      }
      i = j;
    } else if (ch === '\\' && i + 1 < text.length) {
      cur += text[++i];
    } else {
      cur += ch;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

export function parseCurl(text: string): CurlRequest {
  const words = shellWords(text.trim().replace(/^\$\s*/, ''));
  const out: CurlRequest = { method: '', headers: [], multipart: false, unknownOptions: [] };
  const data: string[] = [];
  let method: string | undefined;
  let get = false;
  let head = false;

  const apply = (name: string, value: string | undefined) => {
    switch (name) {
      case 'X':
      case 'request':
        method = value?.toUpperCase();
        break;
      case 'H':
      case 'header': {
        const colon = value?.indexOf(':') ?? -1;
        if (value && colon > 0) out.headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()]);
        break;
      }
      case 'd':
      case 'data':
      case 'data-raw':
      case 'data-binary':
      case 'data-ascii':
      case 'data-urlencode':
        data.push(value ?? '');
        break;
      case 'json':
        data.push(value ?? '');
        out.headers.push(['Content-Type', 'application/json'], ['Accept', 'application/json']);
        break;
      case 'F':
      case 'form':
      case 'form-string':
        out.multipart = true;
        break;
      case 'url':
        out.url ??= value;
        break;
      case 'b':
      case 'cookie':
        if (value) out.headers.push(['Cookie', value]);
        break;
      case 'oauth2-bearer':
        if (value) out.headers.push(['Authorization', `Bearer ${value}`]);
        break;
      case 'G':
      case 'get':
        get = true;
        break;
      case 'I':
      case 'head':
        head = true;
        break;
    }
  };

  for (let i = words[0]?.toLowerCase().startsWith('curl') ? 1 : 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = (eq > 0 ? w.slice(2, eq) : w.slice(2)).toLowerCase();
      if (WITH_ARG_LONG.has(name)) apply(name, eq > 0 ? w.slice(eq + 1) : words[++i]);
      else if (NO_ARG_LONG.has(name) || name === 'get' || name === 'head') apply(name, undefined);
      else out.unknownOptions.push(`--${name}`);
    } else if (w.startsWith('-') && w.length > 1) {
      // Combined short options: -sSL, -XPOST, -H'x: y'.
      for (let k = 1; k < w.length; k++) {
        const letter = w[k] as string;
        if (WITH_ARG_SHORT.has(letter)) {
          apply(letter, k + 1 < w.length ? w.slice(k + 1) : words[++i]);
          break;
        }
        apply(letter, undefined);
      }
    } else if (out.url === undefined) {
      out.url = w;
    }
  }

  const body = data.length ? data.join('&') : undefined;
  if (get && body !== undefined && out.url) {
    out.url += (out.url.includes('?') ? '&' : '?') + body;
  } else {
    out.data = body;
  }
  out.method = method ?? (head ? 'HEAD' : out.data !== undefined || out.multipart ? 'POST' : 'GET');
  return out;
}
