// The resilience heat map: how much breaks when each element fails. Colours are scaled to the
// most critical element of this design, so the worst always reads red; labels give the counts.
// Single points of failure carry a badge naming the classes they cut off.
import type { ResilienceReport, SweepScenario } from '../../engine/types';
import type { Design } from '../../model';
import type { CanvasOverlay, EdgeDecoration, NodeDecoration } from '../overlay-types';
import { criticalityColor } from './heat';

export function criticalityOverlay(design: Design, report: ResilienceReport): CanvasOverlay {
  // Sites and destinations are not rated: losing one always cuts its own traffic, which would
  // drown the hubs, links and circuits the architect can actually make redundant.
  const endpoints = new Set(design.nodes.filter((n) => n.kind !== 'hub').map((n) => n.id));
  const regions = new Set(design.nodes.flatMap((n) => (n.kind === 'cloud' ? [`${n.provider}:${n.region}`] : [])));
  const rated = Object.entries(report.criticality).filter(([id]) => !endpoints.has(id) && !regions.has(id));
  const max = Math.max(0, ...rated.map(([, v]) => v).filter(Number.isFinite));
  const scaled = (id: string | undefined) => {
    const v = id === undefined ? undefined : report.criticality[id];
    return v !== undefined && max > 0 ? Math.max(0, v) / max : 0;
  };
  const scenarioOf = new Map<string, SweepScenario>();
  for (const s of report.scenarios) scenarioOf.set(`${s.element.kind}:${s.element.id}`, s);
  const spofClasses = new Map<string, Set<string>>();
  for (const spof of report.singlePointsOfFailure) {
    const set = spofClasses.get(spof.element.id) ?? new Set<string>();
    set.add(spof.trafficClass);
    spofClasses.set(spof.element.id, set);
  }

  const edges: Record<string, EdgeDecoration> = {};
  for (const link of design.links) {
    // A link on a shared circuit is as critical as the circuit.
    const own = scaled(link.id);
    const viaCircuit = scaled(link.circuit);
    const score = Math.min(1, Math.max(own, viaCircuit));
    const scenario = scenarioOf.get(`link:${link.id}`);
    const breaks = scenario?.breaks.length ?? 0;
    const moves = scenario?.moves.length ?? 0;
    if (score === 0 && breaks === 0 && moves === 0) {
      edges[link.id] = { dimmed: true, label: 'no impact' };
      continue;
    }
    const spof = spofClasses.get(link.id) ?? (link.circuit ? spofClasses.get(link.circuit) : undefined);
    edges[link.id] = {
      color: criticalityColor(score),
      width: Math.round((2 + 6 * score) * 10) / 10,
      heat: score,
      label: [spof ? 'SPOF' : null, breaks > 0 ? `breaks ${breaks}` : null, moves > 0 ? `moves ${moves}` : null]
        .filter(Boolean)
        .join(' · '),
    };
  }

  const nodes: Record<string, NodeDecoration> = {};
  for (const node of design.nodes) {
    const classes = spofClasses.get(node.id);
    if (node.kind !== 'hub') {
      nodes[node.id] = classes ? { badges: [{ kind: 'spof', label: `SPOF: ${[...classes].sort().join(', ')}` }] } : {};
      continue;
    }
    const score = Math.min(1, scaled(node.id));
    const decoration: NodeDecoration = { heat: score };
    if (score === 0 && !classes) decoration.dimmed = true;
    if (classes) decoration.badges = [{ kind: 'spof', label: `SPOF: ${[...classes].sort().join(', ')}` }];
    nodes[node.id] = decoration;
  }
  return { nodes, edges };
}
