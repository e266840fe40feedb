// Closed vocabularies of the design document. Each list is data so forms, the schema, lint and
// exporters all read the same values; adding a member is a schema change (add a migration).

export const NODE_KINDS = ['site', 'hub', 'cloud', 'internet'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const PLATFORMS = ['frr', 'ios-xe', 'junos', 'eos'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SITE_ROLES = ['hq', 'branch', 'datacenter'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export const SECURITY_FUNCTIONS = ['firewall', 'ips', 'swg'] as const;
export type SecurityFunction = (typeof SECURITY_FUNCTIONS)[number];

export const CLOUD_PROVIDERS = ['aws', 'azure', 'gcp', 'alibaba', 'oracle', 'other'] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

/** The underlay a link rides on. `cloud-interconnect` is AWS Direct Connect, Azure ExpressRoute,
 * GCP Interconnect, Alibaba Express Connect or OCI FastConnect, named by the cloud end's provider. */
export const TRANSPORTS = ['mpls', 'internet', 'cellular', 'cloud-interconnect'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const ENCAPSULATIONS = ['none', 'ipsec', 'wireguard'] as const;
export type Encapsulation = (typeof ENCAPSULATIONS)[number];

/** How a link's failure is noticed when the interface stays up (a silent failure). */
export const DETECTION_MECHANISMS = ['bgp', 'bfd', 'sdwan-probe', 'ipsec-dpd'] as const;
export type DetectionMechanism = (typeof DETECTION_MECHANISMS)[number];

/** Steering strategies, with Fortinet SD-WAN / Cisco AAR semantics (see shared/DOMAIN.md). */
export const STRATEGIES = ['follow-bgp', 'manual', 'best-quality', 'lowest-cost-sla', 'load-balance-sla'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** What a class does when no candidate meets its SLA. */
export const SLA_FALLBACKS = ['follow-bgp', 'best-quality', 'drop'] as const;
export type SlaFallback = (typeof SLA_FALLBACKS)[number];

export const PROTOCOLS = ['any', 'tcp', 'udp', 'icmp'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const FAILURE_TARGET_KINDS = ['link', 'node', 'circuit', 'region', 'provider'] as const;
export type FailureTargetKind = (typeof FAILURE_TARGET_KINDS)[number];

/** hard: interface down, seen at once. silent: packets lost with the interface up, seen by the
 * link's detection mechanism. degrade: the link stays up with added latency and loss. */
export const FAILURE_MODES = ['hard', 'silent', 'degrade'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export const BGP_DIRECTIONS = ['in', 'out'] as const;
export type BgpDirection = (typeof BGP_DIRECTIONS)[number];
