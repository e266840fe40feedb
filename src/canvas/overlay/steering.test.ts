import { describe, expect, it } from 'vitest';
import { NO_FOCUS } from './focus';
import { WARNING_COLOR } from './heat';
import { baselineResult, flow, hub1DownScenario, linkLoad, path, result, tinyDesign } from './overlay-fixtures';
import { steeringOverlay } from './steering';

const design = tinyDesign();

describe('steeringOverlay', () => {
  it('paints the class in focus along its path, animated, and fades every other link', () => {
    const o = steeringOverlay({ design, result: baselineResult(), focus: { ...NO_FOCUS, trafficClass: 'pii' } });
    expect(o.edges['l-a1']).toMatchObject({ color: '#dc2626', animated: true, reverse: false });
    expect(o.edges['l-1d']?.color).toBe('#dc2626');
    // site-b's link carries only video: out of focus.
    expect(o.edges['l-b1']).toEqual({ dimmed: true });
    expect(o.edges['l-a2']).toEqual({ dimmed: true });
  });

  it('makes the egress hub stand out and marks source and destination', () => {
    const o = steeringOverlay({ design, result: baselineResult(), focus: { ...NO_FOCUS, trafficClass: 'video' } });
    expect(o.nodes['hub-1']?.highlight).toBe('egress');
    expect(o.nodes['site-a']?.highlight).toBe('source');
    expect(o.nodes.dest?.highlight).toBe('path');
    expect(o.nodes['hub-2']?.dimmed).toBe(true);
  });

  it('colours a shared link by the class carrying the most traffic', () => {
    const o = steeringOverlay({ design, result: baselineResult(), focus: NO_FOCUS });
    // l-1d carries video 80 Mbps (two sites) and pii 10 Mbps.
    expect(o.edges['l-1d']?.color).toBe('#2563eb');
  });

  it('animates against the drawn direction when traffic crosses a link target → source', () => {
    const o = steeringOverlay({ design, result: hub1DownScenario().result, focus: NO_FOCUS });
    expect(o.edges['l-d2']).toMatchObject({ animated: true, reverse: true });
    expect(o.edges['l-a2']).toMatchObject({ animated: true, reverse: false });
  });

  it('labels a link with the traffic in focus and its utilisation, and widens busy links', () => {
    const o = steeringOverlay({ design, result: baselineResult(), focus: NO_FOCUS });
    expect(o.edges['l-a1']?.label).toBe('50 Mbps · 50 %');
    expect(o.edges['l-1d']?.label).toBe('90 Mbps · 9 %');
    expect(o.edges['l-a1']?.heat).toBeCloseTo(0.5);
    expect(o.edges['l-1d']?.width).toBeGreaterThan(o.edges['l-b1']?.width ?? 99);
  });

  it('gives the same decoration for loads that differ only by rounding (no redraw after a recompute)', () => {
    const a = baselineResult();
    const b = baselineResult();
    b.linkLoads = b.linkLoads.map((l) => ({ ...l, utilisation: l.utilisation + 1e-12 }));
    expect(steeringOverlay({ design, result: b, focus: NO_FOCUS }).edges).toEqual(
      steeringOverlay({ design, result: a, focus: NO_FOCUS }).edges,
    );
  });

  it('turns an over-capacity link the warning colour, whatever the class', () => {
    const r = baselineResult();
    r.linkLoads = [linkLoad('l-a1', 150, 100)];
    const o = steeringOverlay({ design, result: r, focus: { ...NO_FOCUS, trafficClass: 'video' } });
    expect(o.edges['l-a1']?.color).toBe(WARNING_COLOR);
    expect(o.edges['l-a1']?.label).toContain('⚠');
    expect(o.edges['l-a1']?.label).toContain('150 %');
    expect(o.edges['l-a1']?.heat).toBe(1);
    expect(o.edges['l-a1']?.width).toBeGreaterThanOrEqual(5);
  });

  it('puts SLA and compliance badges on the site that sends the failing flows', () => {
    const r = result([
      flow('site-a', 'video', [path(['site-a', 'hub-2', 'dest'], ['l-a2', 'l-d2'], 1, 'hub-2')], {
        state: 'sla-miss',
        meetsSla: false,
      }),
      flow('site-a', 'pii', [], { state: 'compliance-block', compliant: false }),
    ]);
    const o = steeringOverlay({ design, result: r, focus: NO_FOCUS });
    expect(o.nodes['site-a']?.badges).toEqual([
      { kind: 'sla', label: '1 SLA miss' },
      { kind: 'compliance', label: '1 blocked' },
    ]);
    // A site whose only flows go nowhere still stands out as a source, not faded.
    const only = steeringOverlay({ design, result: r, focus: { ...NO_FOCUS, trafficClass: 'pii' } });
    expect(only.nodes['site-a']?.highlight).toBe('source');
  });

  it('shows one flow alone when a flow is selected', () => {
    const o = steeringOverlay({ design, result: baselineResult(), focus: { ...NO_FOCUS, flow: 'site-b|video|dest' } });
    expect(o.edges['l-b1']?.color).toBe('#2563eb');
    expect(o.edges['l-a1']).toEqual({ dimmed: true });
    expect(o.nodes['site-a']?.dimmed).toBe(true);
  });

  it('splits ECMP shares over both paths', () => {
    const r = result([
      flow('site-a', 'video', [
        path(['site-a', 'hub-1', 'dest'], ['l-a1', 'l-1d'], 0.5, 'hub-1'),
        path(['site-a', 'hub-2', 'dest'], ['l-a2', 'l-d2'], 0.5, 'hub-2'),
      ]),
    ]);
    const o = steeringOverlay({ design, result: r, focus: NO_FOCUS });
    expect(o.edges['l-a1']?.label).toMatch(/^20 Mbps/);
    expect(o.edges['l-a2']?.label).toMatch(/^20 Mbps/);
    expect(o.nodes['hub-1']?.highlight).toBe('egress');
    expect(o.nodes['hub-2']?.highlight).toBe('egress');
  });

  it('draws nothing on an empty result instead of fading the whole design', () => {
    expect(steeringOverlay({ design, result: result([]), focus: NO_FOCUS })).toEqual({ nodes: {}, edges: {} });
  });

  it('badges an overloaded hub and heats hubs by utilisation', () => {
    const r = baselineResult();
    r.hubLoads = [{ ...r.hubLoads[0]!, loadMbps: 12000, utilisation: 1.2, overCapacity: true }];
    const o = steeringOverlay({ design, result: r, focus: NO_FOCUS });
    expect(o.nodes['hub-1']?.badges).toEqual([{ kind: 'overload', label: 'over capacity 120 %' }]);
    expect(o.nodes['hub-1']?.heat).toBe(1);
  });
});
