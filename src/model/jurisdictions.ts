// Data-sovereignty vocabulary: a class's allowed jurisdictions are country codes, groups of
// countries, or `site` (the source site's own country).

/** EU member states (2026). GDPR treats them as one jurisdiction for transfers. */
export const EU_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** EEA = EU + Iceland, Liechtenstein, Norway. */
export const JURISDICTION_GROUPS: Readonly<Record<string, readonly string[]>> = {
  EU: EU_COUNTRIES,
  EEA: [...EU_COUNTRIES, 'IS', 'LI', 'NO'],
};

/** Whether a node in `country` satisfies `allowed` for traffic from a site in `siteCountry`.
 * An empty list allows everything. */
export function isAllowedJurisdiction(country: string, allowed: readonly string[], siteCountry: string): boolean {
  if (allowed.length === 0) return true;
  return allowed.some((entry) => {
    if (entry === 'site') return country === siteCountry;
    const group = JURISDICTION_GROUPS[entry];
    return group ? group.includes(country) : entry === country;
  });
}
