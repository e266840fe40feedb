// policy-options for Junos: prefix-lists become route-filter-lists (they carry the `le` match
// type), route-maps become policy-statements with one term per entry, and the chain each BGP
// export uses starts with EGRESS-SOURCES, because Junos, unlike a `network` statement, exports
// only what a policy accepts.
import type { DeviceModel, PrefixList, RouteMap, RouteMapEntry } from '../../devices/types';
import { safeCidr, safeIdentifier, safeInteger } from '../escape';
import { P, type Warn } from './common';
import { block, type ConfigNode, statement } from './tree';

export const SOURCES_POLICY = 'EGRESS-SOURCES';
export const NETWORKS_LIST = 'EGRESS-NETWORKS';
export const NEXT_HOP_SELF_POLICY = 'EGRESS-NEXT-HOP-SELF';
export const ECMP_POLICY = 'EGRESS-ECMP';
export const filterPolicyName = (list: string) => `FILTER-${list}`;

/** Route-filter-lists that hold at least one permit entry (a list without one matches nothing). */
export function permittedLists(device: DeviceModel): Set<string> {
  return new Set(device.prefixLists.filter((l) => l.entries.some((e) => e.action === 'permit')).map((l) => l.name));
}

export function renderPolicyOptions(device: DeviceModel, host: string, warn: Warn): ConfigNode {
  const usable = permittedLists(device);
  const children: ConfigNode[] = [];
  for (const list of device.prefixLists) {
    const node = routeFilterList(list, host, warn);
    if (node) children.push(node);
  }
  if (device.bgp.networks.length > 0) {
    children.push(
      block(
        `route-filter-list ${NETWORKS_LIST}`,
        device.bgp.networks.map((p) => statement(`${safeCidr(P, `node '${host}' originated prefix`, p)} exact`)),
      ),
    );
  }
  // What BGP may advertise at all: our originated prefixes and routes learned by BGP. Interface
  // and static routes are never leaked.
  children.push(
    block(`policy-statement ${SOURCES_POLICY}`, [
      device.bgp.networks.length > 0 &&
        block('term originated', [
          block('from', [statement('protocol static'), statement(`route-filter-list ${NETWORKS_LIST}`)]),
          statement('then next policy'),
        ]),
      block('term learned', [statement('from protocol bgp'), statement('then next policy')]),
      block('term other', [statement('then reject')]),
    ]),
  );
  // The no-transit filter each session applies before its route-map (FRR: `prefix-list ... out`).
  const filters = new Set(device.bgp.neighbors.map((n) => n.outFilter).filter((f): f is string => !!f));
  for (const list of [...filters].sort()) {
    const name = safeIdentifier(P, 'prefix-list name', list);
    children.push(
      block(`policy-statement ${filterPolicyName(name)}`, [
        usable.has(name) &&
          block('term allowed', [statement(`from route-filter-list ${name}`), statement('then next policy')]),
        block('term other', [statement('then reject')]),
      ]),
    );
  }
  if (device.bgp.neighbors.some((n) => n.nextHopSelf)) {
    children.push(
      block(`policy-statement ${NEXT_HOP_SELF_POLICY}`, [
        block('term self', [block('then', [statement('next-hop self'), statement('next policy')])]),
      ]),
    );
  }
  if (device.bgp.maximumPaths > 1) {
    // Without this the forwarding table keeps one next hop even when BGP selects several.
    children.push(block(`policy-statement ${ECMP_POLICY}`, [block('then', [statement('load-balance per-packet')])]));
  }
  for (const map of device.routeMaps) children.push(policyStatement(map, host, usable, warn));
  return block('policy-options', children);
}

function routeFilterList(list: PrefixList, host: string, warn: Warn): ConfigNode | null {
  const name = safeIdentifier(P, `node '${host}' prefix-list name`, list.name);
  const denies = list.entries.filter((e) => e.action === 'deny');
  const permits = list.entries.filter((e) => e.action === 'permit');
  if (denies.length > 0 && permits.length > 0) {
    warn(
      'routeMaps',
      `prefix-list ${name} mixes deny and permit entries; a Junos route-filter-list has no deny and matches the longest prefix first: the deny entries are not exported`,
    );
  }
  if (permits.length === 0) return null;
  return block(
    `route-filter-list ${name}`,
    permits.map((e) => {
      const prefix = safeCidr(P, `prefix-list ${name} prefix`, e.prefix);
      const length = Number(prefix.split('/')[1]);
      const le = e.le === undefined ? length : safeInteger(P, `prefix-list ${name} le`, e.le, length, 32);
      const match = le === length ? 'exact' : le === 32 ? 'orlonger' : `upto /${le}`;
      return statement(`${prefix} ${match}`);
    }),
  );
}

function policyStatement(map: RouteMap, host: string, usable: Set<string>, warn: Warn): ConfigNode {
  const name = safeIdentifier(P, `node '${host}' route-map name`, map.name);
  const terms: ConfigNode[] = [];
  for (const entry of map.entries) {
    if (entry.matchPrefixList && !usable.has(entry.matchPrefixList)) continue; // matches nothing
    terms.push(term(name, entry, warn));
  }
  // A route-map denies what no entry permits; a Junos policy would fall through to the protocol's
  // default policy instead, so the implicit deny is written out.
  terms.push(block('term implicit-deny', [statement('then reject')]));
  return block(`policy-statement ${name}`, terms);
}

function term(mapName: string, entry: RouteMapEntry, warn: Warn): ConfigNode {
  const seq = safeInteger(P, `route-map ${mapName} sequence`, entry.seq, 1, 65535);
  const actions: ConfigNode[] = [];
  const s = entry.set;
  if (s.weight !== undefined) {
    warn(
      'routeMaps',
      `route-map ${mapName} entry ${seq}${entry.source ? ` (policy ${entry.source})` : ''} sets weight ${s.weight}; Junos has no BGP weight: not exported, use local-preference instead`,
      entry.source,
    );
  }
  if (s.localPref !== undefined) {
    actions.push(statement(`local-preference ${safeInteger(P, 'local-preference', s.localPref, 0, 4294967295)}`));
  }
  if (s.med !== undefined) actions.push(statement(`metric ${safeInteger(P, 'MED', s.med, 0, 4294967295)}`));
  if (s.asPathPrepend && s.asPathPrepend.count > 0) {
    const asn = safeInteger(P, 'prepended ASN', s.asPathPrepend.asn, 1, 4294967294);
    actions.push(statement(`as-path-prepend "${Array.from({ length: s.asPathPrepend.count }, () => asn).join(' ')}"`));
  }
  if (entry.action === 'deny') actions.push(statement('reject'));
  else actions.push(statement(entry.continueNext ? 'next term' : 'accept'));
  return block(`term s${seq}`, [
    entry.matchPrefixList
      ? statement(`from route-filter-list ${safeIdentifier(P, 'prefix-list name', entry.matchPrefixList)}`)
      : null,
    block('then', actions),
  ]);
}
