import type { Fault } from './server.d.mts';

export interface NetworkFaults {
  /** host patterns (resolver-rule syntax, `*` wildcards) that fail DNS: net::ERR_NAME_NOT_RESOLVED */
  notFound?: readonly string[];
  /** host patterns whose connections are refused: net::ERR_CONNECTION_REFUSED */
  refused?: readonly string[];
}

export interface Scenario {
  description: string;
  /** cause ids this scenario should surface as likely or possible */
  causes: readonly string[];
  /** the page to open */
  page: string;
  faults: Fault[];
  network: NetworkFaults;
}

export type ScenarioName =
  | 'healthy'
  | 'dns-failure'
  | 'offline'
  | 'refused'
  | 'timeout'
  | 'platform-5xx'
  | 'account-deactivated'
  | 'listing-codes'
  | 'policy'
  | 'chunk-load'
  | 'geo-451'
  | 'clock-skew'
  | 'big-cookies'
  | 'slow-checkout'
  | 'toasts'
  | 'csp-strict'
  | 'maintenance';

export declare const SCENARIOS: Record<ScenarioName, Scenario>;
export declare const SCENARIO_NAMES: ScenarioName[];
export declare function getScenario(name: string): Scenario;
