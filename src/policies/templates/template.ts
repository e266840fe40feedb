// An intent template: a pure function from a design to the design with the intent expressed as
// classes and rules. Templates are idempotent (applying one twice changes nothing the second
// time) and keep what the user tuned on an existing class: where it applies, its demand, colour.
import type { Design, TrafficClass } from '../../model';

export interface TemplateResult {
  design: Design;
  /** What the template did, one line each, for a notification. */
  summary: string[];
}

export interface PolicyTemplate {
  id: string;
  title: string;
  description: string;
  apply(design: Design): TemplateResult;
}

/** Adds the class, or updates the one with its id, keeping the user's scope, demand and colour. */
export function upsertClass(design: Design, tc: TrafficClass): { design: Design; created: boolean } {
  const index = design.trafficClasses.findIndex((c) => c.id === tc.id);
  if (index < 0) return { design: { ...design, trafficClasses: [...design.trafficClasses, tc] }, created: true };
  const existing = design.trafficClasses[index]!;
  const merged: TrafficClass = {
    ...tc,
    name: existing.name,
    color: existing.color,
    appliesTo: existing.appliesTo,
    defaultDemandMbps: existing.defaultDemandMbps,
    destinationWeights: existing.destinationWeights,
  };
  const trafficClasses = [...design.trafficClasses];
  trafficClasses[index] = merged;
  return { design: { ...design, trafficClasses }, created: false };
}

/** Prefixes of the clouds in the design, in design order, deduplicated. */
export function cloudPrefixes(design: Design): string[] {
  return [...new Set(design.nodes.filter((n) => n.kind === 'cloud').flatMap((n) => n.prefixes))];
}
