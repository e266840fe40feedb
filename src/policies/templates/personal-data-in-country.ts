// Personal data only through in-country gateways: `site` (the source site's own country) is the
// only allowed jurisdiction, on the primary and every failover path, with firewall + IPS, and
// the class drops rather than leave the country. Sites with no such gateway are named.

import { jurisdictionNoEgressRule } from '../../lint/jurisdiction-no-egress';
import type { TrafficClass } from '../../model';
import { type PolicyTemplate, upsertClass } from './template';

export const personalDataInCountryTemplate: PolicyTemplate = {
  id: 'personal-data-in-country',
  title: 'Personal data only through in-country gateways',
  description:
    'CRM/personal data may egress only in the source site’s country, inspected by firewall and IPS; else dropped.',
  apply(design) {
    const tc: TrafficClass = {
      id: 'personal-data',
      name: 'Personal data',
      color: '#dc2626',
      appliesTo: ['*'],
      match: {
        applications: ['crm'],
        dscp: [18],
        protocol: 'tcp',
        ports: ['443'],
        sourcePrefixes: [],
        destinationPrefixes: [],
      },
      sla: {},
      strategy: 'follow-bgp',
      preferredHubs: [],
      fallback: 'drop',
      allowedJurisdictions: ['site'],
      requiredInspection: ['firewall', 'ips'],
      defaultDemandMbps: 5,
      destinationWeights: {},
      critical: true,
    };
    const { design: next, created } = upsertClass(design, tc);
    const stranded = jurisdictionNoEgressRule.run({
      ...next,
      trafficClasses: next.trafficClasses.filter((c) => c.id === tc.id),
    });
    return {
      design: next,
      summary: [
        `${created ? 'Added' : 'Updated'} class 'personal-data': egress only in the site's own country, firewall + IPS, drop otherwise.`,
        ...stranded.map((d) => `Check: ${d.message}`),
      ],
    };
  },
};
