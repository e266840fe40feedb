// The engine's result contract: what the canvas, panels, exporters, the FRR lab and the CLI read.
// Pure data (structured-clone safe: no classes, no functions, no Maps) so it crosses the worker
// boundary and serialises to JSON unchanged. Ids are the design's ids; prefixes are CIDR strings.
//
// Stability: fields are only ever added. A consumer may rely on everything documented here.
import type { AddressPlan } from '../model/addressing';
import type { Diagnostic } from '../model/diagnostics';
import type { DetectionMechanism, FailureMode, FailureTargetKind, Strategy } from '../model/enums';
import type { Failure } from '../model/types';

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

/** 'design': every link's own detection settings. 'fast': the FRR lab's --fast-timers, BGP
 * keepalive 1 s / hold 3 s on every session and BFD 100 ms x 3 on every link whose mechanism is
 * BFD (links watched by probes or IPsec DPD keep those, capped by the 3 s hold timer). */
export type TimerProfile = 'design' | 'fast';

/** Which (router, prefix) pairs get a materialised RibEntry in `result.ribs`.
 * 'all': every prefix at every router. 'flows': the prefixes flows are addressed to (those
 * originated by cloud / internet / hub nodes, and any prefix covering them), at every router;
 * site prefixes are computed (for return paths) but not listed.
 * 'auto' (default): 'all' while routers x prefixes <= 5,000, else 'flows' (an info diagnostic
 * `engine.rib-scope` says so). The flows are identical either way. */
export type RibScope = 'all' | 'flows' | 'auto';

export interface ComputeOptions {
  /** Elements to fail before computing (a scenario). */
  failures?: Failure[];
  timers?: TimerProfile;
  ribScope?: RibScope;
}

export interface EngineOutput {
  result: EngineResult;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Control plane (BGP)
// ---------------------------------------------------------------------------------------------

/** FRR 8.4's `selectionReason` strings (bgpd/bgp_route.c, bgp_path_selection_reason2str), in
 * the order bgp_path_info_cmp() applies the steps. 'IGP Metric' and 'Cluster length' never
 * decide here (no IGP, no route reflection) but are part of the vocabulary. */
export const BEST_PATH_STEPS = [
  'First path received',
  'Weight',
  'Local Pref',
  'Local Route',
  'AS Path',
  'Origin',
  'MED',
  'Peer Type',
  'IGP Metric',
  'Older Path',
  'Router ID',
  'Cluster length',
  'Neighbor IP',
  'Nothing left to compare',
] as const;
export type BestPathStep = (typeof BEST_PATH_STEPS)[number];

export type BgpOrigin = 'igp' | 'egp' | 'incomplete';

/** One path a router holds for a prefix, with the attributes as that router sees them (after
 * its inbound policy). */
export interface RouteCandidate {
  prefix: string;
  /** The neighbour the path was learned from; the router itself when locally originated. */
  fromNode: string;
  /** The link (= BGP session) it arrived on; null when locally originated. */
  viaLink: string | null;
  /** The neighbour's address on that link (addressing plan); '0.0.0.0' when local. */
  peerAddress: string;
  /** The neighbour's BGP router-id (addressing plan); our own when local. */
  peerRouterId: string;
  /** AS_PATH as received (leftmost = neighbour AS; prepends included). Empty when local. */
  asPath: number[];
  /** Effective LOCAL_PREF (the default local-preference when the path carries none). */
  localPref: number;
  /** MED as carried; null = absent (compared as 0). */
  med: number | null;
  weight: number;
  origin: BgpOrigin;
  ebgp: boolean;
  locallyOriginated: boolean;
}

export interface RouteRival {
  candidate: RouteCandidate;
  /** The first step of bgp_path_info_cmp(best, candidate) that decided for the best path.
   * 'Older Path' marks a tie FRR breaks by arrival order (see RibEntry.arrivalOrderDependent). */
  beatenAt: BestPathStep;
}

export interface RibEntry {
  best: RouteCandidate | null;
  /** The multipath set installed in the FIB, best first (size 1 without ECMP). */
  ecmp: RouteCandidate[];
  /** Every valid path the router holds for the prefix (Adj-RIB-In after policy, plus local). */
  candidates: RouteCandidate[];
  /** Every candidate other than the best, with the step at which the best beat it. */
  rivals: RouteRival[];
  /** What FRR may print as `selectionReason`: it reports only its LAST pairwise comparison, so
   * any rival's `beatenAt` can appear. 'First path received' when there is one candidate. */
  possibleReasons: BestPathStep[];
  /** True when the best path beat a rival only by FRR's "keep the older path" rule (both eBGP,
   * compare-routerid off): the real router's choice then depends on arrival order. The engine
   * shows the path FRR picks when no path is selected yet (lower router-id). */
  arrivalOrderDependent: boolean;
}

export type SessionType = 'ebgp' | 'ibgp';

export interface SessionResult {
  linkId: string;
  /** The link's source and target node ids. */
  a: string;
  b: string;
  type: SessionType;
  state: 'up' | 'down';
  /** Why the session is down: the failure that took it, or a design problem. */
  downReason?: string;
  aAddress: string;
  bAddress: string;
  aAsn: number;
  bAsn: number;
  /** Negotiated timers in effect (the smaller hold of the two sides, after the timer profile). */
  keepaliveS: number;
  holdS: number;
  /** BFD on this session (links whose detection mechanism is BFD). */
  bfd: { intervalMs: number; multiplier: number } | null;
  /** Prefixes advertised each way once converged (after outbound policy). */
  advertisedAtoB: string[];
  advertisedBtoA: string[];
}

/** The BGP knobs a router runs with: per-router settings falling back to design.settings.bgp. */
export interface EffectiveBgp {
  asn: number;
  routerId: string;
  defaultLocalPref: number;
  maximumPaths: number;
  compareRouterId: boolean;
  alwaysCompareMed: boolean;
  deterministicMed: boolean;
  multipathRelax: boolean;
  allowasIn: number | null;
  asOverride: boolean;
  /** Whether the router re-advertises routes learned from one eBGP neighbour to another. */
  givesTransit: boolean;
}

/** The attributes one policy sets, as the engine applied them. */
export interface AppliedPolicy {
  policyId: string;
  /** Empty = every prefix. */
  prefixes: string[];
  set: { weight?: number; localPref?: number; med?: number; asPathPrepend?: number };
}

/** One BGP neighbour of a router, exactly as the engine models the session: what the exporters
 * render and the lab compares. Policies apply in document order; when several match a route,
 * each field takes the value of the LAST matching policy that sets it. */
export interface NeighborView {
  linkId: string;
  peerNode: string;
  peerAsn: number;
  peerAddress: string;
  localAddress: string;
  type: SessionType;
  /** iBGP sessions run next-hop-self (no IGP: the next hop is the directly connected peer). */
  nextHopSelf: boolean;
  inbound: AppliedPolicy[];
  outbound: AppliedPolicy[];
  /** False when the router only sends its own prefixes to this peer (no transit). */
  advertisesLearnedRoutes: boolean;
}

export interface RouterView {
  nodeId: string;
  bgp: EffectiveBgp;
  loopback: string;
  /** Prefixes the router originates (network statements): weight 32768, origin IGP, MED 0. */
  originates: string[];
  neighbors: NeighborView[];
}

// ---------------------------------------------------------------------------------------------
// Steering and flows
// ---------------------------------------------------------------------------------------------

export type FlowState = 'ok' | 'sla-miss' | 'compliance-block' | 'dropped' | 'unreachable';

export type ExclusionReason = 'sla' | 'jurisdiction' | 'inspection';

/** One forwarding path and the share of the flow's demand it carries (ECMP / load-balance). */
export interface FlowPath {
  /** Node ids, source site first, destination last. */
  path: string[];
  links: string[];
  share: number;
  egressHub: string | null;
  latencyMs: number;
  jitterMs: number;
  lossPct: number;
  /** Smallest link bandwidth on the path. */
  bandwidthMbps: number;
}

/** A route the site holds for the destination, as a steering option. */
export interface SteeringCandidate {
  /** The neighbour and link the site would send on. */
  viaNode: string;
  viaLink: string;
  /** Beyond the first hop: each router's own best paths (ECMP splits evenly). */
  paths: FlowPath[];
  egressHub: string | null;
  latencyMs: number;
  jitterMs: number;
  lossPct: number;
  /** Sum of the monthly cost of the links on the path (what lowest-cost ranks by). */
  pathCostPerMonth: number;
  /** Position of the route in the site's BGP order (0 = best). */
  bgpRank: number;
  /** In the site's BGP multipath set. */
  bgpEcmp: boolean;
  meetsSla: boolean;
  /** Empty = allowed. 'sla' is listed when it misses the SLA; the others are hard exclusions. */
  excludedBy: ExclusionReason[];
  /** Human reasons for each exclusion ("hub-ams is in NL, outside US"). */
  exclusionDetails: string[];
  chosen: boolean;
  share: number;
}

export type SteeringRule =
  | { kind: 'pbr'; ruleId: string }
  | { kind: 'strategy'; strategy: Strategy }
  | { kind: 'fallback'; fallback: 'follow-bgp' | 'best-quality' | 'drop' }
  | { kind: 'none' };

export interface FlowExplanation {
  /** One or two sentences a person can read. */
  summary: string;
  /** The site's BGP decision for the prefix the flow uses. */
  bgp: {
    node: string;
    prefix: string;
    best: RouteCandidate | null;
    decidingStep: BestPathStep | null;
    possibleReasons: BestPathStep[];
    rivals: RouteRival[];
    arrivalOrderDependent: boolean;
  } | null;
  /** Which rule picked the path, and what it said. */
  steering: { rule: SteeringRule; detail: string };
  candidates: SteeringCandidate[];
  /** Steps of the reasoning in order, for the "why" panel. */
  steps: string[];
}

export interface Flow {
  /** `${site}|${trafficClass}|${destination}`: stable across recomputes and scenarios. */
  id: string;
  site: string;
  trafficClass: string;
  destination: string;
  /** The destination prefix the flow is addressed to, and the route (longest match) used. */
  destinationPrefix: string;
  matchedPrefix: string | null;
  /** The last hub on the primary path; null when it breaks out locally or is not delivered. */
  egressHub: string | null;
  /** Primary path (the largest share): node ids and link ids. Empty when not delivered. */
  path: string[];
  links: string[];
  /** Every path with its share (ECMP / load-balance); shares sum to 1 when delivered. */
  paths: FlowPath[];
  /** Of the primary path (worst over paths for SLA purposes is in meetsSla). */
  latencyMs: number;
  jitterMs: number;
  lossPct: number;
  demandMbps: number;
  /** Demand actually carried (0 when dropped / blocked / unreachable). */
  deliveredMbps: number;
  /** The flow's share of the monthly cost of the links it uses, by its share of their load. */
  costPerMonth: number;
  meetsSla: boolean;
  compliant: boolean;
  state: FlowState;
  explanation: FlowExplanation;
  /** Return traffic enters through a different hub than the flow left by (breaks stateful
   * inspection). */
  returnAsymmetric: boolean;
  /** The hubs the return path crosses (destination → site), for display. */
  returnHubs: string[];
}

// ---------------------------------------------------------------------------------------------
// Load and cost
// ---------------------------------------------------------------------------------------------

export interface LinkLoad {
  linkId: string;
  loadMbps: number;
  capacityMbps: number;
  /** loadMbps / capacityMbps (0 when the capacity is 0 and nothing flows). */
  utilisation: number;
  overCapacity: boolean;
  flows: string[];
}

export interface HubLoad {
  hubId: string;
  /** Demand egressing through this hub. */
  loadMbps: number;
  capacityMbps: number;
  utilisation: number;
  overCapacity: boolean;
  /** Sum of the cost of the flows egressing here. */
  costPerMonth: number;
  flows: string[];
}

export interface Totals {
  flows: number;
  byState: Record<FlowState, number>;
  demandMbps: number;
  deliveredMbps: number;
  /** Demand not delivered (dropped, blocked, unreachable), said so per flow. */
  undeliveredMbps: number;
  /** Monthly cost of every link that is up. */
  costPerMonth: number;
  overloadedLinks: number;
  overloadedHubs: number;
}

// ---------------------------------------------------------------------------------------------
// The result
// ---------------------------------------------------------------------------------------------

export interface EngineResult {
  /** The addressing plan the tie-breaks used (model/planAddresses): exporters use the same. */
  addressing: AddressPlan;
  /** Timer profile the convergence figures assume. */
  timers: TimerProfile;
  /** Which RIB entries are materialised (see RibScope). */
  ribScope: 'all' | 'flows';
  /** Failures applied (empty for the baseline). */
  failures: Failure[];
  /** Per router: its knobs, originated prefixes and neighbours with their policies. */
  routers: Record<string, RouterView>;
  sessions: SessionResult[];
  /** ribs[nodeId][prefix]: the router's view of the prefix. */
  ribs: Record<string, Record<string, RibEntry>>;
  /** False when the policies did not converge (see diagnostic `bgp.diverged`): the RIBs are the
   * state after the iteration limit and the flows are computed on it. */
  converged: boolean;
  flows: Flow[];
  linkLoads: LinkLoad[];
  hubLoads: HubLoad[];
  totals: Totals;
}

// ---------------------------------------------------------------------------------------------
// Failures, scenarios and convergence
// ---------------------------------------------------------------------------------------------

export interface ConvergencePhases {
  /** Until the router next to the failure notices it. */
  detectionS: number;
  /** BGP update propagation and best-path recompute up to the site. */
  propagationS: number;
  /** FIB/data-plane update. */
  fibS: number;
  totalS: number;
}

export type DetectionKind =
  | 'interface-down'
  | 'next-hop-unreachable'
  | 'bfd'
  | 'bgp-hold'
  | 'sdwan-probe'
  | 'ipsec-dpd'
  | 'none';

export interface FlowConvergence {
  flowId: string;
  /** The failed element on the flow's old path that triggered the move. */
  trigger: { kind: FailureTargetKind; id: string; mode: FailureMode } | null;
  detection: DetectionKind;
  mechanism: DetectionMechanism | null;
  phases: ConvergencePhases;
  /** Plausible measured range (the lab compares against it). */
  range: { minS: number; maxS: number };
  /** BGP hops from the detecting router to the site. */
  hops: number;
  note: string;
}

export interface FlowChange {
  flowId: string;
  site: string;
  trafficClass: string;
  destination: string;
  before: { state: FlowState; egressHub: string | null; path: string[] };
  after: { state: FlowState; egressHub: string | null; path: string[] };
}

export interface ScenarioDiff {
  /** Delivered before and after, on a different path. */
  moved: FlowChange[];
  /** Delivered before, not delivered after. */
  dropped: FlowChange[];
  /** Flows meeting the SLA before that miss it after. */
  newSlaMisses: string[];
  /** Flows compliant before that are blocked by compliance after. */
  newComplianceBlocks: string[];
  /** Links and hubs over capacity after, not before. */
  newOverloads: string[];
  /** Every flow whose outcome changed in any way. */
  changed: string[];
}

export interface ScenarioResult {
  failures: Failure[];
  result: EngineResult;
  diff: ScenarioDiff;
  /** One entry per moved or dropped flow. */
  convergence: FlowConvergence[];
  worstConvergenceS: number;
}

export interface ScenarioOutput {
  scenario: ScenarioResult;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Resilience sweep
// ---------------------------------------------------------------------------------------------

export type ElementKind = 'link' | 'node' | 'circuit' | 'region';

export interface ElementRef {
  kind: ElementKind;
  /** Link / node / circuit id, or `provider:region` for a region. */
  id: string;
}

export interface SweepScenario {
  element: ElementRef;
  failures: Failure[];
  moved: number;
  dropped: number;
  newSlaMisses: number;
  newComplianceBlocks: number;
  newOverloads: string[];
  /** Flow ids that stop being delivered. */
  breaks: string[];
  /** Flow ids that move. */
  moves: string[];
  undeliveredMbps: number;
  worstConvergenceS: number;
  /** 0..1: undelivered demand plus a fifth of moved demand, over total demand. */
  criticality: number;
}

export interface SinglePointOfFailure {
  element: ElementRef;
  site: string;
  trafficClass: string;
  /** The class is marked critical (fails `egress check`). */
  critical: boolean;
  /** Flows of this site and class that stop being delivered. */
  flows: string[];
}

export interface ResilienceReport {
  /** Ranked, most critical first. */
  scenarios: SweepScenario[];
  singlePointsOfFailure: SinglePointOfFailure[];
  /** Element id → criticality 0..1 (links, nodes, circuits, regions), for a heat map. */
  criticality: Record<string, number>;
  worstConvergenceS: number;
  /** True when shouldCancel stopped the sweep early (scenarios hold what was done). */
  cancelled: boolean;
}

export interface SweepProgress {
  done: number;
  total: number;
  element: ElementRef;
}

export interface SweepOptions {
  timers?: TimerProfile;
  onProgress?: (progress: SweepProgress) => void;
  shouldCancel?: () => boolean;
}

export interface SweepOutput {
  report: ResilienceReport;
  diagnostics: Diagnostic[];
}
