import { DesignBuilder } from '../../model/samples/builder';
import { addDestination, addRouterUnderTest, DEST_PREFIX, type StepDesign } from './step-design';

function build() {
  const b = new DesignBuilder('Step: eBGP over iBGP', 'Lab design isolating one BGP best-path step.');
  // h shares r's AS (iBGP) and is listed first, so its router-id is the lower one.
  b.hub('h', { name: 'iBGP hub', country: 'US', asn: 65101, x: 300, y: 0 });
  addRouterUnderTest(b);
  addDestination(b);
  b.link('r-h', 'r', 'h', 'mpls');
  b.link('h-d', 'h', 'd', 'cloud-interconnect');
  b.link('r-d', 'r', 'd', 'cloud-interconnect');
  return b.build();
}

/** r hears d's prefix from d itself (eBGP) and from h (iBGP), both with AS_PATH "64512": eBGP wins. */
export const ebgpOverIbgpDesign: StepDesign = {
  id: 'ebgp-over-ibgp',
  step: 'Peer Type',
  focus: { router: 'r', prefix: DEST_PREFIX, best: 'd via r-d', ecmp: ['d via r-d'] },
  design: build(),
};
