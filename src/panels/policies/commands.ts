// Policy edits as pure commands (design → design), applied through updateDesign by the forms.
// Each returns the design unchanged when the edit is a no-op, so nothing enters undo history.
import {
  type BgpPolicy,
  type Design,
  type PbrRule,
  type RouterBgp,
  type TrafficClass,
  TrafficClassSchema,
  uniqueId,
  valueForId,
} from '../../model';

/** Colours for new classes, picked in turn so neighbours on the canvas differ. */
export const CLASS_COLOURS = ['#2563eb', '#16a34a', '#dc2626', '#a855f7', '#ea580c', '#0891b2', '#ca8a04', '#db2777'];

export function newClass(design: Design, name = 'New class'): TrafficClass {
  const id = uniqueId(name, new Set(design.trafficClasses.map((c) => c.id)));
  const color = CLASS_COLOURS[design.trafficClasses.length % CLASS_COLOURS.length]!;
  return TrafficClassSchema.parse({ id, name, color });
}

export function addClass(design: Design, tc: TrafficClass): Design {
  return { ...design, trafficClasses: [...design.trafficClasses, tc] };
}

export function updateClass(design: Design, id: string, recipe: (c: TrafficClass) => TrafficClass): Design {
  return updateIn(design, 'trafficClasses', id, recipe);
}

/** Removes the class and what only makes sense with it: site demands, PBR matches on it. */
export function removeClass(design: Design, id: string): Design {
  if (!design.trafficClasses.some((c) => c.id === id)) return design;
  return {
    ...design,
    trafficClasses: design.trafficClasses.filter((c) => c.id !== id),
    nodes: design.nodes.map((n) => {
      if (n.kind !== 'site' || !(id in n.demandMbps)) return n;
      const { [id]: _removed, ...demandMbps } = n.demandMbps;
      return { ...n, demandMbps };
    }),
    pbrRules: design.pbrRules.map((r) => {
      if (r.match.trafficClass !== id) return r;
      const { trafficClass: _removed, ...match } = r.match;
      return { ...r, match };
    }),
  };
}

/** Sets (or with undefined clears) one site's demand for a class. */
export function setSiteDemand(design: Design, siteId: string, classId: string, mbps: number | undefined): Design {
  const site = design.nodes.find((n) => n.id === siteId);
  if (site?.kind !== 'site' || valueForId(site.demandMbps, classId) === mbps) return design;
  const { [classId]: _old, ...rest } = site.demandMbps;
  const demandMbps = mbps === undefined ? rest : { ...rest, [classId]: mbps };
  return { ...design, nodes: design.nodes.map((n) => (n === site ? { ...site, demandMbps } : n)) };
}

export function newBgpPolicy(design: Design): BgpPolicy {
  const id = uniqueId('policy', new Set(design.bgpPolicies.map((p) => p.id)));
  const router = design.nodes.find((n) => n.kind === 'site')?.id ?? design.nodes[0]?.id ?? '*';
  return { id, router, direction: 'in', prefixes: [], set: { localPref: 200 } };
}

export function addBgpPolicy(design: Design, policy: BgpPolicy): Design {
  return { ...design, bgpPolicies: [...design.bgpPolicies, policy] };
}

export function updateBgpPolicy(design: Design, id: string, recipe: (p: BgpPolicy) => BgpPolicy): Design {
  return updateIn(design, 'bgpPolicies', id, recipe);
}

export function removeBgpPolicy(design: Design, id: string): Design {
  return removeIn(design, 'bgpPolicies', id);
}

export function newPbrRule(design: Design): PbrRule {
  const id = uniqueId('rule', new Set(design.pbrRules.map((r) => r.id)));
  const hub = design.nodes.find((n) => n.kind === 'hub')?.id;
  return {
    id,
    appliesTo: ['*'],
    match: { dscp: [], protocol: 'any', ports: [], destinationPrefixes: [] },
    action: hub ? { egressHub: hub } : { drop: true },
  };
}

export function addPbrRule(design: Design, rule: PbrRule): Design {
  return { ...design, pbrRules: [...design.pbrRules, rule] };
}

export function updatePbrRule(design: Design, id: string, recipe: (r: PbrRule) => PbrRule): Design {
  return updateIn(design, 'pbrRules', id, recipe);
}

export function removePbrRule(design: Design, id: string): Design {
  return removeIn(design, 'pbrRules', id);
}

/** Moves a rule by `delta` places (first match wins, so order is meaning); clamps at the ends. */
export function movePbrRule(design: Design, id: string, delta: number): Design {
  const from = design.pbrRules.findIndex((r) => r.id === id);
  if (from < 0) return design;
  const to = Math.max(0, Math.min(design.pbrRules.length - 1, from + delta));
  if (to === from) return design;
  const rules = [...design.pbrRules];
  const [rule] = rules.splice(from, 1);
  rules.splice(to, 0, rule!);
  return { ...design, pbrRules: rules };
}

/** Sets one BGP knob on a router; undefined returns it to the design default. */
export function setRouterKnob<K extends keyof RouterBgp>(
  design: Design,
  nodeId: string,
  key: K,
  value: RouterBgp[K] | undefined,
): Design {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node || node.bgp[key] === value) return design;
  const bgp = { ...node.bgp };
  if (value === undefined) delete bgp[key];
  else bgp[key] = value;
  return { ...design, nodes: design.nodes.map((n) => (n === node ? { ...node, bgp } : n)) };
}

type Keyed = 'trafficClasses' | 'bgpPolicies' | 'pbrRules';

function updateIn<K extends Keyed>(
  design: Design,
  key: K,
  id: string,
  recipe: (item: Design[K][number]) => Design[K][number],
): Design {
  const list = design[key] as Design[K][number][];
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return design;
  const next = recipe(list[index]!);
  if (next === list[index]) return design;
  const copy = [...list];
  copy[index] = next;
  return { ...design, [key]: copy };
}

function removeIn(design: Design, key: Keyed, id: string): Design {
  const list = design[key] as { id: string }[];
  if (!list.some((item) => item.id === id)) return design;
  return { ...design, [key]: list.filter((item) => item.id !== id) };
}

/** Adds or removes one selector (`*`, `tag:x`, a site id) from a scope list. Picking something
 * specific replaces "every site"; a scope never becomes empty (an empty scope selects nothing). */
export function toggleSelector(scope: readonly string[], selector: string): string[] {
  if (scope.includes(selector)) {
    const rest = scope.filter((s) => s !== selector);
    return rest.length > 0 ? rest : [...scope];
  }
  if (selector === '*') return ['*'];
  return [...scope.filter((s) => s !== '*'), selector];
}
