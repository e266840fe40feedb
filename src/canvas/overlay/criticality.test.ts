import { describe, expect, it } from 'vitest';
import type { ResilienceReport, SweepScenario } from '../../engine/types';
import { criticalityOverlay, heatIndex } from './criticality';
import { CRITICALITY_BANDS, criticalityColor } from './heat';
import { tinyDesign } from './overlay-fixtures';

const scenario = (
  kind: SweepScenario['element']['kind'],
  id: string,
  breaks: string[],
  moves: string[],
  undeliveredMbps = 0,
  criticality = 0,
): SweepScenario => ({
  element: { kind, id },
  failures: [],
  moved: moves.length,
  dropped: breaks.length,
  newSlaMisses: 0,
  newComplianceBlocks: 0,
  newOverloads: [],
  breaks,
  moves,
  undeliveredMbps,
  worstConvergenceS: 1,
  criticality,
});

const report: ResilienceReport = {
  scenarios: [
    scenario('node', 'dest', ['f1', 'f2', 'f3'], [], 100, 0.9),
    scenario('node', 'hub-1', ['f1', 'f2'], [], 50, 0.4),
    scenario('link', 'l-a1', ['f1'], ['f2'], 10, 0.2),
    scenario('circuit', 'c1', [], ['f3'], 0, 0.1),
    scenario('link', 'l-1d', [], ['f4'], 0, 0.05),
    scenario('link', 'l-d2', [], [], 0, 0),
  ],
  singlePointsOfFailure: [
    { element: { kind: 'node', id: 'hub-1' }, site: 'site-a', trafficClass: 'pii', critical: true, flows: ['f1'] },
    { element: { kind: 'node', id: 'hub-1' }, site: 'site-b', trafficClass: 'video', critical: false, flows: ['f2'] },
    { element: { kind: 'link', id: 'l-a1' }, site: 'site-a', trafficClass: 'video', critical: false, flows: ['f1'] },
  ],
  criticality: {},
  worstConvergenceS: 1,
  cancelled: false,
};

const band = (v: number) => CRITICALITY_BANDS.findIndex((b) => v < b.below);

const heat = heatIndex(tinyDesign(), report);

describe('criticality heat', () => {
  it('puts a single point of failure for a critical class in the hottest band', () => {
    expect(heat.get('node:hub-1')).toBe(1);
    expect(band(heat.get('node:hub-1')!)).toBe(3);
  });

  it('ranks what breaks flows above what only moves them, and nothing at zero', () => {
    expect(band(heat.get('link:l-a1')!)).toBe(2);
    expect(band(heat.get('circuit:c1')!)).toBe(1);
    expect(heat.get('circuit:c1')!).toBeGreaterThan(heat.get('link:l-1d')!);
    expect(heat.get('link:l-d2')).toBe(0);
  });

  it('does not rate sites and destinations, whose loss always cuts their own traffic', () => {
    expect(heat.has('node:dest')).toBe(false);
  });
});

describe('criticalityOverlay', () => {
  const o = criticalityOverlay(tinyDesign(), report);

  it('colours links by their band and labels what their failure does', () => {
    expect(o.edges['l-a1']?.color).toBe(criticalityColor(o.edges['l-a1']?.heat ?? 0));
    expect(o.edges['l-a1']?.label).toBe('SPOF · breaks 1 · moves 1');
    expect(o.nodes['hub-1']?.heat).toBe(1);
  });

  it('badges single points of failure with the classes they cut off', () => {
    expect(o.nodes['hub-1']?.badges).toEqual([{ kind: 'spof', label: 'SPOF: pii, video' }]);
  });

  it('gives links on a shared circuit the circuit’s heat and says so', () => {
    expect(o.edges['l-b1']?.heat).toBe(heat.get('circuit:c1'));
    expect(o.edges['l-b1']?.label).toBe('circuit c1 · moves 1');
    // l-a2 rides the circuit too.
    expect(o.edges['l-a2']?.heat).toBe(heat.get('circuit:c1'));
  });

  it('fades what nothing depends on and leaves endpoints unrated', () => {
    expect(o.edges['l-d2']).toEqual({ dimmed: true, label: 'no impact' });
    expect(o.nodes['hub-2']).toEqual({ heat: 0, dimmed: true });
    expect(o.nodes.dest).toEqual({});
  });
});
