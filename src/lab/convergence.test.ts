import { describe, expect, it } from 'vitest';
import type { EngineResult, FlowConvergence, ScenarioResult } from '../engine/types';
import { hubAndSpoke } from '../model/samples/templates';
import type { ExpectedRoute, Routes } from './compare';
import { planWatches } from './convergence';
import { convergenceBoundMs, defaultScenarios } from './lab';

const P = '10.100.0.0/16';
const route = (best: string): ExpectedRoute => ({
  best,
  ecmp: [best],
  possibleReasons: ['First path received'],
  arrivalOrderDependent: false,
});

function convergence(
  flowId: string,
  minS: number,
  maxS: number,
  detection: FlowConvergence['detection'],
): FlowConvergence {
  return {
    flowId,
    trigger: null,
    detection,
    mechanism: null,
    phases: { detectionS: 0, propagationS: 0, fibS: 0, totalS: (minS + maxS) / 2 },
    range: { minS, maxS },
    hops: 1,
    note: '',
  };
}

describe('planWatches', () => {
  const design = hubAndSpoke();
  const before: Routes<ExpectedRoute> = {
    'site-a': { [P]: route('hub-1 via a-hub'), '10.2.0.0/16': route('hub-1 via a-hub') },
    'site-b': { [P]: route('hub-1 via b-hub') },
    'hub-1': { [P]: route('aws via hub-aws') },
    aws: { [P]: route('local') },
  };
  const after: Routes<ExpectedRoute> = {
    'site-a': { '10.2.0.0/16': route('hub-1 via a-hub') },
    'site-b': {},
    'hub-1': {},
    aws: { [P]: route('local') },
  };
  const baseline = {
    flows: [
      { id: 'site-a|default|aws', site: 'site-a', matchedPrefix: P },
      { id: 'site-a|video|aws', site: 'site-a', matchedPrefix: P },
      { id: 'site-b|default|aws', site: 'site-b', matchedPrefix: null },
    ],
  } as unknown as EngineResult;
  const scenario = {
    convergence: [
      convergence('site-a|default|aws', 0.06, 0.4, 'interface-down'),
      convergence('site-a|video|aws', 0.1, 0.9, 'bfd'),
      convergence('site-b|default|aws', 0.06, 0.4, 'interface-down'),
    ],
  } as unknown as ScenarioResult;

  it("watches the site paths the failure changes, with the flows' ranges merged per prefix", () => {
    const plans = planWatches(design, before, after, baseline, scenario, new Set());
    expect(plans.map((p) => `${p.site} ${p.prefix}`)).toEqual([`site-a ${P}`, `site-b ${P}`]);
    const a = plans[0];
    expect(a?.before.nodes).toEqual(['site-a', 'hub-1', 'aws']);
    expect(a?.predictedAfter).toMatchObject({ nodes: ['site-a'], outcome: 'no-route' });
    expect(a?.predicted).toEqual({
      minS: 0.06,
      maxS: 0.9,
      totalS: 0.5,
      detection: 'interface-down/bfd',
      flows: ['site-a|default|aws', 'site-a|video|aws'],
    });
    // site-b's flow has no matched prefix: the move is still timed, without a prediction.
    expect(plans[1]?.predicted).toBeNull();
  });

  it('does not watch sites that failed, nor routers that are not sites', () => {
    const plans = planWatches(design, before, after, baseline, scenario, new Set(['site-a']));
    expect(plans.map((p) => p.site)).toEqual(['site-b']);
  });
});

describe('defaultScenarios and convergenceBoundMs', () => {
  const design = hubAndSpoke();

  it('fails every link and every hub, hard', () => {
    const scenarios = defaultScenarios(design);
    expect(scenarios).toHaveLength(design.links.length + 1);
    expect(scenarios.at(-1)).toEqual([{ kind: 'node', target: 'hub-1', mode: 'hard' }]);
    expect(scenarios.flat().every((f) => f.mode === 'hard')).toBe(true);
  });

  it('waits long enough for the hold timer or the slowest prediction, within five minutes', () => {
    expect(convergenceBoundMs([], design, 'fast')).toBe(11000);
    expect(convergenceBoundMs([10], design, 'fast')).toBe(25000);
    expect(convergenceBoundMs([], design, 'design')).toBe(300000);
  });
});
