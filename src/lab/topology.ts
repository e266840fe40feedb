// Builds a design as real routers: a namespace per node, a veth pair per link named as the
// device model names the interfaces (tunnels become plain links), FRR started everywhere in
// parallel, then every frr.conf pushed. On any error the caller tears the host down.
import type { DeviceModel } from '../devices/types';
import type { RouterConfig } from './configs';
import { type LabHost, namespaceName, type RouterHandle, type VethEnd } from './netns';
import { LabError } from './run';

export interface BuiltLab {
  host: LabHost;
  /** nodeId -> the router's namespace and FRR run directory. */
  routers: Map<string, RouterHandle>;
  devices: Map<string, DeviceModel>;
  /** linkId -> the two interfaces carrying it (for faults). */
  linkEnds: Map<string, { nodeId: string; namespace: string; ifname: string }[]>;
  /** Seconds taken to build (namespaces, daemons, configs pushed). */
  buildS: number;
}

/** Runs `work` over `items` with at most `limit` at a time (2 cores: don't fork 30 daemons at once). */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(workers);
}

export async function buildTopology(host: LabHost, configs: readonly RouterConfig[]): Promise<BuiltLab> {
  const started = Date.now();
  const routers = new Map<string, RouterHandle>();
  const devices = new Map(configs.map((c) => [c.device.nodeId, c.device]));
  const namespaces = new Map(configs.map((c) => [c.device.nodeId, namespaceName()]));
  const nsOf = (nodeId: string): string => {
    const ns = namespaces.get(nodeId);
    if (!ns) throw new LabError(`no router for node '${nodeId}'`);
    return ns;
  };

  await inBatches([...namespaces.values()], 8, (ns) => host.addNamespace(ns));

  // One veth pair per design link; each end takes the name the device model gave that interface.
  const linkEnds = new Map<string, { nodeId: string; namespace: string; ifname: string }[]>();
  for (const device of devices.values()) {
    for (const iface of device.interfaces) {
      if (!iface.linkId) continue;
      const ends = linkEnds.get(iface.linkId) ?? [];
      ends.push({ nodeId: device.nodeId, namespace: nsOf(device.nodeId), ifname: iface.name });
      linkEnds.set(iface.linkId, ends);
    }
  }
  const pairs: [VethEnd, VethEnd][] = [];
  for (const [linkId, ends] of linkEnds) {
    const [a, b] = ends;
    if (!a || !b || ends.length !== 2) throw new LabError(`link '${linkId}' does not have exactly two interfaces`);
    pairs.push([a, b]);
  }
  // A LAN port (where PBR applies) has no link: give it a veth whose peer stays in the namespace.
  for (const device of devices.values()) {
    for (const iface of device.interfaces.filter((i) => i.role === 'lan')) {
      const ns = nsOf(device.nodeId);
      pairs.push([
        { namespace: ns, ifname: iface.name },
        { namespace: ns, ifname: `${iface.name}p` },
      ]);
    }
  }
  await host.addVeths(pairs);

  await inBatches(configs, 4, async (c) => {
    routers.set(c.device.nodeId, await host.startFrr(nsOf(c.device.nodeId)));
  });
  await inBatches(configs, 4, async (c) => {
    const router = routers.get(c.device.nodeId);
    if (router) await host.pushConfig(router, c.frrConf, c.device.nodeId);
  });
  return { host, routers, devices, linkEnds, buildS: (Date.now() - started) / 1000 };
}
