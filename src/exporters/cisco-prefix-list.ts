// Prefix lists in the grammar FRR, IOS-XE and Arista EOS share word for word:
// `ip prefix-list NAME seq N permit|deny A.B.C.D/L [le M]`, each list closed by `!`.
import type { PrefixList } from '../devices/types';
import { safeCidr, safeIdentifier, safeInteger } from './escape';
import type { PlatformId } from './types';

export function ciscoPrefixLists(platform: PlatformId, host: string, lists: readonly PrefixList[]): string[] {
  const P = platform;
  const out: string[] = [];
  for (const list of lists) {
    const name = safeIdentifier(P, `node '${host}' prefix-list name`, list.name);
    for (const e of list.entries) {
      const prefix = safeCidr(P, `prefix-list ${name} prefix`, e.prefix);
      const length = Number(prefix.split('/')[1]);
      // `le` only widens the match; a value not above the prefix length is rejected by all three.
      const le =
        e.le !== undefined && e.le > length ? ` le ${safeInteger(P, `prefix-list ${name} le`, e.le, 1, 32)}` : '';
      out.push(`ip prefix-list ${name} seq ${e.seq} ${e.action} ${prefix}${le}`);
    }
    out.push('!');
  }
  return out;
}
