// The vendor-neutral device model: what one router must be configured with, derived purely from
// the design and its addressing plan (src/model/addressing.ts). Every exporter (FRR, IOS-XE,
// Junos, EOS, WireGuard, strongSwan) renders THIS, never the design, so all platforms and the
// engine agree on addresses, sessions and policies.
//
// API (stable; additive changes only):
//   buildDevices(design, options?) -> DeviceSet            (src/devices/build.ts)
//   DeviceSet = { devices: DeviceModel[]; problems: DeviceProblem[] }
//   DeviceModel: one per design node, fields below. Names of route-maps/prefix-lists/interfaces
//   are already unique and safe identifiers ([A-Za-z0-9_-], <= 15 chars for interfaces);
//   free text (descriptions) is raw and MUST go through src/exporters/escape for the platform.
//
// Routing semantics (must match src/engine):
// - every design link is one BGP session on the link's /31 (or pinned subnet): eBGP when the ASNs
//   differ, iBGP (with next-hop-self) when both ends share an ASN;
// - a node that gives no transit (sites and clouds unless `transit: true`, and internet nodes)
//   advertises only the prefixes it originates to eBGP peers: `outFilter` holds that prefix-list
//   (iBGP peers in its own AS still get what it learned over eBGP);
// - design.bgpPolicies become route-map entries, in document order, each one continuing to the
//   next (attributes accumulate, a later policy overrides an earlier one's attribute);
// - router knobs = settings.bgp overridden by node.bgp.

/** A neighbour or interface is identified by the design link it comes from. */
export type LinkId = string;
export type NodeId = string;

export interface DeviceSet {
  devices: DeviceModel[];
  /** Things the design asks for that could not be turned into configuration (e.g. a PBR next hop
   * that is not a neighbour). Exporters add their own platform warnings on top. */
  problems: DeviceProblem[];
}

export interface DeviceProblem {
  severity: 'error' | 'warning';
  /** The design element (node, link, policy, rule id) the problem is about. */
  elementId: string;
  message: string;
}

export interface DeviceModel {
  nodeId: NodeId;
  /** = node id: [a-z][a-z0-9-]{0,39}, safe on every platform. */
  hostname: string;
  /** Free text (the node's display name): escape per platform before use. */
  description: string;
  kind: 'site' | 'hub' | 'cloud' | 'internet';
  /** The platform the design chose for this node; exporters may still be asked for others. */
  platform: 'frr' | 'ios-xe' | 'junos' | 'eos';
  routerId: string;
  /** Host address (/32) of the loopback interface; also the outer (underlay) address of tunnels. */
  loopback: string;
  interfaces: DeviceInterface[];
  bgp: BgpRouter;
  /** Static routes that anchor originated prefixes (to blackhole), so `network` statements are
   * in the RIB. Nothing else is static. */
  staticRoutes: StaticRoute[];
  prefixLists: PrefixList[];
  routeMaps: RouteMap[];
  pbr: PbrPolicy | null;
  tunnels: Tunnel[];
  probes: SlaProbe[];
  bfdPeers: BfdPeer[];
}

export type InterfaceRole = 'loopback' | 'physical' | 'wireguard' | 'ipsec' | 'lan';

export interface DeviceInterface {
  /** Linux-style name, unique on the device, <= 15 chars: lo, eth0.., wg0.., xfrm0.., lan0.
   * FRR and the lab use it as is; other platforms map it (ethN -> GigabitEthernetN, ...). */
  name: string;
  role: InterfaceRole;
  /** Per-role index (eth3 -> 3, wg1 -> 1, xfrm2 -> 2); tunnels' if_id = index + 1. */
  index: number;
  /** The design link this interface terminates (absent for lo and lan0). */
  linkId?: LinkId;
  /** Free text: escape per platform. */
  description: string;
  /** e.g. 10.254.0.4, with prefixLength 31; absent for an unnumbered LAN port. */
  address?: string;
  prefixLength?: number;
  /** Peer's address on the same subnet (point-to-point links). */
  peerAddress?: string;
  peerNodeId?: NodeId;
}

export interface BgpRouter {
  asn: number;
  routerId: string;
  /** Applied to both eBGP and iBGP multipath. */
  maximumPaths: number;
  compareRouterId: boolean;
  alwaysCompareMed: boolean;
  deterministicMed: boolean;
  multipathRelax: boolean;
  defaultLocalPref: number;
  /** Originated prefixes (`network` statements), anchored by staticRoutes. */
  networks: string[];
  neighbors: BgpNeighbor[];
}

export interface BgpNeighbor {
  linkId: LinkId;
  peerNodeId: NodeId;
  peerAddress: string;
  localAddress: string;
  /** The local interface the session runs over. */
  interfaceName: string;
  remoteAsn: number;
  type: 'ebgp' | 'ibgp';
  /** Free text: escape per platform. */
  description: string;
  /** Always true on iBGP sessions (no IGP carries the link subnets). */
  nextHopSelf: boolean;
  /** Accept our own ASN this many times (node.bgp.allowasIn); 0 = off. */
  allowasIn: number;
  asOverride: boolean;
  bfd: boolean;
  timers: { keepaliveS: number; holdS: number; connectRetryS?: number; advertisementIntervalS?: number };
  /** Failure detection as designed on the link (for READMEs and warnings). */
  detection: Detection;
  /** Always present (FRR 8.4 requires in/out policies on eBGP). */
  routeMapIn: string;
  routeMapOut: string;
  /** Prefix-list applied outbound before the route-map on eBGP sessions of a node that gives no transit. */
  outFilter?: string;
}

export interface Detection {
  mechanism: 'bgp' | 'bfd' | 'sdwan-probe' | 'ipsec-dpd';
  bgpKeepaliveS: number;
  bgpHoldS: number;
  bfdIntervalMs: number;
  bfdMultiplier: number;
  probeIntervalMs: number;
  probeFailures: number;
  dpdTimeoutS: number;
}

export interface StaticRoute {
  prefix: string;
  /** 'blackhole' (Null0 / discard) or a next-hop address. */
  nextHop: 'blackhole' | string;
  description: string;
}

export interface PrefixList {
  /** Unique on the device, [A-Za-z0-9_-]. */
  name: string;
  entries: PrefixListEntry[];
}

export interface PrefixListEntry {
  seq: number;
  action: 'permit' | 'deny';
  prefix: string;
  /** Longest length matched (inclusive); absent = exact match only. */
  le?: number;
}

export interface RouteMap {
  name: string;
  entries: RouteMapEntry[];
}

export interface RouteMapEntry {
  seq: number;
  action: 'permit' | 'deny';
  /** Match routes in this prefix-list; absent = every route. */
  matchPrefixList?: string;
  set: RouteMapSet;
  /** Keep evaluating the next entry after this one matched (FRR `on-match next`, IOS `continue`,
   * Junos: no `accept` in the term). The last entry never continues. */
  continueNext: boolean;
  /** The design element this entry implements (policy id), for comments. */
  source?: string;
}

export interface RouteMapSet {
  weight?: number;
  localPref?: number;
  med?: number;
  /** Prepend `asn` `count` times. */
  asPathPrepend?: { asn: number; count: number };
}

export interface PbrPolicy {
  /** e.g. PBR-site-sha */
  name: string;
  /** Interface(s) the policy is applied on (the LAN port, where user traffic enters). */
  interfaces: string[];
  rules: PbrEntry[];
}

export interface PbrEntry {
  seq: number;
  ruleId: string;
  /** Free text: escape per platform. */
  description: string;
  match: {
    destinationPrefix?: string;
    sourcePrefix?: string;
    dscp?: number;
    protocol: 'any' | 'tcp' | 'udp' | 'icmp';
    /** Destination port or inclusive range. */
    ports?: { from: number; to: number };
  };
  action: { kind: 'next-hop'; address: string; interfaceName: string; peerNodeId: NodeId } | { kind: 'drop' };
  /** Tracked probe that must be up for the rule to apply (SLA-driven steering). */
  trackProbeId?: number;
}

export interface SlaProbe {
  /** 1-based, unique on the device (IOS `ip sla N` / `track N`). */
  id: number;
  linkId: LinkId;
  kind: 'icmp-echo';
  targetAddress: string;
  sourceAddress: string;
  intervalMs: number;
  /** Consecutive failures before the probe's track goes down. */
  failures: number;
}

export interface BfdPeer {
  peerAddress: string;
  localAddress: string;
  interfaceName: string;
  linkId: LinkId;
  intervalMs: number;
  multiplier: number;
}

export interface TunnelEndpoint {
  nodeId: NodeId;
  hostname: string;
  /** Underlay address the tunnel is sourced from / sent to (the router's loopback from the plan). */
  outerAddress: string;
  /** Tunnel interface address (the link's address) and its length. */
  innerAddress: string;
  prefixLength: number;
  interfaceName: string;
}

export interface Tunnel {
  kind: 'ipsec' | 'wireguard';
  linkId: LinkId;
  /** Free text: escape per platform. */
  description: string;
  local: TunnelEndpoint;
  remote: TunnelEndpoint;
  ipsec?: IpsecTunnel;
  wireguard?: WireguardTunnel;
}

/** Algorithm names are strongSwan proposal keywords; other exporters map them. */
export interface IpsecTunnel {
  ikeVersion: 2;
  ike: {
    encryption: 'aes256gcm16';
    prf: 'prfsha384';
    dhGroups: ('ecp384' | 'x25519')[];
    lifetimeS: number;
    rekeyS: number;
  };
  esp: { encryption: 'aes256gcm16'; dhGroups: ('ecp384' | 'x25519')[]; lifetimeS: number; rekeyS: number };
  /** Key store reference of the pre-shared key (same ref on both ends). */
  pskRef: string;
  /** This end initiates (the link's source end); the other responds. */
  initiator: boolean;
  /** Route-based: traffic selectors are 0.0.0.0/0 both ways and routing (BGP) picks the tunnel. */
  localTs: string[];
  remoteTs: string[];
  /** XFRM interface id / VTI key (both ends may differ; each is local). */
  ifId: number;
  dpdDelayS: number;
  dpdTimeoutS: number;
}

export interface WireguardTunnel {
  /** Key store references: `wg:<nodeId>:<linkId>`. */
  localKeyRef: string;
  remoteKeyRef: string;
  listenPort: number;
  remoteListenPort: number;
  /** Every peer carries everything routed over it; routing is BGP's (`Table = off`). */
  allowedIps: string[];
  /** 0 = off. */
  persistentKeepaliveS: number;
  /** Days between key rotations; the bundle README says when keys are due. */
  rotationDays: number;
}
