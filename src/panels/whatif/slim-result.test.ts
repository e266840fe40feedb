import { describe, expect, it } from 'vitest';
import { baselineResult, candidate, hub1DownScenario } from '../../canvas/overlay/overlay-fixtures';
import { chunks, slimFlow, slimResult, slimScenario } from './slim-result';

describe('slim results', () => {
  it('keeps what the canvas and tables draw, drops the heavy explanation parts', () => {
    const r = baselineResult();
    const f = r.flows[0]!;
    f.explanation.candidates = [candidate({ paths: f.paths })];
    f.explanation.steps = ['a', 'b'];
    const slim = slimFlow(f);
    expect(slim.paths).toEqual(f.paths);
    expect(slim.state).toBe(f.state);
    expect(slim.explanation).toEqual({
      summary: f.explanation.summary,
      steering: f.explanation.steering,
      bgp: null,
      candidates: [],
      steps: [],
    });
    // The original is untouched: the worker keeps it for the Why panel.
    expect(f.explanation.steps).toEqual(['a', 'b']);
  });

  it('strips RIBs, per-link flow lists and the flows themselves (sent in chunks)', () => {
    const r = baselineResult();
    r.linkLoads[0]!.flows = ['x'];
    r.ribs = { 'site-a': {} };
    const slim = slimResult(r);
    expect(slim.flows).toEqual([]);
    expect(slim.ribs).toEqual({});
    expect(slim.linkLoads[0]).toMatchObject({ linkId: 'l-a1', loadMbps: 50, flows: [] });
    expect(slim.totals).toBe(r.totals);
    expect(slimScenario(hub1DownScenario()).diff.moved).toHaveLength(1);
  });

  it('chunks a list in order', () => {
    expect([...chunks([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...chunks([], 2)]).toEqual([]);
  });
});
