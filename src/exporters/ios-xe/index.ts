// Cisco IOS-XE exporter: one ios-xe.cfg per device (BGP with explicit route-maps and prefix-lists,
// IKEv2/IPsec static VTIs, PBR route-maps, IP SLA + track, BFD).
import type { Exporter } from '../types';
import { renderIosXe } from './render';

export const iosXeExporter: Exporter = {
  id: 'ios-xe',
  label: 'Cisco IOS-XE 17 (ios-xe.cfg)',
  capabilities: { bgp: true, routeMaps: true, bfd: true, pbr: true, slaProbes: true, ipsec: true, wireguard: false },
  render: renderIosXe,
};
