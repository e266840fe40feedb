// The resilience heat map: what breaks when each element fails, in three bands the legend names
// (heat.ts CRITICALITY_BANDS): traffic only moves; flows break; a critical class is cut off.
// Within a band, elements are ordered by how much demand they affect, relative to this design's
// worst. Single points of failure carry a badge naming the classes they cut off.
import type { ResilienceReport, SweepScenario } from '../../engine/types';
import type { Design } from '../../model';
import type { CanvasOverlay, EdgeDecoration, NodeDecoration } from '../overlay-types';
import { criticalityColor } from './heat';

/** Heat 0..1 per element id (`kind:id` keys) from the sweep. */
export type HeatIndex = Map<string, number>;

const key = (kind: string, id: string) => `${kind}:${id}`;

/** Scores every scenario of the report. Sites and destinations are not rated (their loss always
 * cuts their own traffic, which would drown the hubs, links and circuits the architect can make
 * redundant); cloud regions are. */
export function heatIndex(design: Design, report: ResilienceReport): HeatIndex {
  const endpoints = new Set(design.nodes.filter((n) => n.kind !== 'hub').map((n) => n.id));
  const rated = report.scenarios.filter((s) => !(s.element.kind === 'node' && endpoints.has(s.element.id)));
  const criticalSpofs = new Set(
    report.singlePointsOfFailure.filter((s) => s.critical).map((s) => key(s.element.kind, s.element.id)),
  );
  const maxUndelivered = Math.max(0, ...rated.filter((s) => s.breaks.length > 0).map((s) => s.undeliveredMbps));
  const maxMoved = Math.max(0, ...rated.filter((s) => s.breaks.length === 0).map((s) => s.criticality));
  const heat: HeatIndex = new Map();
  for (const s of rated) heat.set(key(s.element.kind, s.element.id), score(s, criticalSpofs, maxUndelivered, maxMoved));
  return heat;
}

function score(s: SweepScenario, criticalSpofs: Set<string>, maxUndelivered: number, maxMoved: number): number {
  const rel = (v: number, max: number) => (max > 0 && Number.isFinite(v) ? Math.min(1, Math.max(0, v) / max) : 0);
  if (criticalSpofs.has(key(s.element.kind, s.element.id))) return 1;
  if (s.breaks.length > 0) return 0.4 + 0.25 * rel(s.undeliveredMbps, maxUndelivered);
  if (s.moves.length > 0 || s.newSlaMisses > 0 || s.newOverloads.length > 0)
    return 0.05 + 0.25 * rel(s.criticality, maxMoved);
  return 0;
}

export function criticalityOverlay(design: Design, report: ResilienceReport): CanvasOverlay {
  const heat = heatIndex(design, report);
  const scenarioOf = new Map<string, SweepScenario>();
  for (const s of report.scenarios) scenarioOf.set(key(s.element.kind, s.element.id), s);
  const spofClasses = new Map<string, Set<string>>();
  for (const spof of report.singlePointsOfFailure) {
    const set = spofClasses.get(spof.element.id) ?? new Set<string>();
    set.add(spof.trafficClass);
    spofClasses.set(spof.element.id, set);
  }
  const spofBadge = (classes: Set<string>) => [
    { kind: 'spof' as const, label: `SPOF: ${[...classes].sort().join(', ')}` },
  ];

  const edges: Record<string, EdgeDecoration> = {};
  for (const link of design.links) {
    // A link on a shared circuit is as critical as the circuit (they fail together).
    const own = heat.get(key('link', link.id)) ?? 0;
    const viaCircuit = link.circuit ? (heat.get(key('circuit', link.circuit)) ?? 0) : 0;
    const value = Math.max(own, viaCircuit);
    const scenario =
      viaCircuit > own && link.circuit
        ? scenarioOf.get(key('circuit', link.circuit))
        : scenarioOf.get(key('link', link.id));
    const breaks = scenario?.breaks.length ?? 0;
    const moves = scenario?.moves.length ?? 0;
    if (value === 0) {
      edges[link.id] = { dimmed: true, label: 'no impact' };
      continue;
    }
    const spof = spofClasses.get(link.id) ?? (link.circuit ? spofClasses.get(link.circuit) : undefined);
    edges[link.id] = {
      color: criticalityColor(value),
      width: Math.round((2 + 6 * value) * 10) / 10,
      heat: value,
      label: [
        spof ? 'SPOF' : null,
        viaCircuit > own ? `circuit ${link.circuit}` : null,
        breaks > 0 ? `breaks ${breaks}` : null,
        moves > 0 ? `moves ${moves}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    };
  }

  const nodes: Record<string, NodeDecoration> = {};
  for (const node of design.nodes) {
    const classes = spofClasses.get(node.id);
    if (node.kind !== 'hub') {
      nodes[node.id] = classes ? { badges: spofBadge(classes) } : {};
      continue;
    }
    const value = heat.get(key('node', node.id)) ?? 0;
    const decoration: NodeDecoration = { heat: value };
    if (value === 0 && !classes) decoration.dimmed = true;
    if (classes) decoration.badges = spofBadge(classes);
    nodes[node.id] = decoration;
  }
  return { nodes, edges };
}
