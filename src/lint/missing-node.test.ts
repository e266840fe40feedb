import { describe, expect, it } from 'vitest';
import { missingNodeRule } from './missing-node';
import { baseBuilder } from './testing';

const color = '#2563eb';

describe('missing-node', () => {
  it('flags every kind of reference to a node that is not there', () => {
    const design = baseBuilder()
      .trafficClass({
        id: 'c',
        name: 'C',
        color,
        appliesTo: ['site-xx', 'tag:nowhere'],
        preferredHubs: ['site-us'],
        destinationWeights: { gone: 2 },
      })
      .bgpPolicy({ id: 'p', router: 'hub-xx', neighbor: 'tag:ghost', direction: 'in', set: { localPref: 200 } })
      .pbrRule({ id: 'r', appliesTo: ['site-zz'], action: { egressHub: 'aws', nextHop: 'nope' } })
      .build();
    const found = missingNodeRule.run(design);
    expect(found.map((d) => d.elementId)).toEqual(['c', 'c', 'c', 'c', 'p', 'p', 'r', 'r', 'r']);
    expect(found.every((d) => d.code === 'lint.missing-node' && d.severity === 'error')).toBe(true);
    expect(found.map((d) => d.message).join('\n')).toMatch(/'tag:nowhere' \(no node carries that tag\)/);
  });

  it('accepts references that resolve', () => {
    const design = baseBuilder()
      .trafficClass({
        id: 'c',
        name: 'C',
        color,
        appliesTo: ['*', 'tag:us', 'site-de'],
        preferredHubs: ['hub-us'],
        destinationWeights: { aws: 2 },
      })
      .bgpPolicy({ id: 'p', router: 'site-us', neighbor: 'hub-us', direction: 'in', set: { localPref: 200 } })
      .pbrRule({ id: 'r', appliesTo: ['tag:eu'], action: { egressHub: 'hub-de', nextHop: 'hub-de' } })
      .build();
    expect(missingNodeRule.run(design)).toEqual([]);
  });
});
