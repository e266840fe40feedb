// Which exporters run for which device. Default: the node's own platform, plus WireGuard files
// where it has WireGuard tunnels and swanctl.conf where an FRR node has IPsec tunnels (the
// vendor platforms configure IPsec themselves).
import type { DeviceModel } from '../../devices/types';
import type { PlatformId } from '../types';

export type PlatformChoice = 'auto' | readonly PlatformId[] | Readonly<Record<string, readonly PlatformId[]>>;

export function platformsFor(device: DeviceModel, choice: PlatformChoice): PlatformId[] {
  if (choice === 'auto') return defaultPlatforms(device);
  if (isList(choice)) return [...choice];
  return [...(choice[device.nodeId] ?? defaultPlatforms(device))];
}

export function defaultPlatforms(device: DeviceModel): PlatformId[] {
  const out: PlatformId[] = [device.platform];
  if (device.tunnels.some((t) => t.kind === 'wireguard')) out.push('wireguard');
  if (device.platform === 'frr' && device.tunnels.some((t) => t.kind === 'ipsec')) out.push('strongswan');
  return out;
}

function isList(choice: PlatformChoice): choice is readonly PlatformId[] {
  return Array.isArray(choice);
}
