import { describe, expect, it } from 'vitest';
import { hub1DownScenario } from '../../canvas/overlay/overlay-fixtures';
import { scenarioView } from './scenario-view';

describe('scenario view', () => {
  it('keeps the counts, lists the first flows with their convergence and why the dropped ones are', () => {
    const s = hub1DownScenario();
    s.convergence = [
      {
        flowId: 'site-a|video|dest',
        trigger: null,
        detection: 'bfd',
        mechanism: 'bfd',
        phases: { detectionS: 0.9, propagationS: 0.05, fibS: 0.02, totalS: 0.97 },
        range: { minS: 0.6, maxS: 1.1 },
        hops: 1,
        note: '',
      },
    ];
    const v = scenarioView(s, 1);
    expect(v).toMatchObject({ movedCount: 1, droppedCount: 2, newComplianceBlocks: 1, worstConvergenceS: 0.3 });
    expect(v.moved.map((c) => c.flowId)).toEqual(['site-a|video|dest']);
    expect(v.dropped.map((c) => c.flowId)).toEqual(['site-a|pii|dest']);
    expect(v.convergence['site-a|video|dest']?.phases.totalS).toBe(0.97);
    expect(v.droppedWhy).toEqual({ 'site-a|pii|dest': 'dropped' });
  });
});
