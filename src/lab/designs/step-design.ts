// Small designs, each built so that exactly one best-path step decides at one router. The lab
// suite runs each on FRR and checks three things: FRR reports that step (the design isolates
// what it claims), FRR picks the expected path, and the engine predicts the same.

import { DesignBuilder } from '../../model/samples/builder';
import type { Design } from '../../model/types';

export interface StepDesign {
  /** Short id, also the file name. */
  id: string;
  /** The FRR selectionReason the focus route must report. */
  step: string;
  focus: {
    router: string;
    prefix: string;
    /** Next-hop keys as the lab names them: `<neighbour> via <link>`. */
    best: string;
    ecmp: string[];
  };
  design: Design;
}

export const DEST_PREFIX = '10.100.0.0/16';

/** r, the site whose best path each design checks (AS 65101, originates 10.1.0.0/16). Callers
 * add nodes in the order that gives the router-ids their design relies on. */
export function addRouterUnderTest(b: DesignBuilder): void {
  b.site('r', { name: 'Router under test', country: 'US', asn: 65101, x: 0, y: 100, prefixes: ['10.1.0.0/16'] });
}

/** d, the cloud originating DEST_PREFIX: the prefix whose best path is under test. */
export function addDestination(b: DesignBuilder): void {
  b.cloud('d', {
    name: 'Destination',
    country: 'US',
    asn: 64512,
    x: 600,
    y: 100,
    provider: 'aws',
    region: 'us-east-1',
    prefixes: [DEST_PREFIX],
  });
}

export interface DiamondOptions {
  /** ASNs of the two hubs; the same ASN makes them one neighbour AS (MED, multipath). */
  lowAsn?: number;
  highAsn?: number;
  configure?: (b: DesignBuilder) => void;
}

/**
 * r (site) is dual-homed to h-low and h-high, both connected to d (cloud, originates
 * 10.100.0.0/16). h-low is listed first, so it gets the lower router-id (10.255.0.1 vs .2);
 * r's link to h-high comes first, so h-high has the lower peer address. Left alone, r picks
 * h-low on "Router ID"; a design proving another step makes h-high win at that step instead.
 */
export function diamond(name: string, options: DiamondOptions = {}): DesignBuilder {
  const b = new DesignBuilder(name, 'Lab design isolating one BGP best-path step.');
  b.hub('h-low', { name: 'Hub low router-id', country: 'US', asn: options.lowAsn ?? 65010, x: 300, y: 0 });
  b.hub('h-high', { name: 'Hub high router-id', country: 'US', asn: options.highAsn ?? 65020, x: 300, y: 200 });
  addRouterUnderTest(b);
  addDestination(b);
  b.link('r-high', 'r', 'h-high', 'mpls');
  b.link('r-low', 'r', 'h-low', 'mpls');
  b.link('high-d', 'h-high', 'd', 'cloud-interconnect');
  b.link('low-d', 'h-low', 'd', 'cloud-interconnect');
  options.configure?.(b);
  return b;
}

export const VIA_HIGH = 'h-high via r-high';
export const VIA_LOW = 'h-low via r-low';
