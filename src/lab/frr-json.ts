// Turns FRR 8.4's JSON (`show bgp ipv4 unicast json`, `show bgp neighbors json`) into plain,
// comparable records. Field names are FRR 8.4's (shared/FRR-LAB.md pins the version); anything
// unexpected is skipped rather than trusted, and a malformed document is a clear error.

/** One BGP path FRR holds for a prefix. */
export interface ObservedPath {
  /** The IPv4 next hop; 0.0.0.0 for a locally originated prefix. */
  nextHop: string;
  /** The peer the path came from; null when originated here. */
  peer: string | null;
  /** AS numbers as FRR prints them, space separated ('' when local). */
  asPath: string;
  origin: string;
  weight: number;
  localPref: number | null;
  med: number | null;
  /** 'external' | 'internal' | ... as FRR reports pathFrom. */
  pathFrom: string;
  valid: boolean;
  best: boolean;
  multipath: boolean;
  selectionReason: string | null;
}

export interface ObservedPrefix {
  prefix: string;
  /** The path FRR selected, or null when it holds paths but none is valid. */
  best: ObservedPath | null;
  /** Next hops of the best path and every multipath member, sorted, without duplicates. */
  ecmpNextHops: string[];
  selectionReason: string | null;
  paths: ObservedPath[];
}

/** Per prefix, what one router's BGP table says. */
export type ObservedTable = Record<string, ObservedPrefix>;

export class FrrJsonError extends Error {
  override name = 'FrrJsonError';
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** Parses `show bgp ipv4 unicast json`. */
export function parseBgpTable(json: unknown): ObservedTable {
  if (!isObject(json)) throw new FrrJsonError('the BGP table is not a JSON object');
  // An instance without `router bgp` answers {} (no routes key): an empty table.
  const routes = json.routes ?? {};
  if (!isObject(routes)) throw new FrrJsonError('the BGP table has a "routes" that is not an object');
  const table: ObservedTable = {};
  for (const [prefix, entries] of Object.entries(routes)) {
    if (!Array.isArray(entries)) throw new FrrJsonError(`routes["${prefix}"] is not a list of paths`);
    const paths = entries.filter(isObject).map(parsePath);
    const best = paths.find((p) => p.best) ?? null;
    const ecmp = new Set(paths.filter((p) => p.valid && (p.best || p.multipath)).map((p) => p.nextHop));
    table[prefix] = {
      prefix,
      best,
      ecmpNextHops: best ? [...ecmp].sort(compareIpv4) : [],
      selectionReason: best?.selectionReason ?? null,
      paths,
    };
  }
  return table;
}

function parsePath(entry: Json): ObservedPath {
  const nexthops = Array.isArray(entry.nexthops) ? entry.nexthops.filter(isObject) : [];
  const used = nexthops.find((n) => n.used === true) ?? nexthops[0];
  const peer = str(entry.peerId);
  return {
    nextHop: str(used?.ip, '0.0.0.0'),
    peer: peer === '' || peer === '(unspec)' ? null : peer,
    asPath: str(entry.path),
    origin: str(entry.origin),
    weight: num(entry.weight) ?? 0,
    localPref: num(entry.locPrf),
    med: num(entry.metric),
    pathFrom: str(entry.pathFrom),
    valid: entry.valid === true,
    best: entry.bestpath === true,
    multipath: entry.multipath === true,
    selectionReason: typeof entry.selectionReason === 'string' ? entry.selectionReason : null,
  };
}

export interface ObservedNeighbor {
  address: string;
  state: string;
  remoteAs: number | null;
  /** How long the session has been Established, ms (FRR counts whole seconds); 0 when down. */
  upMs: number;
}

/** Parses `show bgp neighbors json`: per peer address, its state. */
export function parseNeighbors(json: unknown): Record<string, ObservedNeighbor> {
  if (!isObject(json)) throw new FrrJsonError('the neighbor list is not a JSON object');
  const neighbors: Record<string, ObservedNeighbor> = {};
  for (const [address, value] of Object.entries(json)) {
    if (!isObject(value)) continue;
    neighbors[address] = {
      address,
      state: str(value.bgpState, 'unknown'),
      remoteAs: num(value.remoteAs),
      upMs: num(value.bgpTimerUpMsec) ?? 0,
    };
  }
  return neighbors;
}

/** Numeric IPv4 order, so 10.0.0.10 sorts after 10.0.0.9. */
export function compareIpv4(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}
