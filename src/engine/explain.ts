// Stage 5, explanations: the one-line summary a person reads first. The structured parts
// (BGP rivals and deciding steps, steering candidates and exclusions) are assembled with the
// flow; this only puts them into words.
import type { Flow } from './types';

export function summarize(flow: Omit<Flow, 'explanation'>, detail: string, decidingStep: string | null): string {
  // Joined, not concatenated: `a + b` makes a tree of rope pieces that lives as long as the
  // result does, and 28k summaries of a large design were half a million small heap objects
  // for the garbage collector to copy. join() writes one flat string.
  const head = [flow.trafficClass, ' from ', flow.site, ' to ', flow.destination];
  switch (flow.state) {
    case 'unreachable':
      return [...head, ' is unreachable: ', detail, '.'].join('');
    case 'compliance-block':
      return [...head, ' is blocked: ', detail, '.'].join('');
    case 'dropped':
      return [...head, ' is dropped: ', detail, '.'].join('');
    default: {
      const via = flow.egressHub ? ['leaves via ', flow.egressHub].join('') : 'breaks out without a hub';
      const split = flow.paths.length > 1 ? [' over ', flow.paths.length, ' paths'].join('') : '';
      const bgp = decidingStep ? [' BGP at the site decided by ', decidingStep, '.'].join('') : '';
      const sla = flow.meetsSla ? 'meets the SLA' : 'MISSES the SLA';
      return [
        ...head,
        ' ',
        via,
        split,
        ' (',
        detail,
        '); ',
        flow.latencyMs,
        ' ms, ',
        flow.lossPct,
        ' % loss, ',
        sla,
        '.',
        bgp,
      ].join('');
    }
  }
}
