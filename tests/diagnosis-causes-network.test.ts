import { api, codeOn, ev, HOST, healthyRun, httpOn, probe, reach, verdict, withProbes } from './diagnosis-fixtures';
import { checkRows, detour, dnsFail, type Row, toastRow } from './helpers/cause-rows';

const rows: Row[] = [
  // connectivity
  {
    name: 'DNS failure of the page and of the probes',
    events: [dnsFail({ resourceType: 'main_frame' })],
    probes: withProbes(
      verdict('tiktok-unreachable', true, 2),
      reach(HOST, 'seller', false, { failure: 'dns', netError: 'net::ERR_NAME_NOT_RESOLVED' }),
    ),
    cause: 'connectivity',
    status: 'likely',
    first: true,
    why: /DNS lookup failed for 1 TikTok host \(seller-us\.tiktok\.com\) .* while the control host answered/,
  },
  {
    name: 'DNS failures on page requests alone',
    events: [dnsFail({ url: api('a') }), dnsFail({ url: api('b') })],
    cause: 'connectivity',
    status: 'likely',
    first: true,
    why: /DNS lookup failed \(net::ERR_NAME_NOT_RESOLVED\) for Seller Center requests on 2 endpoints/,
  },
  {
    name: 'offline: control host down too',
    probes: withProbes(verdict('offline', false, 2)),
    cause: 'connectivity',
    status: 'likely',
    first: true,
    why: /looks offline/,
  },
  {
    name: 'clock seven minutes ahead',
    probes: withProbes(probe('clock', { host: HOST, skewSeconds: 432, rttMs: 50, outsideWindow: true }, 'fail')),
    cause: 'connectivity',
    status: 'likely',
    first: true,
    why: /clock is 7 min 12 s ahead of TikTok's/,
  },
  {
    name: 'one reset request once is only possible',
    events: [ev('network-failure', { url: api('x'), status: 0, netError: 'net::ERR_CONNECTION_RESET' })],
    cause: 'connectivity',
    status: 'possible',
  },
  {
    name: 'aborted requests are navigation noise',
    events: [ev('network-failure', { url: api('x'), status: 0, netError: 'net::ERR_ABORTED' }, { count: 40 })],
    probes: healthyRun(),
    cause: 'connectivity',
    status: 'clear',
  },
  {
    name: 'TikTok far slower than the control host alone is no fault',
    probes: withProbes(...detour),
    cause: 'connectivity',
    status: 'clear',
  },
  {
    name: 'IP allow list code',
    events: [codeOn(36009033)],
    cause: 'connectivity',
    status: 'likely',
    why: /36009033 \(IP address not in the allow list\)/,
  },
  {
    name: 'unstable verdict',
    probes: withProbes(verdict('unstable')),
    cause: 'connectivity',
    status: 'possible',
  },
  {
    name: 'failures followed by a check that reached TikTok weigh half',
    events: [dnsFail({ url: api('a') }, { ageMin: 5 }), dnsFail({ url: api('b') }, { ageMin: 5 })],
    probes: healthyRun(1),
    cause: 'connectivity',
    status: 'possible',
    why: /but a later check reached every TikTok host/,
  },
  {
    name: 'TikTok answering with errors means the path works',
    probes: withProbes(verdict('platform', true, 1)),
    cause: 'connectivity',
    status: 'clear',
    why: /with errors\), so the connection to it works/,
  },
  {
    name: 'an unreliable offline flag while hosts answered is ignored',
    probes: withProbes(
      probe('online', { online: false, effectiveType: null, rttMs: null, downlinkMbps: null }, 'pass'),
    ),
    cause: 'connectivity',
    status: 'clear',
  },
  {
    name: 'the offline flag counts when the probe failed it',
    probes: [probe('online', { online: false, effectiveType: null, rttMs: null, downlinkMbps: null }, 'fail')],
    cause: 'connectivity',
    status: 'likely',
  },
  // policy
  {
    name: 'category prohibited code',
    events: [codeOn(12052220, { apiKind: 'product' })],
    cause: 'policy',
    status: 'likely',
    first: true,
    why: /12052220 \(category prohibited\)/,
  },
  toastRow('violation toast', 'This product violates the prohibited items policy', 'policy', 'possible'),
  // geo
  {
    name: 'HTTP 451',
    events: httpOn(1, 451, { resourceType: 'main_frame' }),
    probes: healthyRun(),
    cause: 'geo',
    status: 'likely',
    first: true,
    why: /451 \(unavailable for legal reasons\)/,
  },
  {
    name: 'region mismatch alone is not a fault',
    probes: withProbes(
      probe('region', { host: HOST, market: 'US', timeZone: 'Europe/Berlin', locale: 'de-DE', match: false }, 'warn'),
    ),
    cause: 'geo',
    status: 'unknown',
  },
  {
    name: 'region mismatch with TikTok far slower than the control host (a VPN exit is possible)',
    probes: withProbes(
      ...detour,
      probe('region', { host: HOST, market: 'US', timeZone: 'Europe/Berlin', locale: 'de-DE', match: false }, 'warn'),
    ),
    cause: 'geo',
    status: 'possible',
  },
  // Seller Center states the problem itself: direct evidence
  toastRow('not available in your region page', 'TikTok Shop is not available in your region', 'geo', 'likely'),
];

checkRows(rows);
