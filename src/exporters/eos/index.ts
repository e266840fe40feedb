// Arista EOS exporter: one eos.cfg per device (router bgp, route-maps, prefix-lists,
// maximum-paths, BFD, PBR policy-maps). IPsec, WireGuard and SLA probes become warnings.
import type { Exporter } from '../types';
import { renderEos } from './render';

export const eosExporter: Exporter = {
  id: 'eos',
  label: 'Arista EOS (eos.cfg)',
  capabilities: { bgp: true, routeMaps: true, bfd: true, pbr: true, slaProbes: false, ipsec: false, wireguard: false },
  render: renderEos,
};
