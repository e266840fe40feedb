// Policy-based routing and SD-WAN probes on IOS-XE: an extended ACL per PBR entry, one PBR
// route-map applied on the LAN port, and `ip sla` ICMP probes with `track` objects, so a PBR next
// hop is only used while its link's probe answers (`set ip next-hop verify-availability`).
import type { DeviceModel, PbrEntry } from '../../devices/types';
import { safeCidr, safeIdentifier, safeInteger, safeIpv4, safeText } from '../escape';
import { P, type Warn } from './common';
import { prefixLengthToWildcard, splitCidr } from './ipv4';

/** IOS-XE `track ... delay down` accepts 0-180 s. */
const MAX_TRACK_DELAY_S = 180;
/** IOS-XE's default and usual ceiling for an ICMP echo timeout, ms. */
const MAX_TIMEOUT_MS = 5000;

export function renderSla(device: DeviceModel, host: string, warn: Warn): string[] {
  const out: string[] = [];
  for (const probe of device.probes) {
    const id = safeInteger(P, `node '${host}' probe id`, probe.id, 1, 2147483647);
    const target = safeIpv4(P, `probe on link '${probe.linkId}' target`, probe.targetAddress);
    const source = safeIpv4(P, `probe on link '${probe.linkId}' source`, probe.sourceAddress);
    const interval = safeInteger(P, `probe on link '${probe.linkId}' interval`, probe.intervalMs, 1, 604800000);
    // IP SLA probes at most once a second: a faster design interval is rounded up, and said so.
    const frequencyS = Math.max(1, Math.ceil(interval / 1000));
    if (frequencyS * 1000 !== interval) {
      warn(
        'slaProbes',
        `link '${probe.linkId}': probe interval ${interval} ms cannot be expressed (IP SLA counts whole seconds): exported as ${frequencyS} s, so failure detection takes about ${frequencyS * probe.failures} s instead of ${(interval * probe.failures) / 1000} s`,
        probe.linkId,
      );
    }
    const timeoutMs = Math.min(frequencyS * 1000, MAX_TIMEOUT_MS);
    const failures = safeInteger(P, `probe on link '${probe.linkId}' failures`, probe.failures, 1, 3600);
    let delayDown = (failures - 1) * frequencyS;
    if (delayDown > MAX_TRACK_DELAY_S) {
      warn(
        'slaProbes',
        `link '${probe.linkId}': ${failures} failed probes take ${delayDown} s, beyond IOS-XE's track delay limit of ${MAX_TRACK_DELAY_S} s: exported as ${MAX_TRACK_DELAY_S} s`,
        probe.linkId,
      );
      delayDown = MAX_TRACK_DELAY_S;
    }
    out.push(
      `! SD-WAN probe of link ${safeIdentifier(P, 'link id', probe.linkId)}: ${frequencyS} s x ${failures} failures`,
      `ip sla ${id}`,
      ` icmp-echo ${target} source-ip ${source}`,
      // threshold <= timeout <= frequency, set in that order so each step is accepted.
      ` threshold ${timeoutMs}`,
      ` timeout ${timeoutMs}`,
      ` frequency ${frequencyS}`,
      `ip sla schedule ${id} life forever start-time now`,
      `track ${id} ip sla ${id} reachability`,
      ...(delayDown > 0 ? [` delay down ${delayDown}`] : []),
      '!',
    );
  }
  return out;
}

export function renderPbr(device: DeviceModel, host: string, warn: Warn): string[] {
  const pbr = device.pbr;
  if (!pbr || pbr.rules.length === 0) return [];
  const name = safeIdentifier(P, `node '${host}' PBR policy name`, pbr.name);
  const acls: string[] = [];
  const maps: string[] = [];
  for (const entry of pbr.rules) {
    const seq = safeInteger(P, `PBR ${name} sequence`, entry.seq, 1, 65535);
    const acl = `${name}-${seq}`;
    acls.push(`ip access-list extended ${acl}`, ` remark ${safeText(`rule ${entry.ruleId}: ${entry.description}`)}`);
    for (const ace of accessEntries(entry, warn)) acls.push(` permit ${ace}`);
    acls.push('!');
    maps.push(
      `route-map ${name} permit ${seq}`,
      ` description ${safeText(entry.description)}`,
      ` match ip address ${acl}`,
    );
    if (entry.action.kind === 'drop') {
      maps.push(' set interface Null0');
    } else {
      const nextHop = safeIpv4(P, `PBR rule '${entry.ruleId}' next hop`, entry.action.address);
      const probe = device.probes.find((p) => String(p.id) === String(entry.trackProbeId));
      // Tracked: the next hop is skipped (normal routing applies) while its probe fails.
      maps.push(
        probe ? ` set ip next-hop verify-availability ${nextHop} 1 track ${probe.id}` : ` set ip next-hop ${nextHop}`,
      );
    }
    maps.push('!');
  }
  return [...acls, ...maps];
}

/** The ACE bodies (after `permit`) for one PBR entry: `udp any 10.1.0.0 0.0.255.255 range 1 2 dscp 46`. */
export function accessEntries(entry: PbrEntry, warn: Warn): string[] {
  const m = entry.match;
  const source = m.sourcePrefix ? addressSpec(safeCidr(P, `PBR rule '${entry.ruleId}' source`, m.sourcePrefix)) : 'any';
  const destination = m.destinationPrefix
    ? addressSpec(safeCidr(P, `PBR rule '${entry.ruleId}' destination`, m.destinationPrefix))
    : 'any';
  let port = '';
  if (m.ports) {
    const from = safeInteger(P, `PBR rule '${entry.ruleId}' port`, m.ports.from, 0, 65535);
    const to = safeInteger(P, `PBR rule '${entry.ruleId}' port`, m.ports.to, from, 65535);
    port = from === to ? ` eq ${from}` : ` range ${from} ${to}`;
  }
  const dscp = m.dscp !== undefined ? ` dscp ${safeInteger(P, `PBR rule '${entry.ruleId}' DSCP`, m.dscp, 0, 63)}` : '';
  let protocols: string[];
  switch (m.protocol) {
    case 'any':
      // A port only exists for TCP and UDP: "any protocol to port 443" is both.
      protocols = port ? ['tcp', 'udp'] : ['ip'];
      break;
    case 'icmp':
      if (port)
        warn(
          'pbr',
          `PBR rule '${entry.ruleId}' matches ICMP and a port; ICMP has no ports: port ignored`,
          entry.ruleId,
        );
      port = '';
      protocols = ['icmp'];
      break;
    default:
      protocols = [m.protocol];
  }
  return protocols.map((proto) => `${proto} ${source} ${destination}${port}${dscp}`);
}

function addressSpec(cidr: string): string {
  const [address, length] = splitCidr(cidr);
  if (length === 0) return 'any';
  if (length === 32) return `host ${address}`;
  return `${address} ${prefixLengthToWildcard(length)}`;
}
