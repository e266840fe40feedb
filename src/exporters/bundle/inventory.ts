// inventory.json: what the bundle configures, machine-readable (nodes with addresses, BGP
// sessions, tunnels, files with their SHA-256). Built from the device model, so it states
// exactly what the files say.
import type { DeviceModel } from '../../devices/types';

export interface Inventory {
  design: string;
  generatedAt: string;
  nodes: {
    id: string;
    name: string;
    kind: string;
    platform: string;
    asn: number;
    routerId: string;
    loopback: string;
    interfaces: { name: string; role: string; address?: string; link?: string; peer?: string }[];
    originates: string[];
  }[];
  sessions: {
    link: string;
    type: 'ebgp' | 'ibgp';
    a: { node: string; address: string; asn: number; interface: string };
    b: { node: string; address: string; asn: number; interface: string };
    keepaliveS: number;
    holdS: number;
    bfd: { intervalMs: number; multiplier: number } | null;
  }[];
  tunnels: {
    link: string;
    kind: 'ipsec' | 'wireguard';
    a: { node: string; outer: string; inner: string; interface: string; listenPort?: number };
    b: { node: string; outer: string; inner: string; interface: string; listenPort?: number };
  }[];
  files: { path: string; sha256: string; bytes: number }[];
}

export function buildInventory(
  designName: string,
  generatedAt: string,
  devices: readonly DeviceModel[],
  files: Inventory['files'],
): Inventory {
  const sessions: Inventory['sessions'] = [];
  const tunnels: Inventory['tunnels'] = [];
  const seenSessions = new Set<string>();
  const seenTunnels = new Set<string>();
  const byId = new Map(devices.map((d) => [d.nodeId, d]));
  for (const device of devices) {
    for (const n of device.bgp.neighbors) {
      if (seenSessions.has(n.linkId)) continue;
      seenSessions.add(n.linkId);
      const peer = byId.get(n.peerNodeId)?.bgp.neighbors.find((m) => m.linkId === n.linkId);
      const bfd = device.bfdPeers.find((b) => b.linkId === n.linkId);
      sessions.push({
        link: n.linkId,
        type: n.type,
        a: { node: device.nodeId, address: n.localAddress, asn: device.bgp.asn, interface: n.interfaceName },
        b: { node: n.peerNodeId, address: n.peerAddress, asn: n.remoteAsn, interface: peer?.interfaceName ?? '' },
        keepaliveS: n.timers.keepaliveS,
        holdS: n.timers.holdS,
        bfd: bfd ? { intervalMs: bfd.intervalMs, multiplier: bfd.multiplier } : null,
      });
    }
    for (const t of device.tunnels) {
      if (seenTunnels.has(t.linkId)) continue;
      seenTunnels.add(t.linkId);
      const end = (e: typeof t.local, port?: number) => ({
        node: e.nodeId,
        outer: e.outerAddress,
        inner: `${e.innerAddress}/${e.prefixLength}`,
        interface: e.interfaceName,
        ...(port !== undefined ? { listenPort: port } : {}),
      });
      tunnels.push({
        link: t.linkId,
        kind: t.kind,
        a: end(t.local, t.wireguard?.listenPort),
        b: end(t.remote, t.wireguard?.remoteListenPort),
      });
    }
  }
  return {
    design: designName,
    generatedAt,
    nodes: devices.map((d) => ({
      id: d.nodeId,
      name: d.description,
      kind: d.kind,
      platform: d.platform,
      asn: d.bgp.asn,
      routerId: d.routerId,
      loopback: d.loopback,
      interfaces: d.interfaces.map((i) => ({
        name: i.name,
        role: i.role,
        ...(i.address !== undefined ? { address: `${i.address}/${i.prefixLength}` } : {}),
        ...(i.linkId ? { link: i.linkId } : {}),
        ...(i.peerNodeId ? { peer: i.peerNodeId } : {}),
      })),
      originates: d.bgp.networks,
    })),
    sessions,
    tunnels,
    files,
  };
}
