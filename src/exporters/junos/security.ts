// Route-based IKEv2/IPsec for Junos SRX (vSRX, SRX): one IKE and one IPsec proposal per device,
// an IKE policy (the pre-shared key), gateway and VPN per tunnel bound to an st0 unit, and the
// security zones that let IKE, BGP and BFD reach the router. Algorithms are the model's
// (strongSwan keywords) mapped to Junos keywords, so the other end negotiates the same suite.
import type { DeviceModel, IpsecTunnel, Tunnel } from '../../devices/types';
import { safeIdentifier, safeInteger, safeIpv4, safePsk } from '../escape';
import type { ExportContext } from '../types';
import { P, quoted, type Warn } from './common';
import { junosInterface, unitName } from './names';
import { block, type ConfigNode, statement } from './tree';

const IKE_ENCRYPTION: Record<IpsecTunnel['ike']['encryption'], string> = { aes256gcm16: 'aes-256-gcm' };
/** With an AEAD cipher in IKEv2, Junos uses the proposal's authentication-algorithm as the PRF. */
const IKE_PRF: Record<IpsecTunnel['ike']['prf'], string> = { prfsha384: 'sha-384' };
const ESP_ENCRYPTION: Record<IpsecTunnel['esp']['encryption'], string> = { aes256gcm16: 'aes-256-gcm' };
/** Junos DH group keywords; x25519 is not offered (support varies by release), the peer offers
 * ecp384 (group 20) as well, so the two ends agree. */
const DH_GROUP: Record<string, string | undefined> = { ecp384: 'group20' };

export const IKE_PROPOSAL = 'EGRESS-IKE';
export const IPSEC_PROPOSAL = 'EGRESS-ESP';
export const IPSEC_POLICY = 'EGRESS-IPSEC';
const LIFETIME = { min: 180, max: 86400 };

type IpsecTunnelOf = Tunnel & { ipsec: IpsecTunnel };

export function ipsecTunnels(device: DeviceModel): IpsecTunnelOf[] {
  return device.tunnels.filter((t): t is IpsecTunnelOf => t.kind === 'ipsec' && !!t.ipsec);
}

export function renderSecurity(
  device: DeviceModel,
  context: ExportContext,
  host: string,
  warn: Warn,
): ConfigNode | null {
  const tunnels = ipsecTunnels(device);
  const first = tunnels[0];
  if (!first) return null;
  const ike = first.ipsec.ike;
  const esp = first.ipsec.esp;
  const ikeGroup = dhGroup(ike.dhGroups, first.linkId);
  const espGroup = dhGroup(esp.dhGroups, first.linkId);
  warn(
    'ipsec',
    `Junos has no separate rekey timer: SAs are given the design's hard lifetimes (IKE ${ike.lifetimeS} s, ESP ${esp.lifetimeS} s) and Junos rekeys before they expire, not at exactly ${ike.rekeyS} s / ${esp.rekeyS} s`,
  );
  warn(
    'ipsec',
    'security zones are exported so IKE, BGP and BFD reach the router; the security policies between trust, untrust and vpn (which user traffic may cross) are not: add them per your rules',
  );
  const ikeBlock = block('ike', [
    block(`proposal ${IKE_PROPOSAL}`, [
      statement('authentication-method pre-shared-keys'),
      statement(`dh-group ${ikeGroup}`),
      statement(`authentication-algorithm ${IKE_PRF[ike.prf]}`),
      statement(`encryption-algorithm ${IKE_ENCRYPTION[ike.encryption]}`),
      statement(`lifetime-seconds ${lifetime(ike.lifetimeS, 'IKE', first.linkId, warn)}`),
    ]),
    ...tunnels.flatMap((t) => ikePolicyAndGateway(t, context, warn)),
  ]);
  const ipsecBlock = block('ipsec', [
    block(`proposal ${IPSEC_PROPOSAL}`, [
      statement('protocol esp'),
      statement(`encryption-algorithm ${ESP_ENCRYPTION[esp.encryption]}`),
      statement(`lifetime-seconds ${lifetime(esp.lifetimeS, 'ESP', first.linkId, warn)}`),
    ]),
    block(`policy ${IPSEC_POLICY}`, [
      block('perfect-forward-secrecy', [statement(`keys ${espGroup}`)]),
      statement(`proposals ${IPSEC_PROPOSAL}`),
    ]),
    ...tunnels.map((t) => vpn(device, t, host)),
  ]);
  return block('security', [ikeBlock, ipsecBlock, zones(device, tunnels, host)]);
}

function ikePolicyAndGateway(t: IpsecTunnelOf, context: ExportContext, warn: Warn): ConfigNode[] {
  const link = safeIdentifier(P, 'link id', t.linkId);
  const local = safeIpv4(P, `tunnel '${link}' local address`, t.local.outerAddress);
  const remote = safeIpv4(P, `tunnel '${link}' remote address`, t.remote.outerAddress);
  const psk = safePsk(P, `pre-shared key of tunnel '${link}'`, context.keys.psk(t.ipsec.pskRef));
  // DPD: a probe after `interval` s without traffic, dead after `threshold` unanswered probes.
  const interval = Math.min(60, Math.max(2, t.ipsec.dpdDelayS));
  const threshold = Math.min(5, Math.max(1, Math.round(t.ipsec.dpdTimeoutS / interval)));
  if (interval * threshold !== t.ipsec.dpdTimeoutS) {
    warn(
      'ipsec',
      `tunnel '${link}': DPD timeout ${t.ipsec.dpdTimeoutS} s cannot be expressed exactly (Junos: interval 2-60 s x threshold 1-5): exported as ${interval} s x ${threshold} = ${interval * threshold} s`,
      link,
    );
  }
  return [
    block(`policy IKE-${link}`, [
      statement(`description ${quoted(t.description)}`),
      statement(`proposals ${IKE_PROPOSAL}`),
      statement(`pre-shared-key ascii-text "${psk}"`),
    ]),
    block(`gateway GW-${link}`, [
      statement(`ike-policy IKE-${link}`),
      statement(`address ${remote}`),
      block('dead-peer-detection', [
        statement('probe-idle-tunnel'),
        statement(`interval ${interval}`),
        statement(`threshold ${threshold}`),
      ]),
      statement(`local-identity inet ${local}`),
      statement(`remote-identity inet ${remote}`),
      statement('external-interface lo0.0'),
      statement(`local-address ${local}`),
      statement('version v2-only'),
    ]),
  ];
}

function vpn(device: DeviceModel, t: IpsecTunnelOf, host: string): ConfigNode {
  const link = safeIdentifier(P, 'link id', t.linkId);
  const iface = device.interfaces.find((i) => i.name === t.local.interfaceName);
  const junos = iface ? junosInterface(iface) : null;
  if (!junos) throw new Error(`junos: tunnel '${link}' has no interface on '${host}'`);
  return block(`vpn VPN-${link}`, [
    statement(`bind-interface ${unitName(junos)}`),
    block('ike', [statement(`gateway GW-${link}`), statement(`ipsec-policy ${IPSEC_POLICY}`)]),
    // The link's source end brings the tunnel up; the other end answers (strongSwan does the same).
    t.ipsec.initiator && statement('establish-tunnels immediately'),
  ]);
}

function zones(device: DeviceModel, tunnels: IpsecTunnelOf[], host: string): ConfigNode {
  const unitsOf = (roles: string[]) =>
    device.interfaces
      .filter((i) => roles.includes(i.role))
      .map((i) => junosInterface(i))
      .filter((j): j is NonNullable<typeof j> => j !== null)
      .map((j) => statement(unitName(j)));
  const routing = block('host-inbound-traffic', [
    block('system-services', [statement('ping')]),
    block('protocols', [statement('bgp'), statement('bfd')]),
  ]);
  if (tunnels.length === 0) throw new Error(`junos: '${host}' has no tunnels to zone`);
  return block('zones', [
    block('security-zone trust', [block('interfaces', unitsOf(['lan']))]),
    block('security-zone untrust', [
      block('host-inbound-traffic', [
        block('system-services', [statement('ike'), statement('ping')]),
        block('protocols', [statement('bgp'), statement('bfd')]),
      ]),
      block('interfaces', unitsOf(['loopback', 'physical'])),
    ]),
    block('security-zone vpn', [routing, block('interfaces', unitsOf(['ipsec']))]),
  ]);
}

function dhGroup(names: readonly string[], linkId: string): string {
  const group = names.map((n) => DH_GROUP[n]).find((g) => g !== undefined);
  if (!group)
    throw new Error(`junos: tunnel '${linkId}' offers DH groups ${names.join(', ')}, none of which Junos supports`);
  return group;
}

function lifetime(seconds: number, what: string, linkId: string, warn: Warn): number {
  const s = safeInteger(P, `${what} lifetime`, seconds, 1, 2592000);
  if (s >= LIFETIME.min && s <= LIFETIME.max) return s;
  const clamped = Math.min(LIFETIME.max, Math.max(LIFETIME.min, s));
  warn(
    'ipsec',
    `${what} lifetime ${s} s is outside Junos's ${LIFETIME.min}-${LIFETIME.max} s: exported as ${clamped} s`,
    linkId,
  );
  return clamped;
}
