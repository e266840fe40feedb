// Device-model interface names -> Junos interface and unit. ge-0/0/0 is the LAN port; link ports
// follow from ge-0/0/1 in the design's link order; IPsec tunnels are st0 units numbered by the
// model's if_id. The file's header lists the mapping so a deployer can re-map to the chassis.
import type { DeviceInterface } from '../../devices/types';

export interface JunosInterface {
  /** ge-0/0/1, lo0, st0 */
  physical: string;
  unit: number;
}

export function junosInterface(iface: Pick<DeviceInterface, 'role' | 'index'>): JunosInterface | null {
  switch (iface.role) {
    case 'loopback':
      return { physical: 'lo0', unit: 0 };
    case 'lan':
      return { physical: `ge-0/0/${iface.index}`, unit: 0 };
    case 'physical':
      return { physical: `ge-0/0/${iface.index + 1}`, unit: 0 };
    case 'ipsec':
      return { physical: 'st0', unit: iface.index + 1 };
    case 'wireguard':
      return null;
  }
}

export const unitName = (i: JunosInterface) => `${i.physical}.${i.unit}`;
