// The opening lines of `router bgp` that FRR and IOS-XE write identically: router-id, the default
// LOCAL_PREF and every best-path option written out, on or off, because the platforms' defaults
// differ (IOS-XE and FRR `traditional`: compare-routerid, deterministic-med, always-compare-med off).
import type { BgpRouter } from '../devices/types';
import { safeInteger, safeIpv4 } from './escape';
import type { PlatformId } from './types';

export function ciscoBgpHeader(platform: PlatformId, host: string, bgp: BgpRouter): string[] {
  const P = platform;
  const asn = safeInteger(P, `node '${host}' ASN`, bgp.asn, 1, 4294967294);
  const out = [
    `router bgp ${asn}`,
    ` bgp router-id ${safeIpv4(P, `node '${host}' router-id`, bgp.routerId)}`,
    ' bgp log-neighbor-changes',
    ` bgp default local-preference ${safeInteger(P, 'default local-preference', bgp.defaultLocalPref, 0, 4294967295)}`,
    bgp.compareRouterId ? ' bgp bestpath compare-routerid' : ' no bgp bestpath compare-routerid',
    bgp.deterministicMed ? ' bgp deterministic-med' : ' no bgp deterministic-med',
    bgp.alwaysCompareMed ? ' bgp always-compare-med' : ' no bgp always-compare-med',
  ];
  if (bgp.multipathRelax) out.push(' bgp bestpath as-path multipath-relax');
  return out;
}
