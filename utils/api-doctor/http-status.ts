/**
 * What an HTTP status means for a Partner API call, when there is no TikTok code to go by (or beside it).
 * Generic by design (TIKTOK_FACTS.md: "treat HTTP 401/403 generically"); the codes in the envelope are specific.
 */
import type { CauseId } from '../model';

export interface HttpStatusEntry {
  status: number;
  meaning: string;
  cause: CauseId;
  area: string;
  fix: string[];
}

const REAUTH =
  'If the token is fine, re-authorize the app from Seller Center (Apps / My services) and save the new tokens.';

export const HTTP_STATUSES: readonly HttpStatusEntry[] = [
  {
    status: 400,
    meaning: 'Bad request: the API rejected the parameters, the body or the signature.',
    cause: 'listing',
    area: 'request / data mapping',
    fix: [
      'Read the `code` and `message` of the response body: they name the field; paste the whole body here.',
      'Check the request with "Check a request" below (path, version, query parameters, timestamp).',
      'Send JSON bodies with `Content-Type: application/json`.',
    ],
  },
  {
    status: 401,
    meaning:
      'Unauthorized: the access token is missing, expired or not valid for this shop, or the shop is deactivated.',
    cause: 'account',
    area: 'account / credentials',
    fix: [
      'Send the access token in the `x-tts-access-token` header, not in the query.',
      'If it is older than 7 days, refresh it (token/refresh) and use the new access and refresh tokens.',
      REAUTH,
      'Check in Seller Center that the shop is active (a deactivated shop answers 401 to every call).',
    ],
  },
  {
    status: 403,
    meaning: 'Forbidden: the app may not do this for this shop (missing scope, not authorized, or blocked).',
    cause: 'account',
    area: 'account / permissions',
    fix: [
      'In Partner Center, check that the app has the API scope (package) this endpoint needs.',
      'Re-authorize the shop after adding a scope: existing tokens keep their old scopes.',
      'If your server calls from a fixed IP, check the IP allow list of the app.',
    ],
  },
  {
    status: 404,
    meaning: 'Not found: the path, the API version or the resource id does not exist.',
    cause: 'listing',
    area: 'endpoint',
    fix: [
      'Check the path shape `/{category}/{version}/{resource}`, for example `/order/202309/orders/search`.',
      'Legacy `/api/...` paths are sunset; move to a current version (202309 or later).',
      'Check the id (order, product, package) belongs to this shop.',
    ],
  },
  {
    status: 405,
    meaning: 'Method not allowed: GET where the endpoint wants POST (or the reverse).',
    cause: 'listing',
    area: 'endpoint',
    fix: ['Use the HTTP method the endpoint documents (search endpoints are POST).'],
  },
  {
    status: 408,
    meaning: 'Request timeout: the request took too long to arrive or to answer.',
    cause: 'connectivity',
    area: 'connectivity',
    fix: ['Retry with exponential backoff.', 'Check the network between your server and the API host.'],
  },
  {
    status: 413,
    meaning: 'Payload too large: the body or the uploaded file is over the limit.',
    cause: 'listing',
    area: 'data mapping',
    fix: ['Compress or resize images before upload; split large batches.'],
  },
  {
    status: 415,
    meaning: 'Unsupported media type: the body is not JSON (or multipart for uploads).',
    cause: 'listing',
    area: 'data mapping',
    fix: ['Send `Content-Type: application/json` with a JSON body; use multipart/form-data only for uploads.'],
  },
  {
    status: 429,
    meaning: 'Too many requests: the app went over its (dynamic) rate limit.',
    cause: 'platform',
    area: 'rate limit',
    fix: [
      'Back off exponentially with jitter and honour `Retry-After` when present.',
      'Spread bulk jobs (order sync, stock updates) over time; do not retry in a tight loop.',
    ],
  },
  {
    status: 431,
    meaning: 'Request header fields too large (often oversized cookies or headers).',
    cause: 'cache',
    area: 'request headers',
    fix: ['Send only the headers the API needs; do not forward browser cookies to the API.'],
  },
  {
    status: 451,
    meaning: 'Unavailable for legal reasons: not available from this region.',
    cause: 'geo',
    area: 'region',
    fix: ['Call from a server in a region TikTok Shop serves; check VPN or proxy exits.'],
  },
  {
    status: 500,
    meaning: 'Internal server error on TikTok\u2019s side.',
    cause: 'platform',
    area: 'platform',
    fix: ['Retry with backoff.', 'If it persists, send the `request_id` to TikTok Partner support.'],
  },
  {
    status: 502,
    meaning: 'Bad gateway: a TikTok front server could not reach the service behind it.',
    cause: 'platform',
    area: 'platform',
    fix: ['Retry with backoff; if many endpoints fail at once, it is a platform incident.'],
  },
  {
    status: 503,
    meaning: 'Service unavailable: overloaded or in maintenance (not a rate limit, which is 429).',
    cause: 'platform',
    area: 'platform',
    fix: ['Retry with backoff; watch Partner Center announcements for maintenance.'],
  },
  {
    status: 504,
    meaning: 'Gateway timeout: the service behind TikTok\u2019s gateway did not answer in time.',
    cause: 'platform',
    area: 'platform / connectivity',
    fix: ['Retry with backoff; make large searches smaller (page size) so they answer in time.'],
  },
];

const byStatus = new Map(HTTP_STATUSES.map((e) => [e.status, e]));

/** The entry of a status, or a generic one for its class (4xx, 5xx); undefined for anything else. */
export function lookupHttpStatus(status: number): HttpStatusEntry | undefined {
  const exact = byStatus.get(status);
  if (exact) return exact;
  if (status >= 500 && status <= 599) {
    return {
      status,
      meaning: `HTTP ${status}: a server error on TikTok\u2019s side (or on a proxy in between).`,
      cause: 'platform',
      area: 'platform',
      fix: ['Retry with backoff.', 'If it persists, send the `request_id` to TikTok Partner support.'],
    };
  }
  if (status >= 400 && status <= 499) {
    return {
      status,
      meaning: `HTTP ${status}: the request was refused (a client error).`,
      cause: 'listing',
      area: 'request',
      fix: ['Read the `code` and `message` of the response body and paste the whole body here.'],
    };
  }
  return undefined;
}
