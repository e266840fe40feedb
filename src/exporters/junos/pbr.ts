// Policy-based routing on Junos is filter-based forwarding: an input firewall filter on the LAN
// port sends matching packets to a forwarding routing-instance whose default route points at the
// chosen next hop; a rib-group shares the interface routes so that next hop resolves.
import type { DeviceModel, PbrEntry } from '../../devices/types';
import { safeCidr, safeIdentifier, safeInteger, safeIpv4 } from '../escape';
import { P, type Warn } from './common';
import { block, type ConfigNode, statement } from './tree';

export const PBR_RIB_GROUP = 'EGRESS-PBR';

export interface JunosPbr {
  firewall: ConfigNode | null;
  instances: ConfigNode | null;
  /** routing-options children (interface-routes + rib-groups). */
  routingOptions: ConfigNode[];
  /** The filter to apply on the PBR interfaces, if any. */
  filterName: string | null;
}

export function renderPbr(device: DeviceModel, host: string, warn: Warn): JunosPbr {
  for (const probe of device.probes) {
    warn(
      'slaProbes',
      `link '${probe.linkId}' is watched by SD-WAN probes (${probe.intervalMs} ms x ${probe.failures}); Junos RPM probes with ip-monitoring are platform-specific and not exported: only BGP timers detect a silent failure here`,
      probe.linkId,
    );
  }
  const pbr = device.pbr;
  if (!pbr || pbr.rules.length === 0) return { firewall: null, instances: null, routingOptions: [], filterName: null };
  const name = safeIdentifier(P, `node '${host}' PBR policy name`, pbr.name);
  const instances = new Map<string, string>(); // next hop -> instance name
  const terms: ConfigNode[] = [];
  for (const entry of pbr.rules) {
    const seq = safeInteger(P, `PBR ${name} sequence`, entry.seq, 1, 65535);
    let then: ConfigNode;
    if (entry.action.kind === 'drop') {
      then = statement('then discard');
    } else {
      const nextHop = safeIpv4(P, `PBR rule '${entry.ruleId}' next hop`, entry.action.address);
      const instance = instances.get(nextHop) ?? `PBR-NH-${nextHop.replace(/\./g, '-')}`;
      instances.set(nextHop, instance);
      then = block('then', [statement(`routing-instance ${instance}`)]);
      if (entry.trackProbeId !== undefined) {
        warn(
          'slaProbes',
          `PBR rule '${entry.ruleId}' should stop using ${nextHop} when its SD-WAN probe fails; Junos filter-based forwarding does not follow probes here: the rule is static`,
          entry.ruleId,
        );
      }
    }
    terms.push(block(`term r${seq}`, [block('from', matchConditions(entry, warn)), then]));
  }
  terms.push(block('term default', [statement('then accept')]));
  const sorted = [...instances.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return {
    firewall: block('firewall', [block('family inet', [block(`filter ${name}`, terms)])]),
    instances: block(
      'routing-instances',
      sorted.map(([nextHop, instance]) =>
        block(instance, [
          statement('instance-type forwarding'),
          block('routing-options', [block('static', [statement(`route 0.0.0.0/0 next-hop ${nextHop}`)])]),
        ]),
      ),
    ),
    routingOptions: [
      block('interface-routes', [statement(`rib-group inet ${PBR_RIB_GROUP}`)]),
      block('rib-groups', [
        block(PBR_RIB_GROUP, [statement(`import-rib [ inet.0 ${sorted.map(([, i]) => `${i}.inet.0`).join(' ')} ]`)]),
      ]),
    ],
    filterName: name,
  };
}

function matchConditions(entry: PbrEntry, warn: Warn): ConfigNode[] {
  const m = entry.match;
  const out: ConfigNode[] = [];
  if (m.sourcePrefix) {
    out.push(block('source-address', [statement(safeCidr(P, `PBR rule '${entry.ruleId}' source`, m.sourcePrefix))]));
  }
  if (m.destinationPrefix) {
    out.push(
      block('destination-address', [
        statement(safeCidr(P, `PBR rule '${entry.ruleId}' destination`, m.destinationPrefix)),
      ]),
    );
  }
  let port: string | undefined;
  if (m.ports) {
    const from = safeInteger(P, `PBR rule '${entry.ruleId}' port`, m.ports.from, 0, 65535);
    const to = safeInteger(P, `PBR rule '${entry.ruleId}' port`, m.ports.to, from, 65535);
    port = from === to ? `${from}` : `${from}-${to}`;
  }
  if (m.protocol === 'any') {
    // A port only exists for TCP and UDP: "any protocol to port 443" is both.
    if (port) out.push(statement('protocol [ tcp udp ]'));
  } else if (m.protocol === 'icmp') {
    out.push(statement('protocol icmp'));
    if (port)
      warn('pbr', `PBR rule '${entry.ruleId}' matches ICMP and a port; ICMP has no ports: port ignored`, entry.ruleId);
    port = undefined;
  } else {
    out.push(statement(`protocol ${m.protocol}`));
  }
  if (port) out.push(statement(`destination-port ${port}`));
  if (m.dscp !== undefined)
    out.push(statement(`dscp ${safeInteger(P, `PBR rule '${entry.ruleId}' DSCP`, m.dscp, 0, 63)}`));
  return out;
}
