// Which exporters run for which device. Default: the node's own platform, plus WireGuard files
// where it has WireGuard tunnels and swanctl.conf where it has IPsec tunnels its own platform
// cannot configure (FRR, EOS); IOS-XE and Junos configure IPsec themselves.
import type { DeviceModel } from '../../devices/types';
import { getExporter } from '../index';
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
  const nativeIpsec = getExporter(device.platform)?.capabilities.ipsec ?? false;
  if (!nativeIpsec && device.tunnels.some((t) => t.kind === 'ipsec')) out.push('strongswan');
  return out;
}

function isList(choice: PlatformChoice): choice is readonly PlatformId[] {
  return Array.isArray(choice);
}
