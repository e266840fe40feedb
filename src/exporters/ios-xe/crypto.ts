// IKEv2 + IPsec route-based VPN (static VTIs) for IOS-XE: one proposal/policy/transform-set per
// device, a keyring peer, an IKEv2 profile and an IPsec profile per tunnel, then the tunnel
// interface. Algorithms are the model's (strongSwan keywords) mapped to IOS-XE keywords, so the
// other end (strongSwan, Junos, IOS-XE) negotiates the same suite.
import type { DeviceModel, IpsecTunnel, Tunnel } from '../../devices/types';
import { safeIdentifier, safeInteger, safeIpv4, safePsk, safeText } from '../escape';
import type { ExportContext } from '../types';
import { bfdLines, P, type Warn } from './common';
import { prefixLengthToMask } from './ipv4';
import { iosInterfaceName } from './names';

/** strongSwan keyword -> IOS-XE IKEv2 proposal keyword. */
const IKE_ENCRYPTION: Record<IpsecTunnel['ike']['encryption'], string> = { aes256gcm16: 'aes-gcm-256' };
const IKE_PRF: Record<IpsecTunnel['ike']['prf'], string> = { prfsha384: 'sha384' };
const ESP_TRANSFORM: Record<IpsecTunnel['esp']['encryption'], string> = { aes256gcm16: 'esp-gcm 256' };
/** DH groups IOS-XE is known to accept in IKEv2 proposals and `set pfs` (x25519, group 31, is not
 * offered: support varies by release). The peer offers ecp384 (group 20) too, so they agree. */
const DH_GROUP: Record<string, number | undefined> = { ecp384: 20 };

export const IKE_PROPOSAL = 'EGRESS-IKEV2';
export const TRANSFORM_SET = 'EGRESS-ESP-GCM256';
export const KEYRING = 'EGRESS-KEYRING';
/** IOS-XE ranges: IKEv2 `lifetime` 120-86400 s, `dpd` interval 10-3600 s and retry 2-60 s. */
const IKE_LIFETIME = { min: 120, max: 86400 };

export function renderCrypto(device: DeviceModel, context: ExportContext, host: string, warn: Warn): string[] {
  const tunnels = device.tunnels.filter((t): t is Tunnel & { ipsec: IpsecTunnel } => t.kind === 'ipsec' && !!t.ipsec);
  const first = tunnels[0];
  if (!first) return [];
  const groups = dhGroups(first.ipsec.ike.dhGroups, first.linkId);
  const out = [
    `! IKEv2 ${first.ipsec.ike.encryption}-${first.ipsec.ike.prf}-${first.ipsec.ike.dhGroups.join('/')} (IOS-XE offers DH group ${groups.join(' ')})`,
    `crypto ikev2 proposal ${IKE_PROPOSAL}`,
    ` encryption ${IKE_ENCRYPTION[first.ipsec.ike.encryption]}`,
    // AEAD ciphers carry their own integrity: IOS-XE takes a PRF and no `integrity` line.
    ` prf ${IKE_PRF[first.ipsec.ike.prf]}`,
    ` group ${groups.join(' ')}`,
    '!',
    `crypto ikev2 policy ${IKE_PROPOSAL}`,
    ` proposal ${IKE_PROPOSAL}`,
    '!',
    `crypto ipsec transform-set ${TRANSFORM_SET} ${ESP_TRANSFORM[first.ipsec.esp.encryption]}`,
    ' mode tunnel',
    '!',
    `crypto ikev2 keyring ${KEYRING}`,
  ];
  for (const t of tunnels) {
    const remote = safeIpv4(P, `tunnel '${t.linkId}' remote address`, t.remote.outerAddress);
    const psk = safePsk(P, `pre-shared key of tunnel '${t.linkId}'`, context.keys.psk(t.ipsec.pskRef));
    out.push(
      ` peer ${safeIdentifier(P, 'link id', t.linkId)}`,
      `  description ${safeText(t.description)}`,
      `  address ${remote}`,
      `  pre-shared-key ${psk}`,
      ' !',
    );
  }
  out.push('!');
  warn(
    'ipsec',
    `IOS-XE has no separate rekey timer: SAs are given the design's hard lifetimes (IKE ${first.ipsec.ike.lifetimeS} s, ESP ${first.ipsec.esp.lifetimeS} s) and IOS-XE rekeys shortly before they expire, not at exactly ${first.ipsec.ike.rekeyS} s / ${first.ipsec.esp.rekeyS} s`,
  );
  for (const t of tunnels) out.push(...tunnelLines(device, t, host, warn));
  return out;
}

function dhGroups(names: readonly string[], linkId: string): number[] {
  const groups = names.map((n) => DH_GROUP[n]).filter((g): g is number => g !== undefined);
  if (groups.length === 0) {
    throw new Error(`ios-xe: tunnel '${linkId}' offers DH groups ${names.join(', ')}, none of which IOS-XE supports`);
  }
  return groups;
}

function tunnelLines(device: DeviceModel, t: Tunnel & { ipsec: IpsecTunnel }, host: string, warn: Warn): string[] {
  const link = safeIdentifier(P, 'link id', t.linkId);
  const local = safeIpv4(P, `tunnel '${link}' local address`, t.local.outerAddress);
  const remote = safeIpv4(P, `tunnel '${link}' remote address`, t.remote.outerAddress);
  const inner = safeIpv4(P, `tunnel '${link}' inner address`, t.local.innerAddress);
  const length = safeInteger(P, `tunnel '${link}' prefix length`, t.local.prefixLength, 1, 32);
  const iface = device.interfaces.find((i) => i.name === t.local.interfaceName);
  const name = iface ? iosInterfaceName(iface) : null;
  if (!iface || !name) throw new Error(`ios-xe: tunnel '${link}' has no interface on '${host}'`);
  const ipsec = t.ipsec;
  const ikeLifetime = clampWarn(ipsec.ike.lifetimeS, IKE_LIFETIME, `tunnel '${link}' IKE lifetime`, warn, link);
  // IOS-XE sends a DPD probe after `interval` s of silence, then retries 5 times `retry` s apart:
  // interval + 5 x retry = the design's DPD timeout.
  const dpdInterval = clampWarn(ipsec.dpdDelayS, { min: 10, max: 3600 }, `tunnel '${link}' DPD interval`, warn, link);
  const dpdRetry = Math.min(60, Math.max(2, Math.round((ipsec.dpdTimeoutS - dpdInterval) / 5)));
  const pfs = dhGroups(ipsec.esp.dhGroups, link)[0];
  return [
    `crypto ikev2 profile IKEV2-${link}`,
    ` description ${safeText(t.description)}`,
    ` match identity remote address ${remote} 255.255.255.255`,
    ` identity local address ${local}`,
    ' authentication remote pre-share',
    ' authentication local pre-share',
    ` keyring local ${KEYRING}`,
    ` lifetime ${ikeLifetime}`,
    ` dpd ${dpdInterval} ${dpdRetry} periodic`,
    '!',
    `crypto ipsec profile IPSEC-${link}`,
    ` set transform-set ${TRANSFORM_SET}`,
    ` set pfs group${pfs}`,
    ` set security-association lifetime seconds ${safeInteger(P, `tunnel '${link}' ESP lifetime`, ipsec.esp.lifetimeS, 120, 2592000)}`,
    ` set ikev2-profile IKEV2-${link}`,
    '!',
    `interface ${name}`,
    ` description ${safeText(iface.description)}`,
    ` ip address ${inner} ${prefixLengthToMask(length)}`,
    // Room for ESP + outer header on a 1500-byte underlay; MSS clamped to match.
    ' ip mtu 1400',
    ' ip tcp adjust-mss 1360',
    ...bfdLines(device, iface.name, host, warn),
    ' tunnel source Loopback0',
    ' tunnel mode ipsec ipv4',
    ` tunnel destination ${remote}`,
    ` tunnel protection ipsec profile IPSEC-${link}`,
    ' no shutdown',
    '!',
  ];
}

function clampWarn(
  value: number,
  range: { min: number; max: number },
  what: string,
  warn: Warn,
  linkId: string,
): number {
  if (value >= range.min && value <= range.max) return value;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  warn('ipsec', `${what} ${value} s is outside IOS-XE's ${range.min}-${range.max} s: exported as ${clamped} s`, linkId);
  return clamped;
}
