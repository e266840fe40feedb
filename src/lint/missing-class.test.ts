import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../model/samples/builder';
import { missingClassRule } from './missing-class';
import { baseBuilder } from './testing';

describe('missing-class', () => {
  it('flags a PBR rule for a missing class, a site demand for one, and an unknown application', () => {
    const design = new DesignBuilder('t')
      .site('s', { name: 'S', country: 'US', asn: 65001, x: 0, y: 0, demandMbps: { ghost: 10 } })
      .trafficClass({ id: 'c', name: 'C', color: '#000000', match: { applications: ['zoom', 'skype'] } })
      .pbrRule({ id: 'r', match: { trafficClass: 'video' }, action: { drop: true } })
      .build();
    const found = missingClassRule.run(design);
    expect(found.map((d) => [d.elementId, d.severity])).toEqual([
      ['r', 'error'],
      ['s', 'warning'],
      ['c', 'warning'],
    ]);
    expect(found[2]!.message).toContain("'skype'");
  });

  it('accepts references to existing classes and applications', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'video', name: 'Video', color: '#000000', match: { applications: ['zoom', 'teams'] } })
      .pbrRule({ id: 'r', match: { trafficClass: 'video' }, action: { egressHub: 'hub-us' } })
      .build();
    expect(missingClassRule.run(design)).toEqual([]);
  });
});
