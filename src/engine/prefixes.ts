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

  intern(cidr: string): number {
    const known = this.byCidr.get(cidr);
    if (known !== undefined) return known;
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

  /** Interned prefixes containing `address`, longest first: the longest-prefix-match order. */
  covering(address: number): number[] {
    const out: number[] = [];
    this.list.forEach((p, i) => {
      if (address >= p.base && address < p.base + p.size) out.push(i);
    });
    return out.sort((a, b) => this.list[b]!.len - this.list[a]!.len || a - b);
  }
}

/** Whether `inner` lies inside `outer` (equal counts). */
export function rangeContains(outer: InternedPrefix, inner: InternedPrefix): boolean {
  return inner.len >= outer.len && inner.base >= outer.base && inner.base + inner.size <= outer.base + outer.size;
}
