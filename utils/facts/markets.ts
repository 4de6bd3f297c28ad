/**
 * Where each Seller Center market's sellers usually are: IANA time zones and the locale region (the part after
 * the dash in `en-US`). Source: the IANA time zone database (zone1970.tab) for each country. Markets whose hosts
 * serve many countries (GLOBAL, EU cross-border) have no row: their region cannot be checked.
 */

export interface MarketRegion {
  market: string;
  /** ISO 3166 code used by locales (the UK market is GB) */
  region: string;
  timeZones: readonly string[];
  /** zone name prefixes, for countries whose zones come in families (America/Indiana/...) */
  zonePrefixes?: readonly string[];
}

export const MARKET_REGIONS: readonly MarketRegion[] = [
  {
    market: 'US',
    region: 'US',
    timeZones: [
      'America/New_York',
      'America/Detroit',
      'America/Chicago',
      'America/Menominee',
      'America/Denver',
      'America/Boise',
      'America/Phoenix',
      'America/Los_Angeles',
      'America/Anchorage',
      'America/Juneau',
      'America/Sitka',
      'America/Metlakatla',
      'America/Yakutat',
      'America/Nome',
      'America/Adak',
      'Pacific/Honolulu',
      'US/Eastern',
      'US/Central',
      'US/Mountain',
      'US/Pacific',
    ],
    zonePrefixes: ['America/Indiana/', 'America/Kentucky/', 'America/North_Dakota/'],
  },
  {
    market: 'MX',
    region: 'MX',
    timeZones: [
      'America/Mexico_City',
      'America/Cancun',
      'America/Merida',
      'America/Monterrey',
      'America/Matamoros',
      'America/Chihuahua',
      'America/Ciudad_Juarez',
      'America/Ojinaga',
      'America/Mazatlan',
      'America/Bahia_Banderas',
      'America/Hermosillo',
      'America/Tijuana',
    ],
  },
  {
    market: 'BR',
    region: 'BR',
    timeZones: [
      'America/Sao_Paulo',
      'America/Noronha',
      'America/Belem',
      'America/Fortaleza',
      'America/Recife',
      'America/Araguaina',
      'America/Maceio',
      'America/Bahia',
      'America/Santarem',
      'America/Manaus',
      'America/Campo_Grande',
      'America/Cuiaba',
      'America/Porto_Velho',
      'America/Boa_Vista',
      'America/Eirunepe',
      'America/Rio_Branco',
    ],
  },
  { market: 'JP', region: 'JP', timeZones: ['Asia/Tokyo'] },
  { market: 'MY', region: 'MY', timeZones: ['Asia/Kuala_Lumpur', 'Asia/Kuching'] },
  { market: 'PH', region: 'PH', timeZones: ['Asia/Manila'] },
  { market: 'SG', region: 'SG', timeZones: ['Asia/Singapore'] },
  { market: 'TH', region: 'TH', timeZones: ['Asia/Bangkok'] },
  { market: 'VN', region: 'VN', timeZones: ['Asia/Ho_Chi_Minh', 'Asia/Saigon'] },
  { market: 'ID', region: 'ID', timeZones: ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'] },
  { market: 'UK', region: 'GB', timeZones: ['Europe/London'] },
  { market: 'DE', region: 'DE', timeZones: ['Europe/Berlin', 'Europe/Busingen'] },
  { market: 'FR', region: 'FR', timeZones: ['Europe/Paris'] },
  { market: 'ES', region: 'ES', timeZones: ['Europe/Madrid', 'Africa/Ceuta', 'Atlantic/Canary'] },
  { market: 'IT', region: 'IT', timeZones: ['Europe/Rome'] },
  { market: 'IE', region: 'IE', timeZones: ['Europe/Dublin'] },
];

export function marketRegion(market: string): MarketRegion | undefined {
  return MARKET_REGIONS.find((m) => m.market === market);
}
