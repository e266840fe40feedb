// Design -> one DeviceModel per node. Pure and deterministic: same design, same devices. Every
// address comes from planAddresses (the plan the engine uses for its tie-breaks).
import { planAddresses } from '../model/addressing';
import type { Design, DesignLink, DesignNode } from '../model/types';
import { buildPbr } from './pbr';
import { buildPolicies } from './policies';
import { givesTransit } from './selectors';
import type {
  BfdPeer,
  BgpNeighbor,
  DeviceInterface,
  DeviceModel,
  DeviceProblem,
  DeviceSet,
  InterfaceRole,
  SlaProbe,
  Tunnel,
  TunnelEndpoint,
} from './types';

export interface BuildOptions {
  /** Lab timers: BGP keepalive 1 s / hold 3 s, BFD 100 ms x 3, connect retry 1 s, MRAI 0. */
  fastTimers?: boolean;
  /** The neighbour a node sends traffic to on its way to a hub that is not directly connected
   * (from the engine's paths); PBR rules steering to such a hub need it. */
  nextHopToward?: (nodeId: string, hubId: string) => string | undefined;
}

export const WIREGUARD_BASE_PORT = 51820;
export const WIREGUARD_ROTATION_DAYS = 90;
/** strongSwan-style lifetimes: rekey well before the hard lifetime (+10 %). */
export const IKE_REKEY_S = 14400;
export const ESP_REKEY_S = 3600;

const FAST = { keepaliveS: 1, holdS: 3, bfdIntervalMs: 100, bfdMultiplier: 3 } as const;

interface End {
  node: DesignNode;
  peer: DesignNode;
  link: DesignLink;
  address: string;
  peerAddress: string;
  prefixLength: number;
  isSource: boolean;
}

export function buildDevices(design: Design, options: BuildOptions = {}): DeviceSet {
  const plan = planAddresses(design);
  const problems: DeviceProblem[] = plan.problems.map((p) => ({
    severity: 'error',
    elementId: p.elementId,
    message: p.message,
  }));
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));

  // Each node's link ends in document order; interface names are assigned per role in that order.
  const ends = new Map<string, End[]>(design.nodes.map((n) => [n.id, []]));
  for (const link of design.links) {
    const source = nodes.get(link.source);
    const target = nodes.get(link.target);
    const addresses = plan.links[link.id];
    if (!source || !target || !addresses || source === target) {
      problems.push({ severity: 'error', elementId: link.id, message: `link '${link.id}' has no valid ends: skipped` });
      continue;
    }
    const { sourceAddress, targetAddress, prefixLength } = addresses;
    ends.get(source.id)!.push({
      node: source,
      peer: target,
      link,
      address: sourceAddress,
      peerAddress: targetAddress,
      prefixLength,
      isSource: true,
    });
    ends.get(target.id)!.push({
      node: target,
      peer: source,
      link,
      address: targetAddress,
      peerAddress: sourceAddress,
      prefixLength,
      isSource: false,
    });
  }

  const interfaceNames = new Map<string, DeviceInterface>(); // `${nodeId}|${linkId}` -> interface
  for (const node of design.nodes) {
    const counters: Record<InterfaceRole, number> = { loopback: 0, physical: 0, wireguard: 0, ipsec: 0, lan: 0 };
    for (const end of ends.get(node.id)!) {
      const role = roleOf(end.link);
      const index = counters[role]++;
      interfaceNames.set(`${node.id}|${end.link.id}`, {
        name: `${PREFIX[role]}${index}`,
        role,
        index,
        linkId: end.link.id,
        description: `${end.peer.name} (${end.link.name ?? end.link.id})`,
        address: end.address,
        prefixLength: end.prefixLength,
        peerAddress: end.peerAddress,
        peerNodeId: end.peer.id,
      });
    }
  }

  const devices = design.nodes.map((node) =>
    buildDevice(design, node, ends.get(node.id)!, plan.routers, interfaceNames, options, problems),
  );
  // One policy can warn once per session it applies to: say each thing once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.severity}|${p.elementId}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { devices, problems: unique };
}

const PREFIX: Record<InterfaceRole, string> = {
  loopback: 'lo',
  physical: 'eth',
  wireguard: 'wg',
  ipsec: 'xfrm',
  lan: 'lan',
};

function roleOf(link: DesignLink): InterfaceRole {
  if (link.encapsulation === 'wireguard') return 'wireguard';
  if (link.encapsulation === 'ipsec') return 'ipsec';
  return 'physical';
}

function buildDevice(
  design: Design,
  node: DesignNode,
  nodeEnds: End[],
  routers: Record<string, { routerId: string; loopback: string }>,
  interfaceNames: Map<string, DeviceInterface>,
  options: BuildOptions,
  problems: DeviceProblem[],
): DeviceModel {
  const addresses = routers[node.id] ?? { routerId: '0.0.0.0', loopback: '0.0.0.0' };
  const settings = design.settings.bgp;
  const interfaces: DeviceInterface[] = [
    {
      name: 'lo',
      role: 'loopback',
      index: 0,
      description: 'router-id and tunnel source',
      address: addresses.loopback,
      prefixLength: 32,
    },
  ];
  const neighbors: BgpNeighbor[] = [];
  const bfdPeers: BfdPeer[] = [];
  const probes: SlaProbe[] = [];
  const tunnels: Tunnel[] = [];
  const transit = givesTransit(node);
  const policies = buildPolicies(design, node, transit, problems);

  for (const end of nodeEnds) {
    const iface = interfaceNames.get(`${node.id}|${end.link.id}`)!;
    interfaces.push(iface);
    const detection = { ...end.link.detection };
    const bfd = detection.mechanism === 'bfd';
    const type = end.peer.asn === node.asn ? 'ibgp' : 'ebgp';
    const maps = policies.forNeighbor(end.peer, end.link.id);
    neighbors.push({
      linkId: end.link.id,
      peerNodeId: end.peer.id,
      peerAddress: end.peerAddress,
      localAddress: end.address,
      interfaceName: iface.name,
      remoteAsn: end.peer.asn,
      type,
      description: `${end.peer.name} (${end.link.name ?? end.link.id})`,
      nextHopSelf: type === 'ibgp',
      allowasIn: node.bgp.allowasIn ?? 0,
      asOverride: type === 'ebgp' && (node.bgp.asOverride ?? false),
      bfd,
      timers: options.fastTimers
        ? { keepaliveS: FAST.keepaliveS, holdS: FAST.holdS, connectRetryS: 1, advertisementIntervalS: 0 }
        : { keepaliveS: detection.bgpKeepaliveS, holdS: detection.bgpHoldS },
      detection,
      routeMapIn: maps.routeMapIn,
      routeMapOut: maps.routeMapOut,
      // iBGP peers still get eBGP-learned routes (as the engine models it); no transit is about other ASes.
      ...(transit || type === 'ibgp' ? {} : { outFilter: policies.ownPrefixList }),
    });
    if (bfd) {
      bfdPeers.push({
        peerAddress: end.peerAddress,
        localAddress: end.address,
        interfaceName: iface.name,
        linkId: end.link.id,
        intervalMs: options.fastTimers ? FAST.bfdIntervalMs : detection.bfdIntervalMs,
        multiplier: options.fastTimers ? FAST.bfdMultiplier : detection.bfdMultiplier,
      });
    }
    if (detection.mechanism === 'sdwan-probe') {
      probes.push({
        id: probes.length + 1,
        linkId: end.link.id,
        kind: 'icmp-echo',
        targetAddress: end.peerAddress,
        sourceAddress: end.address,
        intervalMs: detection.probeIntervalMs,
        failures: detection.probeFailures,
      });
    }
    if (end.link.encapsulation !== 'none') {
      const peerIface = interfaceNames.get(`${end.peer.id}|${end.link.id}`)!;
      tunnels.push(buildTunnel(end, iface, peerIface, routers));
    }
  }

  const networks = [...node.prefixes];
  const pbr = buildPbr(design, node, nodeEnds, interfaceNames, options, problems, probes);
  if (pbr) {
    interfaces.push({ name: 'lan0', role: 'lan', index: 0, description: 'LAN: user traffic enters here' });
  }

  return {
    nodeId: node.id,
    hostname: node.id,
    description: node.name,
    kind: node.kind,
    platform: node.platform,
    routerId: addresses.routerId,
    loopback: addresses.loopback,
    interfaces,
    bgp: {
      asn: node.asn,
      routerId: addresses.routerId,
      maximumPaths: node.bgp.maximumPaths ?? settings.maximumPaths,
      compareRouterId: node.bgp.compareRouterId ?? settings.compareRouterId,
      alwaysCompareMed: node.bgp.alwaysCompareMed ?? settings.alwaysCompareMed,
      deterministicMed: node.bgp.deterministicMed ?? settings.deterministicMed,
      multipathRelax: node.bgp.multipathRelax ?? settings.multipathRelax,
      defaultLocalPref: settings.defaultLocalPref,
      networks,
      neighbors,
    },
    staticRoutes: networks.map((prefix) => ({
      prefix,
      nextHop: 'blackhole',
      description: 'anchors the originated prefix',
    })),
    prefixLists: policies.prefixLists,
    routeMaps: policies.routeMaps,
    pbr,
    tunnels,
    probes,
    bfdPeers,
  };
}

function buildTunnel(
  end: End,
  iface: DeviceInterface,
  peerIface: DeviceInterface,
  routers: Record<string, { routerId: string; loopback: string }>,
): Tunnel {
  const endpoint = (node: DesignNode, i: DeviceInterface): TunnelEndpoint => ({
    nodeId: node.id,
    hostname: node.id,
    outerAddress: routers[node.id]?.loopback ?? '0.0.0.0',
    innerAddress: i.address!,
    prefixLength: i.prefixLength!,
    interfaceName: i.name,
  });
  const base = {
    linkId: end.link.id,
    description: `${end.node.name} - ${end.peer.name} (${end.link.name ?? end.link.id})`,
    local: endpoint(end.node, iface),
    remote: endpoint(end.peer, peerIface),
  };
  if (end.link.encapsulation === 'wireguard') {
    return {
      ...base,
      kind: 'wireguard',
      wireguard: {
        localKeyRef: `wg:${end.node.id}:${end.link.id}`,
        remoteKeyRef: `wg:${end.peer.id}:${end.link.id}`,
        listenPort: WIREGUARD_BASE_PORT + iface.index,
        remoteListenPort: WIREGUARD_BASE_PORT + peerIface.index,
        allowedIps: ['0.0.0.0/0'],
        persistentKeepaliveS: 0,
        rotationDays: WIREGUARD_ROTATION_DAYS,
      },
    };
  }
  const dpdTimeoutS = end.link.detection.dpdTimeoutS;
  return {
    ...base,
    kind: 'ipsec',
    ipsec: {
      ikeVersion: 2,
      ike: {
        encryption: 'aes256gcm16',
        prf: 'prfsha384',
        dhGroups: ['ecp384', 'x25519'],
        rekeyS: IKE_REKEY_S,
        lifetimeS: Math.round(IKE_REKEY_S * 1.1),
      },
      esp: {
        encryption: 'aes256gcm16',
        dhGroups: ['ecp384', 'x25519'],
        rekeyS: ESP_REKEY_S,
        lifetimeS: Math.round(ESP_REKEY_S * 1.1),
      },
      pskRef: `psk:${end.link.id}`,
      initiator: end.isSource,
      localTs: ['0.0.0.0/0'],
      remoteTs: ['0.0.0.0/0'],
      ifId: iface.index + 1,
      dpdDelayS: Math.max(1, Math.floor(dpdTimeoutS / 4)),
      dpdTimeoutS,
    },
  };
}
