// Backup and dev/test on the cheapest egress: lowest cost among the paths meeting a loose SLA,
// following BGP when none does. Bulk traffic should never take the expensive premium links.
import { applicationPreset, type TrafficClass } from '../../model';
import { cloudPrefixes, type PolicyTemplate, upsertClass } from './template';

export const bulkOnCheapestTemplate: PolicyTemplate = {
  id: 'bulk-on-cheapest',
  title: 'Backup and dev/test on the cheapest egress',
  description: 'Backup (DSCP CS1) and dev/test (best effort) to the clouds, steered by lowest cost meeting the SLA.',
  apply(design) {
    const backupPreset = applicationPreset('backup')!;
    const clouds = cloudPrefixes(design);
    const backup: TrafficClass = {
      id: 'backup',
      name: 'Backup',
      color: '#16a34a',
      appliesTo: ['*'],
      match: {
        applications: ['backup'],
        dscp: backupPreset.dscp,
        protocol: backupPreset.protocol,
        ports: backupPreset.ports,
        sourcePrefixes: [],
        destinationPrefixes: clouds,
      },
      sla: { maxLossPct: 2 },
      strategy: 'lowest-cost-sla',
      preferredHubs: [],
      fallback: 'follow-bgp',
      allowedJurisdictions: [],
      requiredInspection: [],
      defaultDemandMbps: 100,
      destinationWeights: {},
      critical: false,
    };
    const devtest: TrafficClass = {
      ...backup,
      id: 'devtest',
      name: 'Dev/test',
      color: '#a855f7',
      match: {
        applications: [],
        dscp: [0],
        protocol: 'any',
        ports: [],
        sourcePrefixes: [],
        destinationPrefixes: clouds,
      },
      sla: { maxLossPct: 5 },
      defaultDemandMbps: 10,
    };
    const first = upsertClass(design, backup);
    const second = upsertClass(first.design, devtest);
    return {
      design: second.design,
      summary: [
        `${first.created ? 'Added' : 'Updated'} class 'backup' and ${second.created ? 'added' : 'updated'} class 'devtest': lowest cost meeting the SLA, else follow BGP.`,
        clouds.length > 0
          ? `Both go to the cloud prefixes ${clouds.join(', ')}.`
          : 'No cloud in the design, so both apply to every destination.',
      ],
    };
  },
};
