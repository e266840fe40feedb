// Reading the routers: BGP tables and session states, with bounded waits for "every session
// Established" and "tables stable" (two identical polls a second apart, shared/FRR-LAB.md).
import { type ObservedTable, parseBgpTable, parseNeighbors } from './frr-json';
import { LabError, sleep } from './run';
import type { BuiltLab } from './topology';

export async function readTables(lab: BuiltLab, nodes?: Iterable<string>): Promise<Record<string, ObservedTable>> {
  const ids = nodes ? [...nodes] : [...lab.routers.keys()];
  const entries = await Promise.all(
    ids.map(async (id) => {
      const router = lab.routers.get(id);
      if (!router) throw new LabError(`no router for node '${id}'`);
      return [id, parseBgpTable(await lab.host.showJson(router, 'show bgp ipv4 unicast json'))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export interface SessionState {
  nodeId: string;
  peerAddress: string;
  linkId: string;
  state: string;
  upMs: number;
}

/** The state of every session the device models configure, per router. */
export async function readSessions(lab: BuiltLab, nodes?: Iterable<string>): Promise<SessionState[]> {
  const ids = nodes ? [...nodes] : [...lab.routers.keys()];
  const lists = await Promise.all(
    ids.map(async (id) => {
      const router = lab.routers.get(id);
      const device = lab.devices.get(id);
      if (!router || !device) throw new LabError(`no router for node '${id}'`);
      const neighbors = parseNeighbors(await lab.host.showJson(router, 'show bgp neighbors json'));
      return device.bgp.neighbors.map((n) => ({
        nodeId: id,
        peerAddress: n.peerAddress,
        linkId: n.linkId,
        state: neighbors[n.peerAddress]?.state ?? 'not configured',
        upMs: neighbors[n.peerAddress]?.upMs ?? 0,
      }));
    }),
  );
  return lists.flat();
}

/** FRR sends its first UPDATE on a new session only after the subgroup coalesce time (about
 * 1 s): a session must have been up this long before an unchanged table means "converged". */
export const MIN_SESSION_UP_MS = 2000;

/** Waits until every session (except on the links/nodes in `except`) has been Established for
 * MIN_SESSION_UP_MS. */
export async function waitEstablished(
  lab: BuiltLab,
  timeoutMs: number,
  except: { links?: ReadonlySet<string>; nodes?: ReadonlySet<string> } = {},
): Promise<number> {
  const started = Date.now();
  const nodes = [...lab.routers.keys()].filter((id) => !except.nodes?.has(id));
  for (;;) {
    const sessions = await readSessions(lab, nodes);
    const waiting = sessions.filter(
      (s) =>
        (s.state !== 'Established' || s.upMs < MIN_SESSION_UP_MS) &&
        !except.links?.has(s.linkId) &&
        !isToNode(lab, s, except.nodes),
    );
    if (waiting.length === 0) return (Date.now() - started) / 1000;
    if (Date.now() - started > timeoutMs) {
      const list = waiting
        .slice(0, 10)
        .map((s) => `${s.nodeId} -> ${s.peerAddress} (${s.linkId}): ${s.state}`)
        .join('\n  ');
      throw new LabError(`sessions not Established after ${timeoutMs / 1000} s:\n  ${list}`);
    }
    await sleep(250);
  }
}

function isToNode(lab: BuiltLab, s: SessionState, nodes: ReadonlySet<string> | undefined): boolean {
  if (!nodes) return false;
  const peer = lab.devices.get(s.nodeId)?.bgp.neighbors.find((n) => n.linkId === s.linkId)?.peerNodeId;
  return peer !== undefined && nodes.has(peer);
}

/** A table's fingerprint: what the lab compares (best, ECMP, reason), not timers or versions. */
export function fingerprint(tables: Record<string, ObservedTable>): string {
  const parts: string[] = [];
  for (const id of Object.keys(tables).sort()) {
    const table = tables[id] ?? {};
    for (const prefix of Object.keys(table).sort()) {
      const e = table[prefix];
      if (!e) continue;
      const paths = e.paths.map((p) => `${p.nextHop}/${p.valid ? 'v' : 'x'}/${p.asPath}`).join(',');
      parts.push(
        `${id} ${prefix} ${e.best?.nextHop ?? '-'} [${e.ecmpNextHops.join(',')}] ${e.selectionReason} {${paths}}`,
      );
    }
  }
  return parts.join('\n');
}

/** Polls every router until two polls a second apart are identical; returns the stable tables. */
export async function waitStable(
  lab: BuiltLab,
  timeoutMs: number,
  nodes?: Iterable<string>,
): Promise<{ tables: Record<string, ObservedTable>; waitedS: number }> {
  const started = Date.now();
  const ids = nodes ? [...nodes] : undefined;
  let previous = await readTables(lab, ids);
  for (;;) {
    await sleep(1000);
    const current = await readTables(lab, ids);
    if (fingerprint(current) === fingerprint(previous))
      return { tables: current, waitedS: (Date.now() - started) / 1000 };
    if (Date.now() - started > timeoutMs) {
      throw new LabError(`BGP tables still changing after ${timeoutMs / 1000} s`);
    }
    previous = current;
  }
}
