// A BGP path as the control plane holds it: numbers only, shared between routers where the
// attributes are the same object. Converted to the RouteCandidate contract only for output.
export interface Route {
  /** Prefix number (PrefixTable). */
  prefix: number;
  weight: number;
  localPref: number;
  /** null = no MED attribute (compared as 0). */
  med: number | null;
  asPath: number[];
  /** The node the path was learned from (itself when local). */
  fromNode: number;
  /** Link index it arrived on; -1 when locally originated. */
  link: number;
  ebgp: boolean;
  local: boolean;
  peerRouterId: number;
  peerAddress: number;
}

/**
 * Leftmost AS of the path (the neighbour AS for eBGP), 0 when the path is empty. Read from the
 * path rather than stored: a 4-byte ASN does not fit V8's small integers, so a stored copy made
 * every route carry a separately allocated number (half a million at the largest size).
 */
export function neighborAs(r: Route): number {
  return r.asPath[0] ?? 0;
}
