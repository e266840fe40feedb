// Prefixes interned to small integers: the control plane and the forwarding walk index arrays
// by prefix number instead of hashing CIDR strings in hot loops.
import { parseIpv4Cidr } from '../model/ipv4';

export interface InternedPrefix {
  cidr: string;
  base: number;
  len: number;
  size: number;
}

export class PrefixTable {
  readonly list: InternedPrefix[] = [];
  private readonly byCidr = new Map<string, number>();
  /** covering() answers by address: every scenario of a sweep asks again for the same few
   * thousand addresses, and each answer is a scan of the whole table. Emptied on intern. */
  private readonly coveringCache = new Map<number, readonly number[]>();

  intern(cidr: string): number {
    const known = this.byCidr.get(cidr);
    if (known !== undefined) return known;
    this.coveringCache.clear();
    const range = parseIpv4Cidr(cidr);
    const index = this.list.length;
    this.list.push({ cidr, base: range.base, len: range.prefixLength, size: range.size });
    this.byCidr.set(cidr, index);
    return index;
  }

  get(cidr: string): number | undefined {
    return this.byCidr.get(cidr);
  }

  get count(): number {
    return this.list.length;
  }

  /** Interned prefixes containing `address`, longest first: the longest-prefix-match order.
   * Shared and read-only (cached per address). */
  covering(address: number): readonly number[] {
    const cached = this.coveringCache.get(address);
    if (cached) return cached;
    const out: number[] = [];
    this.list.forEach((p, i) => {
      if (address >= p.base && address < p.base + p.size) out.push(i);
    });
    out.sort((a, b) => this.list[b]!.len - this.list[a]!.len || a - b);
    this.coveringCache.set(address, out);
    return out;
  }
}

/** Whether `inner` lies inside `outer` (equal counts). */
export function rangeContains(outer: InternedPrefix, inner: InternedPrefix): boolean {
  return inner.len >= outer.len && inner.base >= outer.base && inner.base + inner.size <= outer.base + outer.size;
}
