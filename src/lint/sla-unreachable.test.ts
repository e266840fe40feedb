import { describe, expect, it } from 'vitest';
import { slaUnreachableRule } from './sla-unreachable';
import { baseBuilder } from './testing';

const color = '#2563eb';
const toAws = { destinationPrefixes: ['10.100.0.0/16'] };

describe('sla-unreachable', () => {
  it('errors when no site can meet the latency bound (best US path is 12 ms)', () => {
    const design = baseBuilder()
      .trafficClass({
        id: 'hft',
        name: 'Trading',
        color,
        appliesTo: ['site-us'],
        match: toAws,
        sla: { maxLatencyMs: 11 },
      })
      .build();
    const found = slaUnreachableRule.run(design);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'lint.sla-unreachable', elementId: 'hft', severity: 'error' });
    expect(found[0]!.message).toContain('latency 12 ms');
  });

  it('warns for the sites that cannot meet it when others can (DE reaches AWS in 92 ms at best)', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'video', name: 'Video', color, match: toAws, sla: { maxLatencyMs: 50 } })
      .build();
    const found = slaUnreachableRule.run(design);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain('site-de → aws');
    expect(found[0]!.message).not.toContain('site-us → aws');
  });

  it('compounds loss and adds jitter along the path', () => {
    const lossy = baseBuilder()
      .trafficClass({ id: 'l', name: 'L', color, appliesTo: ['site-de'], match: toAws, sla: { maxLossPct: 0.49 } })
      .build();
    // Only path: de-hub-us (0.5 %) then hub-us-aws (0 %).
    expect(slaUnreachableRule.run(lossy)).toHaveLength(1);
    const jittery = baseBuilder()
      .trafficClass({ id: 'j', name: 'J', color, appliesTo: ['site-us'], match: toAws, sla: { maxJitterMs: 0.5 } })
      .build();
    expect(slaUnreachableRule.run(jittery)[0]!.message).toContain('jitter 1 ms');
  });

  it('accepts SLAs some path meets, exactly at the bound too', () => {
    const design = baseBuilder()
      .trafficClass({
        id: 'a',
        name: 'A',
        color,
        match: toAws,
        sla: { maxLatencyMs: 92, maxLossPct: 0.5, maxJitterMs: 8 },
      })
      .trafficClass({ id: 'b', name: 'B', color })
      .build();
    expect(slaUnreachableRule.run(design)).toEqual([]);
  });

  it('does not route through a site that gives no transit', () => {
    // A fast detour through site-us (not transit) must not count for site-de.
    const design = baseBuilder()
      .link('de-us-direct', 'site-de', 'site-us', 'mpls', { latencyMs: 1 })
      .trafficClass({ id: 'v', name: 'V', color, appliesTo: ['site-de'], match: toAws, sla: { maxLatencyMs: 50 } })
      .build();
    expect(slaUnreachableRule.run(design)).toHaveLength(1);
  });
});
