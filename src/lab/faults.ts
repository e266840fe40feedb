// Failure injection in a built lab, and its undo. A hard failure takes interfaces down (the
// neighbour sees carrier loss at once); a silent one leaves them up and drops every packet with
// nftables inside the namespace (no netem in this kernel), so only BFD or the hold timer notice.
import type { Design, Failure } from '../model/types';
import { LabError, runOrThrow } from './run';
import type { BuiltLab } from './topology';

export interface InterfaceRef {
  nodeId: string;
  namespace: string;
  ifname: string;
}

export interface AppliedFault {
  /** Human description: "link a-east down", "silent loss on node hub-east". */
  description: string;
  /** Nodes that are down or isolated as a whole: not compared afterwards. */
  failedNodes: Set<string>;
  /** Links whose sessions are expected to go down. */
  failedLinks: Set<string>;
  undo(): Promise<void>;
}

let tableCounter = 0;

/** The links and nodes a failure takes, resolved against the design. */
export function failureTargets(design: Design, failure: Failure): { links: string[]; nodes: string[] } {
  switch (failure.kind) {
    case 'link':
      return { links: design.links.filter((l) => l.id === failure.target).map((l) => l.id), nodes: [] };
    case 'circuit':
      return { links: design.links.filter((l) => l.circuit === failure.target).map((l) => l.id), nodes: [] };
    case 'node':
      return { links: [], nodes: design.nodes.filter((n) => n.id === failure.target).map((n) => n.id) };
    case 'provider':
      return {
        links: [],
        nodes: design.nodes.filter((n) => n.kind === 'cloud' && n.provider === failure.target).map((n) => n.id),
      };
    case 'region':
      return {
        links: [],
        nodes: design.nodes
          .filter((n) => n.kind === 'cloud' && `${n.provider}:${n.region}` === failure.target)
          .map((n) => n.id),
      };
  }
}

/** Every interface a set of failed links and nodes touches; a failed node contributes its own ends. */
function interfacesOf(lab: BuiltLab, links: readonly string[], nodes: readonly string[]): InterfaceRef[] {
  const refs: InterfaceRef[] = [];
  for (const linkId of links) refs.push(...(lab.linkEnds.get(linkId) ?? []));
  for (const nodeId of nodes) {
    for (const ends of lab.linkEnds.values()) refs.push(...ends.filter((e) => e.nodeId === nodeId));
  }
  return refs;
}

export async function injectFailures(
  lab: BuiltLab,
  design: Design,
  failures: readonly Failure[],
): Promise<AppliedFault> {
  const undos: (() => Promise<void>)[] = [];
  const failedNodes = new Set<string>();
  const failedLinks = new Set<string>();
  const descriptions: string[] = [];
  try {
    for (const failure of failures) {
      const { links, nodes } = failureTargets(design, failure);
      if (links.length === 0 && nodes.length === 0) {
        throw new LabError(`failure ${failure.kind} '${failure.target}' matches nothing in the design`);
      }
      if (failure.mode === 'degrade') {
        throw new LabError(
          `failure ${failure.kind} '${failure.target}': the lab injects hard and silent failures only`,
        );
      }
      for (const n of nodes) failedNodes.add(n);
      for (const l of links) failedLinks.add(l);
      for (const ends of lab.linkEnds.entries()) {
        if (ends[1].some((e) => nodes.includes(e.nodeId))) failedLinks.add(ends[0]);
      }
      const refs = interfacesOf(lab, links, nodes);
      if (failure.mode === 'silent') {
        // Dropping at one end of a link loses both directions; a silent node drops on all its ports.
        const perNamespace = new Map<string, string[]>();
        for (const ref of nodes.length > 0 ? refs : refs.slice(0, 1)) {
          perNamespace.set(ref.namespace, [...(perNamespace.get(ref.namespace) ?? []), ref.ifname]);
        }
        for (const [namespace, ifnames] of perNamespace) undos.push(await dropSilently(namespace, ifnames));
        descriptions.push(`silent loss on ${failure.kind} ${failure.target}`);
      } else {
        await setLinks(refs, 'down');
        undos.push(() => setLinks(refs, 'up'));
        descriptions.push(`${failure.kind} ${failure.target} down`);
      }
    }
  } catch (error) {
    for (const undo of undos.reverse()) await undo().catch(() => undefined);
    throw error;
  }
  return {
    description: descriptions.join(', '),
    failedNodes,
    failedLinks,
    undo: async () => {
      for (const undo of undos.reverse()) await undo();
    },
  };
}

/** One `ip -batch` per namespace, all at once: a node's ports go down within milliseconds of
 * each other instead of one process spawn apart (which skewed node-failure timings by 0.5 s). */
async function setLinks(refs: readonly InterfaceRef[], state: 'up' | 'down'): Promise<void> {
  const perNamespace = new Map<string, string[]>();
  for (const r of refs)
    perNamespace.set(r.namespace, [...(perNamespace.get(r.namespace) ?? []), `link set ${r.ifname} ${state}`]);
  await Promise.all(
    [...perNamespace].map(([namespace, lines]) =>
      runOrThrow('ip', ['-n', namespace, '-batch', '-'], { input: `${lines.join('\n')}\n` }),
    ),
  );
}

/** nft rules in the namespace dropping everything in, out and through the interfaces. */
export function nftDropRuleset(table: string, ifnames: readonly string[]): string {
  const set = `{ ${ifnames.map((i) => `"${i}"`).join(', ')} }`;
  return [
    `table inet ${table} {`,
    `  chain in { type filter hook input priority -10; policy accept; iifname ${set} drop; }`,
    `  chain out { type filter hook output priority -10; policy accept; oifname ${set} drop; }`,
    `  chain through { type filter hook forward priority -10; policy accept; iifname ${set} drop; oifname ${set} drop; }`,
    '}',
    '',
  ].join('\n');
}

async function dropSilently(namespace: string, ifnames: readonly string[]): Promise<() => Promise<void>> {
  tableCounter += 1;
  const table = `egress_fault_${tableCounter}`;
  await runOrThrow('ip', ['netns', 'exec', namespace, 'nft', '-f', '-'], { input: nftDropRuleset(table, ifnames) });
  return async () => {
    await runOrThrow('ip', ['netns', 'exec', namespace, 'nft', 'delete', 'table', 'inet', table]);
  };
}
