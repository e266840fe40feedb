// Set algebra over match criteria, dimension by dimension. Every dimension is a list where an
// empty list means "anything"; two matches intersect when every dimension does, and one covers
// another when every dimension of the first contains the second's.
import { cidrContains, cidrsOverlap, type Protocol } from '../model';

export interface PortRange {
  from: number;
  to: number;
}

/** "443" or "3478-3481"; null when the range is empty or outside 0..65535. */
export function parsePortRange(text: string): PortRange | null {
  const [a, b] = text.split('-');
  const from = Number(a);
  const to = b === undefined ? from : Number(b);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || to > 65535) return null;
  return { from, to };
}

export function validPortRanges(ports: readonly string[]): PortRange[] {
  return ports.map(parsePortRange).filter((r): r is PortRange => r !== null);
}

export function protocolsIntersect(a: Protocol, b: Protocol): boolean {
  return a === 'any' || b === 'any' || a === b;
}

export function protocolCovers(outer: Protocol, inner: Protocol): boolean {
  return outer === 'any' || outer === inner;
}

export function portsIntersect(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const ra = validPortRanges(a);
  return validPortRanges(b).some((y) => ra.some((x) => x.from <= y.to && y.from <= x.to));
}

/** Whether every port `inner` matches is matched by `outer` (ranges are merged first). */
export function portsCover(outer: readonly string[], inner: readonly string[]): boolean {
  if (outer.length === 0) return true;
  if (inner.length === 0) return false;
  const merged = mergeRanges(validPortRanges(outer));
  return validPortRanges(inner).every((r) => merged.some((m) => m.from <= r.from && r.to <= m.to));
}

function mergeRanges(ranges: PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((x, y) => x.from - y.from);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

export function valuesIntersect<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.includes(x));
}

export function valuesCover<T>(outer: readonly T[], inner: readonly T[]): boolean {
  if (outer.length === 0) return true;
  if (inner.length === 0) return false;
  return inner.every((x) => outer.includes(x));
}

export function prefixesIntersect(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => cidrsOverlap(x, y)));
}

/** Each inner prefix inside one outer prefix (a prefix split over two outer ones is not seen). */
export function prefixesCover(outer: readonly string[], inner: readonly string[]): boolean {
  if (outer.length === 0) return true;
  if (inner.length === 0) return false;
  return inner.every((p) => outer.some((o) => cidrContains(o, p)));
}
