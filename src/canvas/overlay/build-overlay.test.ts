import { describe, expect, it } from 'vitest';
import type { ResilienceReport } from '../../engine/types';
import { EMPTY_OVERLAY } from '../overlay-types';
import { buildOverlay, composeOverlay, type OverlayInput, trafficOverlay } from './build-overlay';
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

describe('the overlay in two halves', () => {
  it('draws traffic in the worker and marks failures on the main thread, on top of it', () => {
    const s = hub1DownScenario();
    const traffic = trafficOverlay({ ...base, mode: 'what-if', scenario: s });
    // The worker's half knows nothing of the failures being edited.
    expect(traffic.nodes['hub-1']?.highlight).not.toBe('failed');
    const marked = composeOverlay({
      design: base.design,
      mode: 'what-if',
      traffic,
      failures: s.failures,
      criticality: null,
      showCriticality: false,
    });
    expect(marked).toEqual(buildOverlay({ ...base, mode: 'what-if', scenario: s, failures: s.failures }));
    expect(marked.nodes['hub-1']?.highlight).toBe('failed');
  });

  it('marks failures again with the very decorations shown when they are unchanged, so nothing redraws', () => {
    const s = hub1DownScenario();
    const traffic = trafficOverlay({ ...base, mode: 'what-if', scenario: s });
    const input = { design: base.design, mode: 'what-if' as const, traffic, criticality: null, showCriticality: false };
    const shown = composeOverlay({ ...input, failures: s.failures });
    const again = composeOverlay({ ...input, failures: s.failures }, shown);
    const failedLinks = Object.keys(shown.edges).filter((id) => shown.edges[id]?.failed);
    expect(failedLinks.length).toBeGreaterThan(0);
    for (const id of failedLinks) expect(again.edges[id]).toBe(shown.edges[id]);
    expect(again.nodes['hub-1']).toBe(shown.nodes['hub-1']);
    // Unmarked elements keep the traffic's own decorations.
    const unmarked = Object.keys(traffic.edges).find((id) => !shown.edges[id]?.failed);
    expect(unmarked && again.edges[unmarked]).toBe(unmarked && traffic.edges[unmarked]);
    // A mark that changed (silent instead of hard) is a new object.
    const silent = composeOverlay(
      { ...input, failures: s.failures.map((f) => ({ ...f, mode: 'silent' as const })) },
      shown,
    );
    expect(silent.nodes['hub-1']).not.toBe(shown.nodes['hub-1']);
  });

  it('hands back the traffic itself when nothing is failed, so nothing redraws', () => {
    const traffic = trafficOverlay(base);
    const input = { design: base.design, traffic, failures: [], criticality: null, showCriticality: false };
    expect(composeOverlay({ ...input, mode: 'what-if' })).toBe(traffic);
    expect(composeOverlay({ ...input, mode: 'design' })).toBe(traffic);
    const heat = { nodes: {}, edges: {} };
    expect(composeOverlay({ ...input, mode: 'design', criticality: heat, showCriticality: true })).toBe(heat);
  });
});
