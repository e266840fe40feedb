// Which flows the canvas is about: the class / site / destination in focus, or one flow.
// Pure; shared by the overlay and the flow table so both always show the same set.
import type { Flow } from '../../engine/types';

export interface FlowFocus {
  trafficClass: string | null;
  site: string | null;
  destination: string | null;
  /** One flow (a row clicked in the table): overrides the other three. */
  flow: string | null;
}

export const NO_FOCUS: FlowFocus = { trafficClass: null, site: null, destination: null, flow: null };

export function hasFocus(focus: FlowFocus): boolean {
  return focus.trafficClass !== null || focus.site !== null || focus.destination !== null || focus.flow !== null;
}

export function matchesFocus(flow: Flow, focus: FlowFocus): boolean {
  if (focus.flow !== null) return flow.id === focus.flow;
  return (
    (focus.trafficClass === null || flow.trafficClass === focus.trafficClass) &&
    (focus.site === null || flow.site === focus.site) &&
    (focus.destination === null || flow.destination === focus.destination)
  );
}

export function flowsInFocus(flows: readonly Flow[], focus: FlowFocus): Flow[] {
  return hasFocus(focus) ? flows.filter((f) => matchesFocus(f, focus)) : [...flows];
}
