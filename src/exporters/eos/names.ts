// Device-model interface names -> EOS names. Ethernet1 is the LAN port; link ports follow from
// Ethernet2 in the design's link order. Tunnels are not exported (see render.ts).
import type { DeviceInterface } from '../../devices/types';

export function eosInterfaceName(iface: Pick<DeviceInterface, 'role' | 'index'>): string | null {
  switch (iface.role) {
    case 'loopback':
      return 'Loopback0';
    case 'lan':
      return `Ethernet${iface.index + 1}`;
    case 'physical':
      return `Ethernet${iface.index + 2}`;
    case 'ipsec':
    case 'wireguard':
      return null;
  }
}
