import { DesignBuilder } from '../../model/samples/builder';
import { addDestination, addRouterUnderTest, DEST_PREFIX, type StepDesign } from './step-design';

function build(maximumPaths: number) {
  const b = new DesignBuilder(
    `Step: peer address (maximum-paths ${maximumPaths})`,
    'Lab design isolating one BGP best-path step.',
  );
  addRouterUnderTest(b);
  b.hub('h', { name: 'Hub', country: 'US', asn: 65010, x: 300, y: 100 });
  addDestination(b);
  // Two sessions to the same router (same router-id): the peer address decides. The first link
  // is pinned high, so the winner is the second link's lower address, not document order.
  b.link('r-h-a', 'r', 'h', 'mpls', { addressing: { subnet: '10.254.9.0/31' } });
  b.link('r-h-b', 'r', 'h', 'internet');
  b.link('h-d', 'h', 'd', 'cloud-interconnect');
  b.settings({
    bgp: {
      defaultLocalPref: 100,
      maximumPaths,
      compareRouterId: true,
      alwaysCompareMed: false,
      deterministicMed: false,
      multipathRelax: false,
    },
  });
  return b.build();
}

/** maximum-paths 1: the path over the lower peer address (10.254.0.1 on r-h-b) is the only one. */
export const peerAddressDesign: StepDesign = {
  id: 'peer-address',
  step: 'Neighbor IP',
  focus: { router: 'r', prefix: DEST_PREFIX, best: 'h via r-h-b', ecmp: ['h via r-h-b'] },
  design: build(1),
};

/** maximum-paths 4: both sessions are ECMP members; the best is still the lower peer address. */
export const peerAddressEcmpDesign: StepDesign = {
  id: 'peer-address-ecmp',
  step: 'Neighbor IP',
  focus: { router: 'r', prefix: DEST_PREFIX, best: 'h via r-h-b', ecmp: ['h via r-h-a', 'h via r-h-b'] },
  design: build(4),
};
