import type { IncomingHttpHeaders } from 'node:http';

export interface SimResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** the parsed body when it is JSON */
  json: unknown;
}

export declare function simRequest(
  sim: { port: number },
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number },
): Promise<SimResponse>;
