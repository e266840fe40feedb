// A small read-only window hook for e2e tests and the benchmark (tldraw-style typed test hook):
// specs read the document instead of scraping the canvas.
import { getCanvas } from '../canvas/canvas-api';
import type { Design } from '../model';
import { getDesign, replaceDesign } from '../state/design-store';
import { getSelection, requestFitView, type Selection } from '../state/ui-store';
import { runAction } from './useShortcuts';

export interface EgressTestHook {
  design(): Design;
  selection(): Selection;
  runAction(id: string): void;
  /** Loads a design as if opened from a file (used by the benchmark for generated designs). */
  load(design: Design): void;
  /** Centres the view on a node at a zoom level (benchmarks). */
  focus(nodeId: string, zoom: number): void;
}

export function installTestHook(): void {
  const hook: EgressTestHook = {
    design: getDesign,
    selection: getSelection,
    runAction,
    load: (design) => {
      replaceDesign(design, 'Load');
      requestFitView();
    },
    focus: (nodeId, zoom) => {
      const node = getDesign().nodes.find((n) => n.id === nodeId);
      if (node) void getCanvas()?.setCenter(node.position.x + 100, node.position.y + 30, { zoom });
    },
  };
  (window as unknown as { __egress: EgressTestHook }).__egress = hook;
}
