// design.pbrRules -> one PBR policy per node, applied on the LAN port. A rule matching several
// prefixes / DSCP values / port ranges becomes one entry per combination (most platforms match
// one value per entry). The next hop is the neighbour's address on the first link (document
// order) to the neighbour the rule names, or to the hub it egresses through.
import type { Design, DesignNode, PbrRule } from '../model/types';
import type { BuildOptions } from './build';
import { selects } from './selectors';
import type { DeviceInterface, DeviceProblem, PbrEntry, PbrPolicy, SlaProbe } from './types';

interface LinkEnd {
  peer: DesignNode;
  link: { id: string };
  peerAddress: string;
}

export function buildPbr(
  design: Design,
  node: DesignNode,
  ends: LinkEnd[],
  interfaces: Map<string, DeviceInterface>,
  options: BuildOptions,
  problems: DeviceProblem[],
  probes: SlaProbe[],
): PbrPolicy | null {
  const rules = design.pbrRules.filter((r) => r.appliesTo.some((s) => selects(s, node)));
  if (rules.length === 0) return null;
  const entries: PbrEntry[] = [];
  for (const rule of rules) {
    const action = actionOf(rule, node, ends, interfaces, options, problems);
    if (!action) continue;
    const trackProbeId =
      action.kind === 'next-hop' ? probes.find((p) => p.targetAddress === action.address)?.id : undefined;
    for (const match of expandMatch(design, rule, problems)) {
      entries.push({
        seq: (entries.length + 1) * 10,
        ruleId: rule.id,
        description: rule.name ?? rule.id,
        match,
        action,
        ...(trackProbeId ? { trackProbeId } : {}),
      });
    }
  }
  return { name: `PBR-${node.id}`, interfaces: ['lan0'], rules: entries };
}

function actionOf(
  rule: PbrRule,
  node: DesignNode,
  ends: LinkEnd[],
  interfaces: Map<string, DeviceInterface>,
  options: BuildOptions,
  problems: DeviceProblem[],
): PbrEntry['action'] | null {
  if (rule.action.drop) return { kind: 'drop' };
  let neighbor = rule.action.nextHop;
  if (!neighbor && rule.action.egressHub) {
    const hub = rule.action.egressHub;
    neighbor = ends.some((e) => e.peer.id === hub) ? hub : options.nextHopToward?.(node.id, hub);
    if (!neighbor) {
      problems.push({
        severity: 'warning',
        elementId: rule.id,
        message: `PBR rule '${rule.id}' on '${node.id}': hub '${hub}' is not a direct neighbour and no path to it is known: rule not exported`,
      });
      return null;
    }
  }
  if (!neighbor) {
    problems.push({
      severity: 'warning',
      elementId: rule.id,
      message: `PBR rule '${rule.id}' has no action: not exported`,
    });
    return null;
  }
  const end = ends.find((e) => e.peer.id === neighbor);
  if (!end) {
    problems.push({
      severity: 'warning',
      elementId: rule.id,
      message: `PBR rule '${rule.id}' on '${node.id}': next hop '${neighbor}' is not a direct neighbour: rule not exported`,
    });
    return null;
  }
  const iface = interfaces.get(`${node.id}|${end.link.id}`)!;
  return { kind: 'next-hop', address: end.peerAddress, interfaceName: iface.name, peerNodeId: end.peer.id };
}

function expandMatch(design: Design, rule: PbrRule, problems: DeviceProblem[]): PbrEntry['match'][] {
  const cls = rule.match.trafficClass ? design.trafficClasses.find((c) => c.id === rule.match.trafficClass) : undefined;
  if (rule.match.trafficClass && !cls) {
    problems.push({
      severity: 'warning',
      elementId: rule.id,
      message: `PBR rule '${rule.id}' refers to traffic class '${rule.match.trafficClass}', which does not exist`,
    });
  }
  const pick = <T>(own: T[], fromClass: T[] | undefined): T[] => (own.length > 0 ? own : (fromClass ?? []));
  const prefixes = pick(rule.match.destinationPrefixes, cls?.match.destinationPrefixes);
  const sources = cls?.match.sourcePrefixes ?? [];
  const dscps = pick(rule.match.dscp, cls?.match.dscp);
  const ports = pick(rule.match.ports, cls?.match.ports);
  const protocol = rule.match.protocol !== 'any' ? rule.match.protocol : (cls?.match.protocol ?? 'any');
  const out: PbrEntry['match'][] = [];
  for (const destinationPrefix of orNone(prefixes)) {
    for (const sourcePrefix of orNone(sources)) {
      for (const dscp of orNone(dscps)) {
        for (const port of orNone(ports)) {
          const match: PbrEntry['match'] = { protocol };
          if (destinationPrefix) match.destinationPrefix = destinationPrefix;
          if (sourcePrefix) match.sourcePrefix = sourcePrefix;
          if (dscp !== undefined) match.dscp = dscp;
          if (port) {
            const [from, to] = port.split('-').map(Number);
            match.ports = { from: from!, to: to ?? from! };
          }
          out.push(match);
        }
      }
    }
  }
  return out;
}

function orNone<T>(values: T[]): (T | undefined)[] {
  return values.length > 0 ? values : [undefined];
}
