import { describe, expect, it } from 'vitest';
import type { ResilienceReport } from '../../engine/types';
import { EMPTY_OVERLAY } from '../overlay-types';
import { buildOverlay, type OverlayInput } from './build-overlay';
import { NO_FOCUS } from './focus';
import { baselineResult, hub1DownScenario, tinyDesign } from './overlay-fixtures';

const base: OverlayInput = {
  design: tinyDesign(),
  mode: 'design',
  baseline: baselineResult(),
  scenario: null,
  failures: [],
  focus: NO_FOCUS,
  report: null,
  showCriticality: false,
};

describe('buildOverlay', () => {
  it('draws nothing before the first result', () => {
    expect(buildOverlay({ ...base, baseline: null })).toBe(EMPTY_OVERLAY);
  });

  it('shows steering in design mode, ignoring a scenario', () => {
    const o = buildOverlay({ ...base, scenario: hub1DownScenario() });
    expect(o.nodes['hub-1']?.highlight).toBe('egress');
  });

  it('shows the failure in what-if mode', () => {
    const s = hub1DownScenario();
    const o = buildOverlay({ ...base, mode: 'what-if', scenario: s, failures: s.failures });
    expect(o.nodes['hub-1']?.highlight).toBe('failed');
  });

  it('shows the heat map when asked and a report exists, else falls back', () => {
    const report: ResilienceReport = {
      scenarios: [],
      singlePointsOfFailure: [
        { element: { kind: 'node', id: 'hub-1' }, site: 'site-a', trafficClass: 'pii', critical: true, flows: [] },
      ],
      criticality: {},
      worstConvergenceS: 0,
      cancelled: false,
    };
    expect(buildOverlay({ ...base, showCriticality: true, report }).nodes['hub-1']?.badges?.[0]?.kind).toBe('spof');
    expect(buildOverlay({ ...base, showCriticality: true }).nodes['hub-1']?.highlight).toBe('egress');
  });
});
