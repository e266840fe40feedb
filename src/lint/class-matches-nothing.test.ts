import { describe, expect, it } from 'vitest';
import { classMatchesNothingRule } from './class-matches-nothing';
import { baseBuilder } from './testing';

const color = '#2563eb';

function messages(build: (b: ReturnType<typeof baseBuilder>) => void) {
  const b = baseBuilder();
  build(b);
  return classMatchesNothingRule.run(b.build());
}

describe('class-matches-nothing', () => {
  it('flags a class whose destination prefixes cover no destination', () => {
    const found = messages((b) =>
      b.trafficClass({ id: 'gcp', name: 'GCP', color, match: { destinationPrefixes: ['10.200.0.0/16'] } }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'lint.class-matches-nothing', elementId: 'gcp' });
    expect(found[0]!.message).toContain('10.200.0.0/16');
  });

  it('flags a class applied to a tag no site carries', () => {
    const found = messages((b) => b.trafficClass({ id: 'apac', name: 'APAC', color, appliesTo: ['tag:apac'] }));
    expect(found.map((d) => d.elementId)).toEqual(['apac']);
  });

  it('flags contradictory criteria: ICMP with ports, an empty port range, a TCP class of UDP apps', () => {
    const found = messages((b) =>
      b
        .trafficClass({ id: 'ping', name: 'Ping', color, match: { protocol: 'icmp', ports: ['80'] } })
        .trafficClass({ id: 'backwards', name: 'Backwards', color, match: { ports: ['500-400'] } })
        .trafficClass({
          id: 'zoom-tcp',
          name: 'Zoom over TCP',
          color,
          match: { protocol: 'tcp', applications: ['zoom'] },
        }),
    );
    expect(found.map((d) => d.elementId)).toEqual(['ping', 'backwards', 'zoom-tcp']);
    expect(found[2]!.message).toContain('udp');
  });

  it('flags source prefixes outside every site the class applies to', () => {
    const found = messages((b) =>
      b.trafficClass({
        id: 'lab',
        name: 'Lab',
        color,
        appliesTo: ['site-us'],
        match: { sourcePrefixes: ['10.2.0.0/24'] },
      }),
    );
    expect(found.map((d) => d.elementId)).toEqual(['lab']);
  });

  it('accepts classes that match something', () => {
    const found = messages((b) =>
      b
        .trafficClass({ id: 'all', name: 'All', color })
        .trafficClass({ id: 'cloud', name: 'Cloud', color, match: { destinationPrefixes: ['10.100.0.0/16'] } })
        .trafficClass({ id: 'cloud-wide', name: 'Cloud wide', color, match: { destinationPrefixes: ['10.0.0.0/8'] } })
        .trafficClass({
          id: 'zoom',
          name: 'Zoom',
          color,
          appliesTo: ['tag:us'],
          match: { protocol: 'udp', applications: ['zoom'] },
        })
        .trafficClass({
          id: 'lab',
          name: 'Lab',
          color,
          appliesTo: ['site-us'],
          match: { sourcePrefixes: ['10.1.5.0/24'] },
        }),
    );
    expect(found).toEqual([]);
  });
});
