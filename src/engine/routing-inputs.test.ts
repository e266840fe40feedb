import { describe, expect, it } from 'vitest';
import type { Design, DesignNode } from '../model';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { computeDesign } from './pipeline';
import { sameRoutingInputs } from './routing-inputs';

const base = globalEnterprise();

function withNode(design: Design, index: number, recipe: (n: DesignNode) => DesignNode): Design {
  return { ...design, nodes: design.nodes.map((n, i) => (i === index ? recipe(n) : n)) };
}

describe('sameRoutingInputs', () => {
  it('ignores moved nodes, a renamed design and saved scenarios', () => {
    const moved = withNode(base, 0, (n) => ({ ...n, position: { x: n.position.x + 500, y: -40 } }));
    expect(sameRoutingInputs(base, moved)).toBe(true);
    const renamed = { ...moved, meta: { ...moved.meta, name: 'Renamed' } };
    expect(sameRoutingInputs(base, renamed)).toBe(true);
    const saved = { ...renamed, scenarios: [{ id: 's1', name: 'Hub down', failures: [] }] };
    expect(sameRoutingInputs(base, saved)).toBe(true);
  });

  it('a moved design computes exactly what the original computes', () => {
    const moved: Design = { ...base, nodes: base.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
    expect(sameRoutingInputs(base, moved)).toBe(true);
    expect(JSON.stringify(computeDesign(moved).result.flows)).toBe(JSON.stringify(computeDesign(base).result.flows));
  });

  it('sees every edit the engine reads', () => {
    const firstLink = base.links[0];
    if (!firstLink) throw new Error('the sample has links');
    const edits: Record<string, Design> = {
      'node renamed': withNode(base, 0, (n) => ({ ...n, name: `${n.name} 2` })),
      'node ASN': withNode(base, 0, (n) => ({ ...n, asn: n.asn + 1 })),
      'node prefixes': withNode(base, 0, (n) => ({ ...n, prefixes: [...n.prefixes, '10.250.0.0/24'] })),
      'node added': { ...base, nodes: [...base.nodes, { ...(base.nodes[0] as DesignNode), id: 'extra' }] },
      'node removed': { ...base, nodes: base.nodes.slice(1) },
      'nodes reordered': { ...base, nodes: [...base.nodes].reverse() },
      'field added to a node': withNode(base, 0, (n) => ({ ...n, routerId: '10.9.9.9' })),
      'link latency': {
        ...base,
        links: [{ ...firstLink, latencyMs: firstLink.latencyMs + 1 }, ...base.links.slice(1)],
      },
      'traffic classes': { ...base, trafficClasses: base.trafficClasses.slice(1) },
      'bgp policies': { ...base, bgpPolicies: [] },
      settings: { ...base, settings: { ...base.settings, bgp: { ...base.settings.bgp, defaultLocalPref: 200 } } },
    };
    for (const [edit, after] of Object.entries(edits)) {
      expect({ edit, same: sameRoutingInputs(base, after) }).toEqual({ edit, same: false });
    }
  });
});
