// Juniper Junos exporter: one junos.conf per device (policy-options, BGP groups, SRX IKE/IPsec
// with st0 units, multipath, BFD, filter-based forwarding for PBR).
import type { Exporter } from '../types';
import { renderJunos } from './render';

export const junosExporter: Exporter = {
  id: 'junos',
  label: 'Juniper Junos / SRX (junos.conf)',
  capabilities: { bgp: true, routeMaps: true, bfd: true, pbr: true, slaProbes: false, ipsec: true, wireguard: false },
  render: renderJunos,
};
