// FRR 8.4 exporter: integrated frr.conf (bgpd, bfdd, pbrd, staticd).
import type { Exporter } from '../types';
import { renderFrr } from './render';

export const frrExporter: Exporter = {
  id: 'frr',
  label: 'FRR 8.4 (frr.conf)',
  capabilities: { bgp: true, routeMaps: true, bfd: true, pbr: true, slaProbes: false, ipsec: false, wireguard: false },
  render: renderFrr,
};
