// Sensible starting values for new elements, so a drawn design computes something plausible
// before the user has typed a number. Figures are planning values, not measurements.
import type { DetectionMechanism, Encapsulation, NodeKind, Transport } from './enums';
import type { DesignLink, Detection } from './types';

export interface LinkMetrics {
  latencyMs: number;
  jitterMs: number;
  lossPct: number;
  bandwidthMbps: number;
  costPerMonth: number;
}

export const TRANSPORT_DEFAULTS: Readonly<Record<Transport, LinkMetrics>> = {
  mpls: { latencyMs: 30, jitterMs: 2, lossPct: 0.01, bandwidthMbps: 100, costPerMonth: 1500 },
  internet: { latencyMs: 40, jitterMs: 8, lossPct: 0.2, bandwidthMbps: 500, costPerMonth: 200 },
  cellular: { latencyMs: 60, jitterMs: 20, lossPct: 1, bandwidthMbps: 50, costPerMonth: 120 },
  'cloud-interconnect': { latencyMs: 5, jitterMs: 1, lossPct: 0.01, bandwidthMbps: 1000, costPerMonth: 2500 },
};

export const TRANSPORT_LABELS: Readonly<Record<Transport, string>> = {
  mpls: 'MPLS',
  internet: 'Internet broadband',
  cellular: '4G/5G',
  'cloud-interconnect': 'Direct Connect / ExpressRoute / Interconnect',
};

export const ENCAPSULATION_LABELS: Readonly<Record<Encapsulation, string>> = {
  none: 'none',
  ipsec: 'IPsec (IKEv2)',
  wireguard: 'WireGuard',
};

/** Detection defaults per mechanism, from shared/DOMAIN.md. */
export const DETECTION_DEFAULTS: Readonly<Record<DetectionMechanism, Detection>> = {
  // FRR traditional profile: keepalive 60 s, hold 180 s.
  bgp: baseDetection('bgp'),
  // FRR bfdd: 300 ms x 3 = 0.9 s.
  bfd: baseDetection('bfd'),
  // Fortinet health check: 500 ms x 5 = 2.5 s.
  'sdwan-probe': baseDetection('sdwan-probe'),
  // AWS site-to-site VPN DPD timeout 40 s.
  'ipsec-dpd': baseDetection('ipsec-dpd'),
};

function baseDetection(mechanism: DetectionMechanism): Detection {
  return {
    mechanism,
    bgpKeepaliveS: 60,
    bgpHoldS: 180,
    bfdIntervalMs: 300,
    bfdMultiplier: 3,
    probeIntervalMs: 500,
    probeFailures: 5,
    dpdTimeoutS: 40,
  };
}

/** The mechanism a new link gets: tunnels are watched by their own liveness, MPLS/interconnect by BFD. */
export function defaultMechanism(transport: Transport, encapsulation: Encapsulation): DetectionMechanism {
  if (encapsulation === 'ipsec') return 'ipsec-dpd';
  if (encapsulation === 'wireguard') return 'bfd'; // WireGuard has no liveness of its own
  if (transport === 'internet' || transport === 'cellular') return 'sdwan-probe';
  return 'bfd';
}

/** Seconds until a silent failure is noticed, by the link's mechanism. */
export function detectionSeconds(d: Detection): number {
  switch (d.mechanism) {
    case 'bgp':
      return d.bgpHoldS;
    case 'bfd':
      return (d.bfdIntervalMs * d.bfdMultiplier) / 1000;
    case 'sdwan-probe':
      return (d.probeIntervalMs * d.probeFailures) / 1000;
    case 'ipsec-dpd':
      return d.dpdTimeoutS;
  }
}

export function defaultLink(
  id: string,
  source: string,
  target: string,
  transport: Transport,
  encapsulation: Encapsulation = 'none',
): DesignLink {
  return {
    id,
    source,
    target,
    transport,
    encapsulation,
    ...TRANSPORT_DEFAULTS[transport],
    detection: DETECTION_DEFAULTS[defaultMechanism(transport, encapsulation)],
    addressing: {},
  };
}

/** The transport a new link between two node kinds most likely is. */
export function guessTransport(a: NodeKind, b: NodeKind): { transport: Transport; encapsulation: Encapsulation } {
  const kinds = new Set([a, b]);
  if (kinds.has('cloud')) return { transport: 'cloud-interconnect', encapsulation: 'none' };
  if (kinds.has('internet')) return { transport: 'internet', encapsulation: 'none' };
  if (kinds.has('site') && kinds.has('hub')) return { transport: 'internet', encapsulation: 'ipsec' };
  return { transport: 'mpls', encapsulation: 'none' };
}
