import { describe, expect, it } from 'vitest';
import type { ResilienceReport, SweepScenario } from '../../engine/types';
import { criticalityOverlay } from './criticality';
import { CRITICALITY_BANDS, criticalityColor } from './heat';
import { tinyDesign } from './overlay-fixtures';

const scenario = (
  kind: SweepScenario['element']['kind'],
  id: string,
  breaks: string[],
  moves: string[],
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
  undeliveredMbps: 0,
  worstConvergenceS: 1,
  criticality: 0,
});

const report: ResilienceReport = {
  scenarios: [
    scenario('node', 'hub-1', ['f1', 'f2'], []),
    scenario('link', 'l-a1', ['f1'], ['f2']),
    scenario('circuit', 'c1', [], ['f3']),
  ],
  singlePointsOfFailure: [
    { element: { kind: 'node', id: 'hub-1' }, site: 'site-a', trafficClass: 'pii', critical: true, flows: ['f1'] },
    { element: { kind: 'node', id: 'hub-1' }, site: 'site-b', trafficClass: 'video', critical: false, flows: ['f2'] },
    { element: { kind: 'link', id: 'l-a1' }, site: 'site-a', trafficClass: 'pii', critical: true, flows: ['f1'] },
  ],
  criticality: { 'hub-1': 0.4, 'l-a1': 0.2, c1: 0.1, dest: 0.9, 'site-a': 0.5, 'aws:us-east-1': 0.9 },
  worstConvergenceS: 1,
  cancelled: false,
};

describe('criticalityOverlay', () => {
  const o = criticalityOverlay(tinyDesign(), report);

  it('scales heat to the most critical element, which reads as the hottest colour', () => {
    expect(o.nodes['hub-1']?.heat).toBe(1);
    expect(o.edges['l-a1']?.heat).toBeCloseTo(0.5);
    expect(o.edges['l-a1']?.color).toBe(criticalityColor(0.5));
    expect(criticalityColor(1)).toBe(CRITICALITY_BANDS[CRITICALITY_BANDS.length - 1]?.color);
  });

  it('badges single points of failure with the classes they cut off', () => {
    expect(o.nodes['hub-1']?.badges).toEqual([{ kind: 'spof', label: 'SPOF: pii, video' }]);
    expect(o.edges['l-a1']?.label).toBe('SPOF · breaks 1 · moves 1');
  });

  it('gives links on a shared circuit the circuit’s criticality', () => {
    expect(o.edges['l-b1']?.heat).toBeCloseTo(0.25);
    expect(o.edges['l-a2']?.heat).toBeCloseTo(0.25);
  });

  it('does not rate sites and destinations, whose loss always cuts their own traffic', () => {
    expect(o.nodes.dest).toEqual({});
    expect(o.nodes['site-a']).toEqual({});
  });

  it('fades what nothing depends on', () => {
    expect(o.edges['l-d2']).toEqual({ dimmed: true, label: 'no impact' });
    expect(o.nodes['hub-2']).toEqual({ heat: 0, dimmed: true });
  });
});
