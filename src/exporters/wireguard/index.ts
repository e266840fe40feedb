// WireGuard exporter: wg-quick files, one per tunnel interface.
import type { Exporter } from '../types';
import { renderWireguard } from './render';

export const wireguardExporter: Exporter = {
  id: 'wireguard',
  label: 'WireGuard (wg-quick)',
  capabilities: {
    bgp: false,
    routeMaps: false,
    bfd: false,
    pbr: false,
    slaProbes: false,
    ipsec: false,
    wireguard: true,
  },
  render: renderWireguard,
};
