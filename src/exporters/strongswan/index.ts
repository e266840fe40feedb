// strongSwan exporter: swanctl.conf (IKEv2, route-based with XFRM interfaces).
import type { Exporter } from '../types';
import { renderStrongswan } from './render';

export const strongswanExporter: Exporter = {
  id: 'strongswan',
  label: 'strongSwan (swanctl.conf)',
  capabilities: {
    bgp: false,
    routeMaps: false,
    bfd: false,
    pbr: false,
    slaProbes: false,
    ipsec: true,
    wireguard: false,
  },
  render: renderStrongswan,
};
