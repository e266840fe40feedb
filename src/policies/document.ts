// The policy-as-code document: the part of a design a network engineer edits as text — traffic
// classes, BGP policies, PBR rules, the design-wide BGP defaults and per-router BGP knobs. It is
// a view of the design, not a second copy: extract it, edit it, apply it back.
import { z } from 'zod';
import {
  BgpPolicySchema,
  BgpSettingsSchema,
  type Design,
  ID_PATTERN,
  ID_RULE,
  PbrRuleSchema,
  type RouterBgp,
  RouterBgpSchema,
  TrafficClassSchema,
} from '../model';

const DEFAULT_BGP = BgpSettingsSchema.parse({});

export const PolicyDocumentSchema = z.object({
  /** Design-wide BGP defaults (settings.bgp); every router uses them unless `routers` overrides. */
  bgp: BgpSettingsSchema.default(DEFAULT_BGP),
  /** Per-router BGP knobs, by node id (a node's `bgp`). */
  routers: z.record(z.string().regex(ID_PATTERN, `a node id is ${ID_RULE}`), RouterBgpSchema).default({}),
  trafficClasses: z.array(TrafficClassSchema).default([]),
  bgpPolicies: z.array(BgpPolicySchema).default([]),
  pbrRules: z.array(PbrRuleSchema).default([]),
});

export type PolicyDocument = z.output<typeof PolicyDocumentSchema>;

/** The policy view of a design. Routers appear only when they set a knob of their own. */
export function extractPolicies(design: Design): PolicyDocument {
  const routers: Record<string, RouterBgp> = {};
  for (const node of design.nodes) {
    if (Object.values(node.bgp).some((v) => v !== undefined)) routers[node.id] = node.bgp;
  }
  return {
    bgp: design.settings.bgp,
    routers,
    trafficClasses: design.trafficClasses,
    bgpPolicies: design.bgpPolicies,
    pbrRules: design.pbrRules,
  };
}

/** The design with its policies replaced by `doc`. Returns `design` itself when nothing changes,
 * so applying an unchanged document records no undo step. Router entries for unknown nodes are
 * ignored here; parsePolicyYaml reports them before anything is applied. */
export function applyPolicies(design: Design, doc: PolicyDocument): Design {
  if (samePolicies(extractPolicies(design), doc)) return design;
  return {
    ...design,
    settings: { ...design.settings, bgp: doc.bgp },
    nodes: design.nodes.map((node) => {
      const bgp = doc.routers[node.id] ?? {};
      return stableJson(bgp) === stableJson(node.bgp) ? node : { ...node, bgp };
    }),
    trafficClasses: doc.trafficClasses,
    bgpPolicies: doc.bgpPolicies,
    pbrRules: doc.pbrRules,
  };
}

export function samePolicies(a: PolicyDocument, b: PolicyDocument): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with undefined fields dropped and object keys sorted: equal values give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
