import { describe, expect, it } from 'vitest';
import { tinyDesign } from '../../canvas/overlay/overlay-fixtures';
import type { ResilienceReport, SweepScenario } from '../../engine/types';
import { groupSpofs, rankScenarios, reportView } from './resilience-view';

const scenario = (id: string, breaks: string[], moves: string[]): SweepScenario => ({
  element: { kind: 'link', id },
  failures: [],
  moved: moves.length,
  dropped: breaks.length,
  newSlaMisses: 0,
  newComplianceBlocks: 0,
  newOverloads: [],
  breaks,
  moves,
  undeliveredMbps: 0,
  worstConvergenceS: 0,
  criticality: 0,
});

const report: ResilienceReport = {
  scenarios: [
    scenario('b', [], ['f2']),
    scenario('a', ['f1'], []),
    scenario('quiet', [], []),
    scenario('l-2', ['f'], []),
  ],
  singlePointsOfFailure: [
    { element: { kind: 'link', id: 'l-2' }, site: 's1', trafficClass: 'video', critical: false, flows: ['f', 'g'] },
    { element: { kind: 'node', id: 'hub' }, site: 's1', trafficClass: 'pii', critical: true, flows: ['f1'] },
    { element: { kind: 'node', id: 'hub' }, site: 's2', trafficClass: 'pii', critical: true, flows: ['f2'] },
  ],
  criticality: {},
  worstConvergenceS: 0,
  cancelled: false,
};

describe('resilience view', () => {
  it('groups single points of failure per element, critical first, sites per class', () => {
    const groups = groupSpofs(report);
    expect(groups.map((g) => g.element.id)).toEqual(['hub', 'l-2']);
    expect(groups[0]?.cuts).toEqual([{ trafficClass: 'pii', sites: ['s1', 's2'], critical: true }]);
    expect(groups[0]?.flows).toBe(2);
  });

  it('ranks what breaks above what moves, drops what changes nothing', () => {
    const ranked = rankScenarios(tinyDesign(), report).map((r) => r.scenario.element.id);
    expect(ranked).toEqual(['a', 'l-2', 'b']);
  });
});

describe('report view', () => {
  it('sends counts, the top of the ranking and the heat map instead of every flow id', () => {
    const v = reportView(tinyDesign(), report, 2);
    expect(v.scenarioCount).toBe(4);
    expect(v.spofs.map((g) => g.element.id)).toEqual(['hub', 'l-2']);
    expect(v.spofCount).toBe(2);
    expect(v.ranked.map((r) => [r.element.id, r.breaks, r.moves])).toEqual([
      ['a', 1, 0],
      ['l-2', 1, 0],
    ]);
    expect(v.overlay.edges['l-a1']).toBeDefined();
  });
});
