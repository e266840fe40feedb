// protocols bgp for Junos: an EBGP and an IBGP group, one neighbor per design link with its own
// import/export chain, hold time and BFD. Best-path knobs map to `path-selection`, multipath to
// `multipath` (+ `multiple-as` for multipath-relax) and a load-balancing forwarding-table policy.
import type { BgpNeighbor, DeviceModel } from '../../devices/types';
import { safeCidr, safeIdentifier, safeInteger, safeIpv4 } from '../escape';
import { P, quoted, type Warn } from './common';
import { ECMP_POLICY, filterPolicyName, NEXT_HOP_SELF_POLICY, SOURCES_POLICY } from './policy';
import { block, type ConfigNode, statement } from './tree';

export function renderBgp(device: DeviceModel, warn: Warn): ConfigNode {
  const bgp = device.bgp;
  const groups: ConfigNode[] = [];
  for (const type of ['ebgp', 'ibgp'] as const) {
    const neighbors = bgp.neighbors.filter((n) => n.type === type);
    if (neighbors.length === 0) continue;
    groups.push(
      block(`group ${type === 'ebgp' ? 'EBGP' : 'IBGP'}`, [
        statement(`type ${type === 'ebgp' ? 'external' : 'internal'}`),
        bgp.maximumPaths > 1 &&
          (bgp.multipathRelax ? block('multipath', [statement('multiple-as')]) : statement('multipath')),
        ...neighbors.map((n) => neighbor(device, n, warn)),
      ]),
    );
  }
  return block('bgp', [pathSelection(device, warn), ...groups]);
}

/** Junos `path-selection` takes one mode; the first the design asks for wins, the rest are warned. */
function pathSelection(device: DeviceModel, warn: Warn): ConfigNode | null {
  const bgp = device.bgp;
  const wanted: { option: string; lost: string }[] = [];
  if (bgp.compareRouterId) {
    wanted.push({
      option: 'external-router-id',
      lost: 'between equal eBGP paths Junos keeps the active (older) path instead of comparing router-ids',
    });
  }
  if (bgp.alwaysCompareMed) {
    wanted.push({
      option: 'always-compare-med',
      lost: 'MED is compared only between paths from the same neighbour AS',
    });
  }
  if (!bgp.deterministicMed && medOrderCanMatter(device)) {
    wanted.push({
      option: 'cisco-non-deterministic',
      lost: "Junos groups paths by neighbour AS before comparing MED (deterministic MED), while the design models FRR's arrival-order comparison; results differ only when MEDs from several ASes compete",
    });
  }
  const [first, ...rest] = wanted;
  for (const w of rest) {
    warn(
      'bgp',
      `path-selection ${w.option} is not set (Junos takes one path-selection mode, ${first?.option} is used): ${w.lost}`,
    );
  }
  if (bgp.defaultLocalPref !== 100) {
    warn(
      'bgp',
      `default local-preference ${bgp.defaultLocalPref} is not exported: Junos assumes 100 for routes without one; set it in the import policies if it matters`,
    );
  }
  if (bgp.maximumPaths > 1 && bgp.neighbors.length > bgp.maximumPaths) {
    warn(
      'bgp',
      `maximum-paths ${bgp.maximumPaths}: Junos multipath uses every equal-cost path and has no per-protocol limit (the platform's ECMP maximum applies)`,
    );
  }
  return first ? statement(`path-selection ${first.option}`) : null;
}

/** Whether deterministic-med can change a result here: only when paths for one prefix can come
 * from several neighbour ASes (several sessions, not all eBGP to one AS). */
export function medOrderCanMatter(device: DeviceModel): boolean {
  const neighbors = device.bgp.neighbors;
  if (neighbors.length <= 1) return false;
  const allEbgp = neighbors.every((n) => n.type === 'ebgp');
  return !(allEbgp && new Set(neighbors.map((n) => n.remoteAsn)).size === 1);
}

function neighbor(device: DeviceModel, n: BgpNeighbor, warn: Warn): ConfigNode {
  const peer = safeIpv4(P, `neighbor on link '${n.linkId}'`, n.peerAddress);
  const hold = safeInteger(P, `link '${n.linkId}' hold time`, n.timers.holdS, 0, 65535);
  if (hold !== 0 && hold < 3) throw new Error(`junos: link '${n.linkId}': a hold time is 0 or 3-65535 s, not ${hold}`);
  if (n.timers.keepaliveS !== Math.floor(hold / 3)) {
    warn(
      'bgp',
      `link '${n.linkId}': keepalive ${n.timers.keepaliveS} s is not exported; Junos always sends keepalives every hold/3 = ${Math.floor(hold / 3)} s`,
      n.linkId,
    );
  }
  const exportChain = [
    SOURCES_POLICY,
    ...(n.outFilter ? [filterPolicyName(safeIdentifier(P, 'prefix-list name', n.outFilter))] : []),
    ...(n.nextHopSelf ? [NEXT_HOP_SELF_POLICY] : []),
    safeIdentifier(P, 'route-map name', n.routeMapOut),
  ];
  const bfd = n.bfd ? device.bfdPeers.find((b) => b.linkId === n.linkId) : undefined;
  return block(`neighbor ${peer}`, [
    statement(`description ${quoted(n.description)}`),
    statement(`local-address ${safeIpv4(P, `link '${n.linkId}' local address`, n.localAddress)}`),
    n.type === 'ebgp' &&
      statement(`peer-as ${safeInteger(P, `link '${n.linkId}' remote ASN`, n.remoteAsn, 1, 4294967294)}`),
    statement(`hold-time ${hold}`),
    statement(`import ${safeIdentifier(P, 'route-map name', n.routeMapIn)}`),
    statement(`export [ ${exportChain.join(' ')} ]`),
    n.allowasIn > 0 &&
      block('family inet', [
        block('unicast', [statement(`loops ${safeInteger(P, 'allowas-in', n.allowasIn, 1, 10)}`)]),
      ]),
    n.asOverride && statement('as-override'),
    bfd &&
      block('bfd-liveness-detection', [
        statement(`minimum-interval ${safeInteger(P, `BFD interval (link ${n.linkId})`, bfd.intervalMs, 1, 255000)}`),
        statement(`multiplier ${safeInteger(P, `BFD multiplier (link ${n.linkId})`, bfd.multiplier, 1, 255)}`),
      ]),
  ]);
}

export function renderRoutingOptions(device: DeviceModel, host: string, extra: ConfigNode[]): ConfigNode {
  const bgp = device.bgp;
  return block('routing-options', [
    statement(`router-id ${safeIpv4(P, `node '${host}' router-id`, bgp.routerId)}`),
    statement(`autonomous-system ${safeInteger(P, `node '${host}' ASN`, bgp.asn, 1, 4294967294)}`),
    block(
      'static',
      device.staticRoutes.map((r) => {
        const prefix = safeCidr(P, `node '${host}' static route`, r.prefix);
        return r.nextHop === 'blackhole'
          ? statement(`route ${prefix} discard`)
          : statement(`route ${prefix} next-hop ${safeIpv4(P, `static route ${prefix} next hop`, r.nextHop)}`);
      }),
    ),
    bgp.maximumPaths > 1 && block('forwarding-table', [statement(`export ${ECMP_POLICY}`)]),
    ...extra,
  ]);
}
