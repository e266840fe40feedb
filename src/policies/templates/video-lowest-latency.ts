// Video conferencing (Zoom, Teams, Webex) on the lowest-latency egress: best-quality steering
// with the usual real-time bounds, falling back to the best path anyway rather than dropping calls.
import { applicationPreset, type Design, type TrafficClass } from '../../model';
import { type PolicyTemplate, upsertClass } from './template';

const APPS = ['zoom', 'teams', 'webex'];

export const videoLowestLatencyTemplate: PolicyTemplate = {
  id: 'video-lowest-latency',
  title: 'Video conferencing on the lowest-latency egress',
  description: 'Zoom, Teams and Webex steered by best quality (latency first), SLA 150 ms / 1 % / 30 ms.',
  apply(design) {
    const presets = APPS.map((id) => applicationPreset(id)!);
    const saas = saasPrefixes(design);
    const tc: TrafficClass = {
      id: 'video',
      name: 'Video conferencing',
      color: '#2563eb',
      appliesTo: ['*'],
      match: {
        applications: APPS,
        dscp: [46],
        protocol: 'udp',
        ports: [...new Set(presets.flatMap((p) => p.ports))],
        sourcePrefixes: [],
        destinationPrefixes: saas,
      },
      // ITU-T G.114 keeps one-way delay under 150 ms for interactive voice/video.
      sla: { maxLatencyMs: 150, maxLossPct: 1, maxJitterMs: 30 },
      strategy: 'best-quality',
      preferredHubs: [],
      fallback: 'best-quality',
      allowedJurisdictions: [],
      requiredInspection: ['firewall'],
      defaultDemandMbps: 20,
      destinationWeights: {},
      critical: false,
    };
    const { design: next, created } = upsertClass(design, tc);
    return {
      design: next,
      summary: [
        `${created ? 'Added' : 'Updated'} class 'video': best-quality steering, SLA 150 ms, 1 % loss, 30 ms jitter.`,
        saas.length > 0
          ? `It applies to the SaaS destinations ${saas.join(', ')}.`
          : 'No SaaS destination in the design, so it applies to every destination.',
      ],
    };
  },
};

/** Prefixes of internet/SaaS nodes that are services, not the whole internet (no default route). */
function saasPrefixes(design: Design): string[] {
  const services = design.nodes.filter((n) => n.kind === 'internet' && !n.prefixes.includes('0.0.0.0/0'));
  return [...new Set(services.flatMap((n) => n.prefixes))];
}
