import { describe, expect, it } from 'vitest';
import { classOverlapRule } from './class-overlap';
import { baseBuilder } from './testing';

const color = '#2563eb';

describe('class-overlap', () => {
  it('flags two classes one flow can match, naming the flow', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'web', name: 'Web', color, match: { protocol: 'tcp', ports: ['443'] } })
      .trafficClass({
        id: 'cloud',
        name: 'Cloud',
        color,
        match: { ports: ['400-500'], destinationPrefixes: ['10.100.0.0/16'] },
      })
      .build();
    const found = classOverlapRule.run(design);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'lint.class-overlap', elementId: 'cloud', severity: 'warning' });
    expect(found[0]!.message).toContain("to 'aws'");
  });

  it('treats a default route as covering every destination', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'aws', name: 'AWS', color, match: { destinationPrefixes: ['10.100.0.0/16'] } })
      .trafficClass({ id: 'web', name: 'Web', color, match: { destinationPrefixes: ['0.0.0.0/0'] } })
      .build();
    expect(classOverlapRule.run(design).map((d) => d.elementId)).toEqual(['web']);
  });

  it('does not flag classes separated by any one criterion', () => {
    const design = baseBuilder()
      .cloud('gcp', {
        name: 'GCP',
        country: 'US',
        asn: 64513,
        x: 0,
        y: 0,
        provider: 'gcp',
        region: 'us-east4',
        prefixes: ['10.200.0.0/16'],
      })
      .link('hub-us-gcp', 'hub-us', 'gcp', 'cloud-interconnect')
      .trafficClass({ id: 'ef', name: 'EF', color, match: { dscp: [46] } })
      .trafficClass({ id: 'af', name: 'AF', color, match: { dscp: [34] } })
      .trafficClass({ id: 'udp', name: 'UDP', color, match: { protocol: 'udp', dscp: [0] } })
      .trafficClass({ id: 'tcp', name: 'TCP', color, match: { protocol: 'tcp', dscp: [0] } })
      .trafficClass({ id: 'zoom', name: 'Zoom', color, match: { applications: ['zoom'], dscp: [8] } })
      .trafficClass({ id: 'teams', name: 'Teams', color, match: { applications: ['teams'], dscp: [8] } })
      .trafficClass({ id: 'us', name: 'US', color, appliesTo: ['tag:us'], match: { dscp: [10] } })
      .trafficClass({ id: 'eu', name: 'EU', color, appliesTo: ['tag:eu'], match: { dscp: [10] } })
      .trafficClass({ id: 'aws', name: 'AWS', color, match: { dscp: [12], destinationPrefixes: ['10.100.0.0/16'] } })
      .trafficClass({ id: 'gcp', name: 'GCP', color, match: { dscp: [12], destinationPrefixes: ['10.200.0.0/16'] } })
      .build();
    expect(classOverlapRule.run(design)).toEqual([]);
  });
});
