// Properties over generated designs (fast-check, fixed seed so CI is reproducible).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedJurisdiction } from '../model/jurisdictions';
import type { Design, Failure } from '../model/types';
import { computeDesign, computeScenario, createEngine } from './pipeline';
import { resilienceSweep } from './sweep';
import { syntheticDesign } from './synthetic';

const designs = fc
  .record({
    sites: fc.integer({ min: 1, max: 12 }),
    hubs: fc.integer({ min: 1, max: 5 }),
    clouds: fc.integer({ min: 1, max: 4 }),
    classes: fc.integer({ min: 1, max: 8 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ seed, ...size }) => syntheticDesign(size, seed));

const RUNS = { seed: 20261126, numRuns: 25 };

function elementFailures(design: Design): fc.Arbitrary<Failure> {
  const ids = [
    ...design.links.map((l) => ({ kind: 'link' as const, id: l.id })),
    ...design.nodes.filter((n) => n.kind === 'hub').map((n) => ({ kind: 'node' as const, id: n.id })),
    ...design.circuits.map((c) => ({ kind: 'circuit' as const, id: c.id })),
  ];
  return fc
    .record({
      element: fc.constantFrom(...ids),
      mode: fc.constantFrom('hard' as const, 'silent' as const),
    })
    .map(({ element, mode }) => ({ kind: element.kind, target: element.id, mode }));
}

/** The design with the failed elements deleted: a from-scratch computation of the failure. */
function withoutFailed(design: Design, failure: Failure): Design {
  const copy = structuredClone(design);
  const gone = (l: Design['links'][number]) =>
    (failure.kind === 'link' && l.id === failure.target) ||
    (failure.kind === 'circuit' && l.circuit === failure.target) ||
    (failure.kind === 'node' && (l.source === failure.target || l.target === failure.target));
  copy.links = copy.links.filter((l) => !gone(l));
  return copy;
}

const outcome = (flows: ReturnType<typeof computeDesign>['result']['flows']) =>
  flows.map((f) => ({ id: f.id, state: f.state, paths: f.paths.map((p) => [p.path, p.share]) }));

describe('engine properties', () => {
  it('routes every flow the same whether RIBs are listed for everything or for the flows only', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const all = computeDesign(design, { ribScope: 'all' }).result;
        const flowsOnly = computeDesign(design, { ribScope: 'flows' }).result;
        expect(flowsOnly.ribScope).toBe('flows');
        expect(JSON.stringify(flowsOnly.flows)).toBe(JSON.stringify(all.flows));
      }),
      RUNS,
    );
  });

  it('an incremental recompute after a link edit equals a fresh compute', () => {
    fc.assert(
      fc.property(designs, fc.nat(), fc.integer({ min: 1, max: 200 }), (design, pick, delta) => {
        const engine = createEngine();
        engine.compute(design);
        const k = pick % design.links.length;
        const edited = {
          ...design,
          links: design.links.map((l, i) =>
            i === k ? { ...l, latencyMs: l.latencyMs + delta, costPerMonth: l.costPerMonth + delta } : l,
          ),
        };
        const incremental = engine.compute(edited);
        expect(JSON.stringify(incremental.result)).toBe(JSON.stringify(computeDesign(edited).result));
        // The first result is left untouched by the second.
        expect(JSON.stringify(engine.compute(design).result)).toBe(JSON.stringify(computeDesign(design).result));
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const a = computeDesign(design);
        const b = computeDesign(structuredClone(design));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      RUNS,
    );
  });

  it('failing an element no flow uses changes no flow', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const base = computeDesign(design).result;
        const used = new Set(
          base.flows.flatMap((f) => f.explanation.candidates.flatMap((c) => c.paths.flatMap((p) => p.links))),
        );
        const unused = design.links.find((l) => !used.has(l.id));
        if (!unused) return;
        const { scenario } = computeScenario(design, [{ kind: 'link', target: unused.id, mode: 'hard' }]);
        expect(outcome(scenario.result.flows)).toEqual(outcome(base.flows));
        expect(scenario.diff.changed).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never egresses outside the allowed jurisdictions, before or after a failure', () => {
    fc.assert(
      fc.property(
        designs.chain((d) => fc.tuple(fc.constant(d), elementFailures(d))),
        ([design, failure]) => {
          const country = new Map(design.nodes.map((n) => [n.id, n.location.country]));
          const classes = new Map(design.trafficClasses.map((c) => [c.id, c]));
          for (const result of [computeDesign(design).result, computeScenario(design, [failure]).scenario.result]) {
            for (const f of result.flows) {
              const allowed = classes.get(f.trafficClass)!.allowedJurisdictions;
              for (const p of f.paths) {
                for (const node of p.path) {
                  if (!node.startsWith('hub-')) continue;
                  expect(isAllowedJurisdiction(country.get(node)!, allowed, country.get(f.site)!)).toBe(true);
                }
              }
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('conserves traffic: delivered plus undelivered is the demand; paths end at the destination', () => {
    fc.assert(
      fc.property(
        designs.chain((d) => fc.tuple(fc.constant(d), elementFailures(d))),
        ([design, failure]) => {
          for (const result of [computeDesign(design).result, computeScenario(design, [failure]).scenario.result]) {
            let delivered = 0;
            for (const f of result.flows) {
              if (f.state === 'ok' || f.state === 'sla-miss') {
                expect(f.paths.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 9);
                for (const p of f.paths) {
                  expect(p.path[0]).toBe(f.site);
                  expect(p.path[p.path.length - 1]).toBe(f.destination);
                }
                expect(f.deliveredMbps).toBe(f.demandMbps);
              } else {
                expect(f.deliveredMbps).toBe(0);
                expect(f.explanation.summary.length).toBeGreaterThan(0);
              }
              delivered += f.deliveredMbps;
            }
            expect(result.totals.deliveredMbps).toBeCloseTo(delivered, 6);
            expect(result.totals.deliveredMbps + result.totals.undeliveredMbps).toBeCloseTo(
              result.totals.demandMbps,
              6,
            );
            // What leaves the sites arrives at the destinations: load on each site's access links.
            const siteLinks = new Set(design.links.filter((l) => l.source.startsWith('site-')).map((l) => l.id));
            const leaving = result.linkLoads.filter((l) => siteLinks.has(l.linkId)).reduce((s, l) => s + l.loadMbps, 0);
            expect(leaving).toBeCloseTo(delivered, 4);
          }
        },
      ),
      RUNS,
    );
  });

  it('an incremental scenario routes every flow as a from-scratch compute without the failed elements', () => {
    fc.assert(
      fc.property(
        designs.chain((d) => fc.tuple(fc.constant(d), elementFailures(d))),
        ([design, failure]) => {
          const incremental = computeScenario(design, [failure]).scenario.result;
          const fresh = computeDesign(withoutFailed(design, failure)).result;
          expect(outcome(incremental.flows)).toEqual(outcome(fresh.flows));
        },
      ),
      RUNS,
    );
  });

  it('the sweep reports for every element what a scenario of that one failure reports', () => {
    // The sweep reuses state between scenarios (dirty marks, load deltas, lite flows): each of
    // its rows must still equal a standalone scenario of the same failure.
    fc.assert(
      fc.property(designs, (design) => {
        const sorted = (ids: readonly string[]) => [...ids].sort();
        for (const row of resilienceSweep(design).report.scenarios) {
          const diff = computeScenario(design, row.failures).scenario.diff;
          const where = `${row.element.kind} ${row.element.id}`;
          expect(sorted(row.moves), where).toEqual(sorted(diff.moved.map((c) => c.flowId)));
          expect(sorted(row.breaks), where).toEqual(sorted(diff.dropped.map((c) => c.flowId)));
          expect(row.newSlaMisses, where).toBe(diff.newSlaMisses.length);
          expect(row.newComplianceBlocks, where).toBe(diff.newComplianceBlocks.length);
        }
      }),
      { ...RUNS, numRuns: 8 },
    );
  });
});
