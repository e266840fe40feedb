// Form edits as undoable steps; keystrokes in one field of one element merge into one step.
import type { BgpPolicy, Design, PbrRule, TrafficClass } from '../../model';
import { updateDesign } from '../../state/design-store';
import { updateBgpPolicy, updateClass, updatePbrRule } from './commands';

export function editClass(id: string, field: string, recipe: (c: TrafficClass) => TrafficClass): void {
  updateDesign(`Edit ${field} of class ${id}`, (d) => updateClass(d, id, recipe), {
    coalesceKey: `class:${id}:${field}`,
  });
}

export function editPolicy(id: string, field: string, recipe: (p: BgpPolicy) => BgpPolicy): void {
  updateDesign(`Edit ${field} of BGP policy ${id}`, (d) => updateBgpPolicy(d, id, recipe), {
    coalesceKey: `bgp-policy:${id}:${field}`,
  });
}

export function editRule(id: string, field: string, recipe: (r: PbrRule) => PbrRule): void {
  updateDesign(`Edit ${field} of PBR rule ${id}`, (d) => updatePbrRule(d, id, recipe), {
    coalesceKey: `pbr:${id}:${field}`,
  });
}

export function edit(label: string, recipe: (d: Design) => Design, coalesceKey?: string): void {
  updateDesign(label, recipe, coalesceKey === undefined ? {} : { coalesceKey });
}

/** Sets or removes an optional key without leaving `key: undefined` in the document. */
export function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
