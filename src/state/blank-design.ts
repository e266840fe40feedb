// An empty design without going through the schema: the store needs one before the first frame,
// and parsing it with zod would pull the validator into the initial bundle. A unit test checks it
// equals the schema's own empty design, so the two cannot drift.
import type { Design } from '../model/types';

export function blankDesign(name = 'Untitled design'): Design {
  return {
    schemaVersion: 1,
    meta: { name, description: '' },
    settings: {
      bgp: {
        defaultLocalPref: 100,
        maximumPaths: 4,
        compareRouterId: true,
        alwaysCompareMed: false,
        deterministicMed: false,
        multipathRelax: false,
      },
      addressing: { loopbackPool: '10.255.0.0/16', linkPool: '10.254.0.0/16' },
    },
    nodes: [],
    links: [],
    circuits: [],
    trafficClasses: [],
    bgpPolicies: [],
    pbrRules: [],
    scenarios: [],
  };
}
