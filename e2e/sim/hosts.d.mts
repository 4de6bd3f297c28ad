export declare const API_HOSTS: string[];
export declare const CONTROL_HOSTS: string[];
export declare const CHECKOUT_HOSTS: string[];
export declare const DEFAULT_SELLER_HOST: string;
export declare const TIKTOK_NAME_PATTERNS: string[];
export declare function hostClass(
  host: string,
  sellerHosts?: ReadonlySet<string>,
): 'seller' | 'checkout' | 'api' | 'control' | 'other';
export declare function registrableDomain(host: string): string;
