/**
 * Parameter rules of the request checker: signing parameters, where the access token goes, token calls on the
 * auth host, the timestamp window and the body's content type (TIKTOK_FACTS.md, "Signing and clock").
 */
import { CLOCK_WINDOW } from '../background/probes/clock';
import { type DxMessage, dx } from '../diagnosis/message';
import type { AddFinding, CheckOptions } from './finding';
import { mask } from './paste';

/** How sign is computed, shown with every sign finding (a phrase, so each finding reads it in the reader's words). */
const SIGN_RECIPE = dx('apicheck.sign.recipe');

export function checkSigning(q: (k: string) => string | undefined, add: AddFinding): void {
  for (const name of ['app_key', 'timestamp'] as const) {
    const v = q(name);
    add(
      v
        ? { id: `param-${name}`, level: 'pass', title: dx('apicheck.param.present', { name }) }
        : {
            id: `param-${name}`,
            level: 'fail',
            title: dx('apicheck.param.missing', { name }),
            detail: dx('apicheck.param.signedNeeds'),
          },
    );
  }
  const sign = q('sign');
  if (!sign) {
    add({
      id: 'param-sign',
      level: 'fail',
      title: dx('apicheck.param.missing', { name: 'sign' }),
      detail: SIGN_RECIPE,
    });
  } else if (/^[0-9a-f]{64}$/.test(sign)) {
    add({ id: 'param-sign', level: 'pass', title: dx('apicheck.sign.ok'), detail: SIGN_RECIPE });
  } else if (/^[0-9A-Fa-f]{64}$/.test(sign)) {
    add({ id: 'param-sign', level: 'fail', title: dx('apicheck.sign.upper'), detail: SIGN_RECIPE });
  } else {
    add({
      id: 'param-sign',
      level: 'fail',
      title: dx('apicheck.sign.length', { count: sign.length }),
      detail: dx('apicheck.sign.expected', { recipe: SIGN_RECIPE }),
    });
  }
}

export function checkToken(args: {
  query: (k: string) => string | undefined;
  headerMap: Map<string, string>;
  curl: boolean;
  add: AddFinding;
}): void {
  const { query, headerMap, curl, add } = args;
  if (query('access_token') !== undefined) {
    add({
      id: 'token-in-query',
      level: 'fail',
      title: dx('apicheck.token.inQuery'),
      detail: dx('apicheck.token.inQueryDetail'),
    });
  }
  const header = headerMap.get('x-tts-access-token');
  if (header) {
    add({ id: 'token-header', level: 'pass', title: dx('apicheck.token.header', { masked: mask(header) }) });
  } else if (curl) {
    add({
      id: 'token-header',
      level: 'fail',
      title: dx('apicheck.token.noHeader'),
      detail: dx('apicheck.token.sendHeader'),
    });
  } else {
    add({ id: 'token-header', level: 'info', title: dx('apicheck.token.urlNoHeaders') });
  }
  if (headerMap.has('authorization')) {
    add({ id: 'auth-bearer', level: 'warn', title: dx('apicheck.token.bearer') });
  }
}

export function checkTokenCall(
  spec: { grant: string; secretParam: string },
  method: string,
  q: (k: string) => string | undefined,
  add: AddFinding,
): void {
  add({ id: 'path', level: 'pass', title: dx('apicheck.tokenCall.path') });
  for (const name of ['app_key', 'app_secret', spec.secretParam, 'grant_type']) {
    if (!q(name)) add({ id: `param-${name}`, level: 'fail', title: dx('apicheck.param.missing', { name }) });
  }
  const grant = q('grant_type');
  if (grant && grant !== spec.grant) {
    add({ id: 'grant-type', level: 'fail', title: dx('apicheck.tokenCall.grant', { grant, wanted: spec.grant }) });
  }
  if (method !== 'GET') add({ id: 'method', level: 'warn', title: dx('apicheck.tokenCall.method', { method }) });
  add({
    id: 'app-secret',
    level: 'info',
    title: dx('apicheck.tokenCall.secret'),
    detail: dx('apicheck.tokenCall.secretDetail'),
  });
}

export function checkTimestamp(value: string | undefined, options: CheckOptions, add: AddFinding): void {
  if (value === undefined) return; // reported with the required parameters
  if (/^\d{13}$/.test(value)) {
    add({ id: 'timestamp', level: 'fail', title: dx('apicheck.timestamp.ms') });
    return;
  }
  if (!/^\d{10}$/.test(value)) {
    add({ id: 'timestamp', level: 'fail', title: dx('apicheck.timestamp.format', { value: value.slice(0, 40) }) });
    return;
  }
  const now = options.now ?? Date.now();
  const tiktokNow = Math.floor((now - (options.skewSeconds ?? 0) * 1000) / 1000);
  const delta = Number(value) - tiktokNow;
  const when = new Date(Number(value) * 1000).toISOString().replace('.000Z', 'Z');
  // Judged against TikTok's clock once the clock check has measured the skew, else against this computer's.
  const clock = options.skewSeconds !== undefined ? 'TikTok' : 'Local';
  if (delta > CLOCK_WINDOW.aheadSeconds) {
    add({
      id: 'timestamp',
      level: 'fail',
      title: dx(`apicheck.timestamp.ahead${clock}`, { when, duration: durationPhrase(delta) }),
      detail: dx('apicheck.timestamp.aheadDetail'),
    });
  } else if (-delta > CLOCK_WINDOW.behindSeconds) {
    add({
      id: 'timestamp',
      level: 'fail',
      title: dx(`apicheck.timestamp.behind${clock}`, { when, duration: durationPhrase(-delta) }),
      detail: dx('apicheck.timestamp.behindDetail'),
    });
  } else {
    const offset =
      delta >= 0
        ? dx('apicheck.timestamp.secondsAhead', { seconds: delta })
        : dx('apicheck.timestamp.secondsBehind', { seconds: -delta });
    add({ id: 'timestamp', level: 'pass', title: dx('apicheck.timestamp.within', { when, offset }) });
  }
}

export function checkBody(
  method: string,
  headerMap: Map<string, string>,
  body: string | undefined,
  multipart: boolean,
  add: AddFinding,
): void {
  const type = headerMap.get('content-type')?.toLowerCase();
  if (multipart) {
    if (type && !type.startsWith('multipart/form-data'))
      add({ id: 'content-type', level: 'warn', title: dx('apicheck.body.multipartType', { type }) });
    return;
  }
  if (body === undefined) return;
  if (method === 'GET' || method === 'HEAD') {
    add({ id: 'method', level: 'warn', title: dx('apicheck.body.getBody', { method }) });
  }
  if (!type) {
    add({
      id: 'content-type',
      level: 'warn',
      title: dx('apicheck.body.noType'),
      detail: dx('apicheck.body.noTypeDetail'),
    });
  } else if (!type.startsWith('application/json')) {
    add({ id: 'content-type', level: 'warn', title: dx('apicheck.body.wrongType', { type }) });
  }
  if (body.trim() !== '') {
    try {
      JSON.parse(body);
    } catch {
      if (!body.startsWith('@')) add({ id: 'body', level: 'warn', title: dx('apicheck.body.notJson') });
    }
  }
}

/** A rough span: seconds under 2 minutes, minutes under 2 hours, hours under 2 days, then days. */
export function durationPhrase(seconds: number): DxMessage {
  const s = Math.round(Math.abs(seconds));
  if (s < 120) return dx('apicheck.duration.seconds', { count: s });
  if (s < 7_200) return dx('apicheck.duration.minutes', { count: Math.round(s / 60) });
  if (s < 172_800) return dx('apicheck.duration.hours', { count: Math.round(s / 3_600) });
  return dx('apicheck.duration.days', { count: Math.round(s / 86_400) });
}
