export declare const SECRET_MARK: string;
export declare const SIM_TOKEN: string;
export declare const SIM_EMAIL: string;
export declare const SIM_PHONE: string;
export declare const PAGE_APIS: Record<
  'homepage' | 'product' | 'order' | 'finance',
  { method: string; path: string; via: 'fetch' | 'xhr'; toast?: string }[]
>;
