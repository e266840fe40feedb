// Auto-layout with elkjs, loaded on first use (440 kB gzip, never in the initial bundle).
// Layered left to right: sites, then hubs, then clouds and the internet, as traffic flows.
import { getCanvas } from '../canvas/canvas-api';
import type { Design, NodeKind, Position } from '../model';
import { moveNodesCommand } from '../state/commands';
import { getDesign, updateDesign } from '../state/design-store';
import { notify } from '../state/notifications';
import { requestFitView } from '../state/ui-store';

const LAYER: Readonly<Record<NodeKind, number>> = { site: 0, hub: 1, cloud: 2, internet: 2 };
const DEFAULT_SIZE = { width: 220, height: 64 };

export async function autoLayout(): Promise<void> {
  const design = getDesign();
  if (design.nodes.length === 0) return;
  try {
    const positions = await computeLayout(design);
    updateDesign('Auto-layout', (d) => moveNodesCommand(d, positions));
    requestFitView();
  } catch (error) {
    notify({ kind: 'error', title: 'Auto-layout failed', detail: String(error) });
  }
}

export async function computeLayout(design: Design): Promise<Map<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const measured = new Map((getCanvas()?.getNodes() ?? []).map((n) => [n.id, n.measured]));
  const ids = new Set(design.nodes.map((n) => n.id));
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '160',
      'elk.spacing.nodeNode': '48',
      'elk.layered.layering.strategy': 'INTERACTIVE',
      'elk.layered.crossingMinimization.semiInteractive': 'true',
    },
    children: design.nodes.map((n) => {
      const size = measured.get(n.id);
      return {
        id: n.id,
        width: size?.width ?? DEFAULT_SIZE.width,
        height: size?.height ?? DEFAULT_SIZE.height,
        // Interactive layering keeps our kind order: x seeds the layer, y the order within it.
        x: LAYER[n.kind] * 1000,
        y: n.position.y,
      };
    }),
    edges: design.links
      .filter((l) => ids.has(l.source) && ids.has(l.target))
      .map((l) => {
        const a = design.nodes.find((n) => n.id === l.source);
        const b = design.nodes.find((n) => n.id === l.target);
        // Point every edge from the lower layer to the higher so layers follow traffic.
        const forward = !a || !b || LAYER[a.kind] <= LAYER[b.kind];
        return { id: l.id, sources: [forward ? l.source : l.target], targets: [forward ? l.target : l.source] };
      }),
  };
  const result = await elk.layout(graph);
  return new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}
