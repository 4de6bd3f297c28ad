/**
 * A structural HAR 1.2 check (har-validator on npm is unmaintained): the required fields of log, creator,
 * entries, request, response, content, cache and timings with their types; send/wait/receive >= 0, other phases
 * >= 0 or -1; `time` equal to the sum of the known phases; custom fields only with a leading underscore.
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const KNOWN: Record<string, string[]> = {
  log: ['version', 'creator', 'browser', 'pages', 'entries', 'comment'],
  entry: [
    'pageref',
    'startedDateTime',
    'time',
    'request',
    'response',
    'cache',
    'timings',
    'serverIPAddress',
    'connection',
    'comment',
  ],
  request: [
    'method',
    'url',
    'httpVersion',
    'cookies',
    'headers',
    'queryString',
    'postData',
    'headersSize',
    'bodySize',
    'comment',
  ],
  response: [
    'status',
    'statusText',
    'httpVersion',
    'cookies',
    'headers',
    'content',
    'redirectURL',
    'headersSize',
    'bodySize',
    'comment',
  ],
  content: ['size', 'compression', 'mimeType', 'text', 'encoding', 'comment'],
  timings: ['blocked', 'dns', 'connect', 'send', 'wait', 'receive', 'ssl', 'comment'],
};

/** The typed fields of request and response, in the order they are checked: s string, n number, p name/value pairs. */
const TYPED: Record<'request' | 'response', [string, 's' | 'n' | 'p'][]> = {
  request: [
    ['method', 's'],
    ['url', 's'],
    ['httpVersion', 's'],
    ['headers', 'p'],
    ['queryString', 'p'],
    ['cookies', 'p'],
    ['headersSize', 'n'],
    ['bodySize', 'n'],
  ],
  response: [
    ['statusText', 's'],
    ['httpVersion', 's'],
    ['headers', 'p'],
    ['cookies', 'p'],
    ['redirectURL', 's'],
    ['headersSize', 'n'],
    ['bodySize', 'n'],
  ],
};

export function checkHar(har: unknown): string[] {
  const errors: string[] = [];
  const err = (path: string, msg: string) => errors.push(`${path}: ${msg}`);
  const fields = (o: Obj, kind: string, path: string) => {
    for (const k of Object.keys(o))
      if (!KNOWN[kind]?.includes(k) && !k.startsWith('_')) err(path, `unknown field ${k}`);
  };
  const str = (o: Obj, k: string, path: string) => {
    if (typeof o[k] !== 'string') err(path, `${k} must be a string`);
  };
  const num = (o: Obj, k: string, path: string, min = -1) => {
    if (!isNum(o[k]) || (o[k] as number) < min) err(path, `${k} must be a number >= ${min}`);
  };
  const pairs = (o: Obj, k: string, path: string) => {
    const list = o[k];
    if (!Array.isArray(list)) return err(path, `${k} must be an array`);
    list.forEach((p, i) => {
      if (!isObj(p) || typeof p.name !== 'string' || typeof p.value !== 'string')
        err(`${path}.${k}[${i}]`, 'needs name and value strings');
    });
  };

  const typed = (o: Obj, kind: keyof typeof TYPED, path: string) => {
    fields(o, kind, path);
    for (const [k, t] of TYPED[kind]) (t === 's' ? str : t === 'n' ? num : pairs)(o, k, path);
  };

  if (!isObj(har) || !isObj(har.log)) return ['$: log object missing'];
  const log = har.log;
  fields(log, 'log', '$.log');
  if (log.version !== '1.2') err('$.log', 'version must be "1.2"');
  if (!isObj(log.creator) || typeof log.creator.name !== 'string' || typeof log.creator.version !== 'string') {
    err('$.log', 'creator needs name and version');
  }
  if (log.pages !== undefined && !Array.isArray(log.pages)) err('$.log', 'pages must be an array');
  if (!Array.isArray(log.entries)) return [...errors, '$.log: entries must be an array'];

  for (const [i, entry] of log.entries.entries()) {
    const p = `$.log.entries[${i}]`;
    if (!isObj(entry)) {
      err(p, 'not an object');
      continue;
    }
    fields(entry, 'entry', p);
    if (typeof entry.startedDateTime !== 'string' || !ISO.test(entry.startedDateTime))
      err(p, 'startedDateTime must be ISO 8601');
    num(entry, 'time', p, 0);

    const rq = entry.request;
    if (!isObj(rq)) err(p, 'request missing');
    else typed(rq, 'request', `${p}.request`);

    const rs = entry.response;
    if (!isObj(rs)) err(p, 'response missing');
    else {
      const rp = `${p}.response`;
      if (!Number.isInteger(rs.status) || (rs.status as number) < 0) err(rp, 'status must be an integer >= 0');
      typed(rs, 'response', rp);
      if (!isObj(rs.content)) err(rp, 'content missing');
      else {
        fields(rs.content, 'content', `${rp}.content`);
        num(rs.content, 'size', `${rp}.content`);
        str(rs.content, 'mimeType', `${rp}.content`);
      }
      if (rs.status === 0 && typeof rs._error !== 'string') err(rp, 'status 0 needs _error');
    }

    if (!isObj(entry.cache)) err(p, 'cache must be an object');

    const t = entry.timings;
    if (!isObj(t)) {
      err(p, 'timings missing');
      continue;
    }
    fields(t, 'timings', `${p}.timings`);
    for (const k of ['send', 'wait', 'receive']) num(t, k, `${p}.timings`, 0);
    let sum = 0;
    for (const k of ['blocked', 'dns', 'connect', 'send', 'wait', 'receive']) {
      const v = t[k];
      if (v === undefined) continue;
      if (!isNum(v) || (v < 0 && v !== -1)) err(`${p}.timings`, `${k} must be >= 0 or -1`);
      else if (v > 0) sum += v;
    }
    // ssl is part of connect, so not added again (HAR 1.2).
    if (t.ssl !== undefined && (!isNum(t.ssl) || ((t.ssl as number) < 0 && t.ssl !== -1)))
      err(`${p}.timings`, 'ssl must be >= 0 or -1');
    if (isNum(entry.time) && Math.abs(entry.time - sum) > 0.001) err(p, `time ${entry.time} != sum of phases ${sum}`);
  }
  return errors;
}
