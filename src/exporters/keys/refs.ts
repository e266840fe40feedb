// Every key a set of devices needs, so a key store can create missing ones before rendering
// (KeySource is synchronous; WebCrypto is not).
import type { DeviceModel } from '../../devices/types';

export interface KeyRefs {
  /** `wg:<nodeId>:<linkId>`: one X25519 key pair per WireGuard interface. */
  wireguard: string[];
  /** `psk:<linkId>`: one pre-shared key per IPsec tunnel, shared by both ends. */
  psk: string[];
}

export function listKeyRefs(devices: readonly DeviceModel[]): KeyRefs {
  const wireguard = new Set<string>();
  const psk = new Set<string>();
  for (const device of devices) {
    for (const tunnel of device.tunnels) {
      if (tunnel.wireguard) wireguard.add(tunnel.wireguard.localKeyRef);
      if (tunnel.ipsec) psk.add(tunnel.ipsec.pskRef);
    }
  }
  return { wireguard: [...wireguard].sort(), psk: [...psk].sort() };
}
