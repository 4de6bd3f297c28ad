/** Fault rules of the simulator: which rules match a request, and the one effective fault they add up to. */

const MATCHERS = new Set(['host', 'path', 'method', 'dest', 'times']);
const ANSWER = ['status', 'code', 'message', 'page'];
const HOST_CLASSES = new Set(['seller', 'checkout', 'api', 'control', 'other']);

export const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const globCache = new Map();
function glob(pattern) {
  let re = globCache.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
    globCache.set(pattern, re);
  }
  return re;
}
export const matchText = (spec, value) => (spec instanceof RegExp ? spec.test(value) : glob(spec).test(value));

function hostMatches(spec, host, cls) {
  return asList(spec).some((s) => {
    if (s === '*') return true;
    if (s === 'tiktok') return cls === 'seller' || cls === 'checkout' || cls === 'api';
    if (typeof s === 'string' && HOST_CLASSES.has(s)) return cls === s;
    return matchText(s, host);
  });
}

function destMatches(spec, dest) {
  return asList(spec).some((s) => (s.startsWith('!') ? s.slice(1) !== dest : s === dest));
}

function ruleMatches(rule, req) {
  if (rule.host !== undefined && !hostMatches(rule.host, req.host, req.cls)) return false;
  if (rule.path !== undefined && !asList(rule.path).some((p) => matchText(p, req.pathname))) return false;
  if (rule.method !== undefined && !asList(rule.method).some((m) => m.toUpperCase() === req.method)) return false;
  if (rule.dest !== undefined && !destMatches(rule.dest, req.dest)) return false;
  return true;
}

/**
 * The fault a request meets: every matching rule applies (a rule with `times` counts its uses in `used`).
 * @param {Array<import('./server.d.mts').Fault & { used: number }>} rules
 */
export function effectiveFault(rules, req) {
  const eff = {};
  for (const rule of rules) {
    if (!ruleMatches(rule, req)) continue;
    if (rule.times !== undefined) {
      if (rule.used >= rule.times) continue;
      rule.used++;
    }
    // The answer (status, code, message, page) of a later rule replaces the earlier one as a whole; other
    // effects (delay, clock, cookies, CSP, toasts) combine field by field.
    if (ANSWER.some((k) => rule[k] !== undefined)) for (const k of ANSWER) delete eff[k];
    for (const [k, v] of Object.entries(rule)) if (!MATCHERS.has(k) && k !== 'used') eff[k] = v;
  }
  return eff;
}
