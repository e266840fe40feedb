// The steering view: the flows in focus drawn on the canvas. Their links take the colour of the
// class carrying the most traffic, a width by volume, and run animated in the direction of
// travel; the egress hubs stand out; links carry "traffic · utilisation" and turn the warning
// colour when over capacity; sites and hubs carry problem badges. Everything else fades.
import type { EngineResult } from '../../engine/types';
import type { Design, DesignLink } from '../../model';
import type { CanvasOverlay, EdgeDecoration, NodeDecoration, NodeHighlight } from '../overlay-types';
import { hubBadges, siteBadges } from './badges';
import { type FlowFocus, flowsInFocus, hasFocus } from './focus';
import { formatUtilisation, NEUTRAL_COLOR, WARNING_COLOR, WARNING_MIN_WIDTH, widthForMbps } from './heat';
import { dominantClass, formatMbps, type NodeRole, summariseTraffic } from './traffic';

/** Above this many highlighted links the dash animation is switched off: animating thousands of
 * SVG strokes costs every frame, and the direction is still legible from the arrows of a few. */
export const ANIMATION_LIMIT = 400;

const HIGHLIGHT: Record<NodeRole, NodeHighlight> = {
  source: 'source',
  egress: 'egress',
  transit: 'path',
  destination: 'path',
};

export interface SteeringInput {
  design: Design;
  result: EngineResult;
  focus: FlowFocus;
}

export function steeringOverlay({ design, result, focus }: SteeringInput): CanvasOverlay {
  const flows = flowsInFocus(result.flows, focus);
  const linksById = new Map<string, DesignLink>(design.links.map((l) => [l.id, l]));
  const traffic = summariseTraffic(flows, linksById);
  const classOrder = design.trafficClasses.map((c) => c.id);
  const classColor = new Map(design.trafficClasses.map((c) => [c.id, c.color]));
  const loads = new Map(result.linkLoads.map((l) => [l.linkId, l]));
  const animate = traffic.links.size <= ANIMATION_LIMIT;

  const edges: Record<string, EdgeDecoration> = {};
  for (const link of design.links) {
    const t = traffic.links.get(link.id);
    if (!t) {
      edges[link.id] = { dimmed: true };
      continue;
    }
    const load = loads.get(link.id);
    const cls = dominantClass(t, classOrder);
    const over = load?.overCapacity === true;
    const utilisation = load?.utilisation ?? 0;
    const decoration: EdgeDecoration = {
      color: over ? WARNING_COLOR : ((cls && classColor.get(cls)) ?? NEUTRAL_COLOR),
      width: over
        ? Math.max(WARNING_MIN_WIDTH, widthForMbps(t.mbps, traffic.maxLinkMbps))
        : widthForMbps(t.mbps, traffic.maxLinkMbps),
      animated: animate,
      reverse: t.reverseMbps > t.forwardMbps,
      label: over
        ? `⚠ ${formatMbps(load?.loadMbps ?? t.mbps)} on ${formatMbps(load?.capacityMbps ?? 0)} (${formatUtilisation(utilisation)})`
        : `${formatMbps(t.mbps)} · ${formatUtilisation(utilisation)}`,
      heat: heatOf(utilisation),
    };
    edges[link.id] = decoration;
  }

  const flowsBySite = groupBy(flows, (f) => f.site);
  const asymmetricByHub = new Map<string, number>();
  for (const f of flows)
    if (f.returnAsymmetric && f.egressHub)
      asymmetricByHub.set(f.egressHub, (asymmetricByHub.get(f.egressHub) ?? 0) + 1);
  const hubLoads = new Map(result.hubLoads.map((h) => [h.hubId, h]));

  const nodes: Record<string, NodeDecoration> = {};
  for (const node of design.nodes) {
    const role = traffic.nodes.get(node.id) ?? (flowsBySite.has(node.id) ? 'source' : undefined);
    const decoration: NodeDecoration = role ? { highlight: HIGHLIGHT[role] } : { dimmed: true };
    const badges =
      node.kind === 'site'
        ? siteBadges(flowsBySite.get(node.id) ?? [])
        : node.kind === 'hub'
          ? hubBadges(hubLoads.get(node.id), asymmetricByHub.get(node.id) ?? 0)
          : [];
    if (badges.length > 0) decoration.badges = badges;
    const hubLoad = node.kind === 'hub' ? hubLoads.get(node.id) : undefined;
    if (hubLoad && hubLoad.loadMbps > 0) decoration.heat = heatOf(hubLoad.utilisation);
    nodes[node.id] = decoration;
  }
  // With nothing in focus and no traffic at all (an empty design), fading everything helps nobody.
  if (!hasFocus(focus) && flows.length === 0) return { nodes: {}, edges: {} };
  return { nodes, edges };
}

/** 0..1 to a thousandth: a recompute that sums loads in another order must not change the
 * decoration (each change redraws the element) for a difference no colour shows. */
function heatOf(utilisation: number): number {
  return Math.round(Math.min(1, Math.max(0, utilisation)) * 1000) / 1000;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
