// One route-map entry in the Cisco-style grammar that IOS-XE and Arista EOS share word for word
// (`match ip address prefix-list`, `set local-preference`, `set metric`, `set as-path prepend`,
// `continue N`). Only the indent of the entry's body differs between the two dialects' usual style.
import type { RouteMapEntry } from '../devices/types';
import { safeIdentifier, safeInteger, safeText } from './escape';
import type { PlatformId } from './types';

export function ciscoRouteMapEntry(
  platform: PlatformId,
  indent: string,
  name: string,
  entry: RouteMapEntry,
  nextSeq: number | undefined,
): string[] {
  const P = platform;
  const out = [
    `route-map ${name} ${entry.action} ${safeInteger(P, `route-map ${name} sequence`, entry.seq, 1, 65535)}`,
  ];
  if (entry.source) out.push(`${indent}description policy ${safeText(entry.source)}`);
  if (entry.matchPrefixList) {
    out.push(`${indent}match ip address prefix-list ${safeIdentifier(P, 'prefix-list name', entry.matchPrefixList)}`);
  }
  const s = entry.set;
  if (s.weight !== undefined) out.push(`${indent}set weight ${safeInteger(P, 'weight', s.weight, 0, 65535)}`);
  if (s.localPref !== undefined)
    out.push(`${indent}set local-preference ${safeInteger(P, 'local-preference', s.localPref, 0, 4294967295)}`);
  if (s.med !== undefined) out.push(`${indent}set metric ${safeInteger(P, 'MED', s.med, 0, 4294967295)}`);
  if (s.asPathPrepend && s.asPathPrepend.count > 0) {
    const asn = safeInteger(P, 'prepended ASN', s.asPathPrepend.asn, 1, 4294967294);
    out.push(`${indent}set as-path prepend ${Array.from({ length: s.asPathPrepend.count }, () => asn).join(' ')}`);
  }
  // `continue N` names the next entry explicitly: attributes accumulate like FRR's `on-match next`.
  if (entry.continueNext && nextSeq !== undefined) out.push(`${indent}continue ${nextSeq}`);
  return out;
}
