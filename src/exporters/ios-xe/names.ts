// Device-model interface names (Linux style: lo, lan0, eth0.., xfrm0.., wg0..) -> IOS-XE names.
// Port 1 is the LAN port; link ports follow from GigabitEthernet2 in the design's link order.
// The file's header lists the mapping so a deployer can re-map to the real chassis.
import type { DeviceInterface } from '../../devices/types';

export function iosInterfaceName(iface: Pick<DeviceInterface, 'role' | 'index'>): string | null {
  switch (iface.role) {
    case 'loopback':
      return 'Loopback0';
    case 'lan':
      return `GigabitEthernet${iface.index + 1}`;
    case 'physical':
      return `GigabitEthernet${iface.index + 2}`;
    case 'ipsec':
      // The tunnel number is the model's if_id (index + 1), the same key the strongSwan end uses.
      return `Tunnel${iface.index + 1}`;
    case 'wireguard':
      return null;
  }
}
