// What the policies panel shows: its sub-tab and the element open in each list. Session state,
// never in undo history. Lint findings and other panels reveal elements through `revealPolicy`.
import { create } from 'zustand';
import type { Design } from '../../model';
import { openPanel, selectOnly } from '../../state/ui-store';

export type PoliciesTab = 'classes' | 'routing' | 'pbr' | 'yaml' | 'lint';

export interface PoliciesUiState {
  tab: PoliciesTab;
  classId: string | null;
  policyId: string | null;
  ruleId: string | null;
}

export const usePoliciesUi = create<PoliciesUiState>()(() => ({
  tab: 'classes',
  classId: null,
  policyId: null,
  ruleId: null,
}));

export function setPoliciesTab(tab: PoliciesTab): void {
  usePoliciesUi.setState({ tab });
}

/** The panel's id in the PANELS registry. */
export const POLICIES_PANEL_ID = 'policies';

/** Shows the element a finding names: a class, BGP policy or PBR rule in this panel, a node or
 * link on the canvas (selected, so the inspector opens it). Returns false if it is not found. */
export function revealPolicy(design: Design, elementId: string): boolean {
  if (design.trafficClasses.some((c) => c.id === elementId)) {
    usePoliciesUi.setState({ tab: 'classes', classId: elementId });
    return true;
  }
  if (design.bgpPolicies.some((p) => p.id === elementId)) {
    usePoliciesUi.setState({ tab: 'routing', policyId: elementId });
    return true;
  }
  if (design.pbrRules.some((r) => r.id === elementId)) {
    usePoliciesUi.setState({ tab: 'pbr', ruleId: elementId });
    return true;
  }
  if (design.nodes.some((n) => n.id === elementId)) {
    selectOnly('node', elementId);
    openPanel('right', 'inspector');
    return true;
  }
  if (design.links.some((l) => l.id === elementId)) {
    selectOnly('link', elementId);
    openPanel('right', 'inspector');
    return true;
  }
  return false;
}
