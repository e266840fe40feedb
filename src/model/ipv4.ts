// Small IPv4 helpers over ipaddr.js: integers make pool allocation and sorting simple.
import ipaddr from 'ipaddr.js';

export function ipv4ToInt(address: string): number {
  const bytes = ipaddr.IPv4.parse(address).toByteArray();
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

export function intToIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

export interface Ipv4Range {
  /** First address (the network address) as an integer. */
  base: number;
  prefixLength: number;
  /** Number of addresses in the prefix. */
  size: number;
}

export function parseIpv4Cidr(cidr: string): Ipv4Range {
  const [address, prefixLength] = ipaddr.IPv4.parseCIDR(cidr);
  const size = 2 ** (32 - prefixLength);
  const base = Math.floor(ipv4ToInt(address.toString()) / size) * size;
  return { base, prefixLength, size };
}

/** Whether `inner` lies inside `outer` (equal counts). */
export function cidrContains(outer: string, inner: string): boolean {
  const o = parseIpv4Cidr(outer);
  const i = parseIpv4Cidr(inner);
  return i.prefixLength >= o.prefixLength && i.base >= o.base && i.base + i.size <= o.base + o.size;
}

export function cidrsOverlap(a: string, b: string): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}

/** Compares two dotted-quad addresses numerically (for "lower router-id wins"). */
export function compareIpv4(a: string, b: string): number {
  return ipv4ToInt(a) - ipv4ToInt(b);
}
