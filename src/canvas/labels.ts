// Short human labels for the canvas and panels.
import type { CloudProvider, DesignLink, DesignNode } from '../model';

export const PROVIDER_LABELS: Readonly<Record<CloudProvider, string>> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  alibaba: 'Alibaba Cloud',
  oracle: 'Oracle Cloud',
  other: 'Other cloud',
};

/** Short provider names for the badge on a cloud node's icon. */
export const PROVIDER_BADGES: Readonly<Record<CloudProvider, string>> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'GCP',
  alibaba: 'Alibaba',
  oracle: 'OCI',
  other: 'Cloud',
};

/** The interconnect product each provider sells, for link labels ("Direct Connect"). */
export const INTERCONNECT_NAMES: Readonly<Record<CloudProvider, string>> = {
  aws: 'Direct Connect',
  azure: 'ExpressRoute',
  gcp: 'Cloud Interconnect',
  alibaba: 'Express Connect',
  oracle: 'FastConnect',
  other: 'Interconnect',
};

/** The second line under a node's name. */
export function nodeSubtitle(node: DesignNode): string {
  const where = node.location.city ? `${node.location.city}, ${node.location.country}` : node.location.country;
  switch (node.kind) {
    case 'site':
      return `${node.role === 'hq' ? 'HQ' : node.role === 'datacenter' ? 'Data centre' : 'Branch'} · ${where}`;
    case 'hub':
      return `Egress hub · ${where}`;
    case 'cloud':
      return `${PROVIDER_LABELS[node.provider]} · ${node.region}`;
    case 'internet':
      return node.service ? `${node.service} · ${where}` : `Internet · ${where}`;
  }
}

const SHORT_TRANSPORT: Readonly<Record<DesignLink['transport'], string>> = {
  mpls: 'MPLS',
  internet: 'Internet',
  cellular: '4G/5G',
  'cloud-interconnect': 'Interconnect',
};

/** A link's short label: transport, tunnel, latency. */
export function linkLabel(link: DesignLink, cloudProvider?: CloudProvider): string {
  const transport =
    link.transport === 'cloud-interconnect' && cloudProvider
      ? INTERCONNECT_NAMES[cloudProvider]
      : SHORT_TRANSPORT[link.transport];
  const tunnel = link.encapsulation === 'ipsec' ? ' + IPsec' : link.encapsulation === 'wireguard' ? ' + WG' : '';
  return `${transport}${tunnel} · ${link.latencyMs} ms`;
}
