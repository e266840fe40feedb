import { describe, expect, it } from 'vitest';
import { NO_FOCUS } from './focus';
import { DEGRADED_COLOR, FAILED_COLOR } from './heat';
import { baselineResult, hub1DownScenario, tinyDesign } from './overlay-fixtures';
import { whatIfOverlay } from './what-if';

const design = tinyDesign();

describe('whatIfOverlay', () => {
  const scenario = hub1DownScenario();
  const o = whatIfOverlay({
    design,
    baseline: baselineResult(),
    scenario,
    failures: scenario.failures,
    focus: NO_FOCUS,
  });

  it('crosses out the failed node and every link attached to it', () => {
    expect(o.nodes['hub-1']?.highlight).toBe('failed');
    expect(o.nodes['hub-1']?.badges?.[0]).toEqual({ kind: 'failed', label: '✕ failed' });
    for (const id of ['l-a1', 'l-b1', 'l-1d']) {
      expect(o.edges[id]).toMatchObject({ failed: true, color: FAILED_COLOR });
    }
  });

  it('draws the new path live and the new egress hub emphasised', () => {
    expect(o.edges['l-a2']).toMatchObject({ color: '#2563eb', animated: true });
    expect(o.nodes['hub-2']?.highlight).toBe('egress');
  });

  it('badges the dropped flows at their sites, as compliance when no allowed path is left', () => {
    expect(o.nodes['site-a']?.badges).toContainEqual({ kind: 'compliance', label: '1 dropped' });
    expect(o.nodes['site-b']?.badges).toContainEqual({ kind: 'failed', label: '1 unreachable' });
  });

  it('keeps the path used before the failure as a faint ghost when it is not failed itself', () => {
    const degraded = whatIfOverlay({
      design,
      baseline: baselineResult(),
      scenario,
      failures: [],
      focus: NO_FOCUS,
    });
    expect(degraded.edges['l-a1']).toMatchObject({ dimmed: true, color: '#2563eb', label: 'before the failure' });
  });

  it('marks failures at once, before any result arrives', () => {
    const early = whatIfOverlay({
      design,
      baseline: null,
      scenario: null,
      failures: [{ kind: 'circuit', target: 'c1', mode: 'silent' }],
      focus: NO_FOCUS,
    });
    expect(early.edges['l-a2']).toMatchObject({ failed: true, label: '✕ silent failure: circuit c1' });
    expect(early.edges['l-b1']?.failed).toBe(true);
    expect(early.edges['l-a1']).toBeUndefined();
  });

  it('marks a degraded link without taking it down, keeping its traffic label', () => {
    const d = whatIfOverlay({
      design,
      baseline: baselineResult(),
      scenario: null,
      failures: [{ kind: 'link', target: 'l-a1', mode: 'degrade', addLatencyMs: 80, addLossPct: 2 }],
      focus: NO_FOCUS,
    });
    expect(d.edges['l-a1']?.failed).toBeUndefined();
    expect(d.edges['l-a1']?.label).toBe('degraded +80 ms, +2 % loss · 50 Mbps · 50 %');
    const idle = whatIfOverlay({
      design,
      baseline: baselineResult(),
      scenario: null,
      failures: [{ kind: 'link', target: 'l-a2', mode: 'degrade', addLatencyMs: 10 }],
      focus: NO_FOCUS,
    });
    expect(idle.edges['l-a2']).toMatchObject({ color: DEGRADED_COLOR, dimmed: false, label: 'degraded +10 ms' });
  });
});
