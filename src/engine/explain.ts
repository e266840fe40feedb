// Stage 5, explanations: the one-line summary a person reads first. The structured parts
// (BGP rivals and deciding steps, steering candidates and exclusions) are assembled with the
// flow; this only puts them into words.
import { flat } from './flat-string';
import type { Flow } from './types';

export function summarize(flow: Omit<Flow, 'explanation'>, detail: string, decidingStep: string | null): string {
  const head = `${flow.trafficClass} from ${flow.site} to ${flow.destination}`;
  switch (flow.state) {
    case 'unreachable':
      return flat(`${head} is unreachable: ${detail}.`);
    case 'compliance-block':
      return flat(`${head} is blocked: ${detail}.`);
    case 'dropped':
      return flat(`${head} is dropped: ${detail}.`);
    default: {
      const via = flow.egressHub ? `leaves via ${flow.egressHub}` : 'breaks out without a hub';
      const split = flow.paths.length > 1 ? ` over ${flow.paths.length} paths` : '';
      const bgp = decidingStep ? ` BGP at the site decided by ${decidingStep}.` : '';
      const sla = flow.meetsSla ? 'meets the SLA' : 'MISSES the SLA';
      return flat(`${head} ${via}${split} (${detail}); ${flow.latencyMs} ms, ${flow.lossPct} % loss, ${sla}.${bgp}`);
    }
  }
}
