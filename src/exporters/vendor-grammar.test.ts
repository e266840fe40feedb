// Nothing on this machine parses IOS-XE, Junos or EOS, so every line these exporters can write is
// pinned to a reviewed vocabulary: each pattern below was checked against the vendor's command
// reference (see the exporters' comments), and every line of every sample and of a design using
// every feature must match one, at the indentation its mode uses. A typo, a new command or a line
// in the wrong mode fails here until someone reviews it and adds it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDevices } from '../devices/build';
import { loadDesignText } from '../model/load';
import type { Design } from '../model/types';
import { eosExporter } from './eos';
import { iosXeExporter } from './ios-xe';
import { featureDesign } from './ios-xe/test-fixture';
import { junosExporter } from './junos';
import { deterministicKeySource } from './keys/deterministic';
import type { ExportContext, Exporter } from './types';

const IP = String.raw`\d{1,3}(?:\.\d{1,3}){3}`;
const CIDR = String.raw`${IP}/\d{1,2}`;
const NAME = '[A-Za-z0-9_-]+';
const TEXT = '[A-Za-z0-9 _.,:/()+@=-]*';
const N = String.raw`\d+`;
const PSK = '[A-Za-z0-9+/=_.:@%-]{16,128}';

const grammar = (lines: string[]) => lines.map((l) => new RegExp(`^${l}$`));

const IOS = grammar([
  '!',
  '! .*',
  `hostname ${NAME}`,
  'end',
  String.raw`interface (Loopback0|GigabitEthernet\d+|Tunnel\d+)`,
  ` description ${TEXT}`,
  ` ip address ${IP} ${IP}`,
  ' no ip address',
  ` bfd interval ${N} min_rx ${N} multiplier ${N}`,
  ` ip policy route-map ${NAME}`,
  ' no shutdown',
  ` ip mtu ${N}`,
  ` ip tcp adjust-mss ${N}`,
  ' tunnel source Loopback0',
  ' tunnel mode ipsec ipv4',
  ` tunnel destination ${IP}`,
  ` tunnel protection ipsec profile ${NAME}`,
  `crypto ikev2 proposal ${NAME}`,
  ' encryption aes-gcm-256',
  ' prf sha384',
  String.raw` group 20( \d+)*`,
  `crypto ikev2 policy ${NAME}`,
  ` proposal ${NAME}`,
  `crypto ipsec transform-set ${NAME} esp-gcm 256`,
  ' mode tunnel',
  `crypto ikev2 keyring ${NAME}`,
  ` peer ${NAME}`,
  `  description ${TEXT}`,
  `  address ${IP}`,
  `  pre-shared-key ${PSK}`,
  ' !',
  `crypto ikev2 profile ${NAME}`,
  ` match identity remote address ${IP} 255\\.255\\.255\\.255`,
  ` identity local address ${IP}`,
  ' authentication (remote|local) pre-share',
  ` keyring local ${NAME}`,
  ` lifetime ${N}`,
  ` dpd ${N} ${N} periodic`,
  `crypto ipsec profile ${NAME}`,
  ` set transform-set ${NAME}`,
  ' set pfs group20',
  ` set security-association lifetime seconds ${N}`,
  ` set ikev2-profile ${NAME}`,
  `ip sla ${N}`,
  ` icmp-echo ${IP} source-ip ${IP}`,
  ` threshold ${N}`,
  ` timeout ${N}`,
  ` frequency ${N}`,
  `ip sla schedule ${N} life forever start-time now`,
  `track ${N} ip sla ${N} reachability`,
  ` delay down ${N}`,
  `router bgp ${N}`,
  ` bgp router-id ${IP}`,
  ' bgp log-neighbor-changes',
  ` bgp default local-preference ${N}`,
  ' (no )?bgp bestpath compare-routerid',
  ' (no )?bgp deterministic-med',
  ' (no )?bgp always-compare-med',
  ' bgp bestpath as-path multipath-relax',
  ' no bgp default ipv4-unicast',
  ` neighbor ${IP} remote-as ${N}`,
  ` neighbor ${IP} description ${TEXT}`,
  ` neighbor ${IP} timers ${N} ${N}`,
  ` neighbor ${IP} advertisement-interval ${N}`,
  ` neighbor ${IP} fall-over bfd`,
  ' address-family ipv4',
  `  network ${IP} mask ${IP}`,
  `  maximum-paths (ibgp )?${N}`,
  `  neighbor ${IP} (activate|next-hop-self|as-override)`,
  `  neighbor ${IP} allowas-in ${N}`,
  `  neighbor ${IP} prefix-list ${NAME} out`,
  `  neighbor ${IP} route-map ${NAME} (in|out)`,
  ' exit-address-family',
  `ip route ${IP} ${IP} (Null0|${IP})`,
  `ip prefix-list ${NAME} seq ${N} (permit|deny) ${CIDR}( le ${N})?`,
  `route-map ${NAME} (permit|deny) ${N}`,
  ` match ip address prefix-list ${NAME}`,
  ` match ip address ${NAME}`,
  ` set (weight|local-preference|metric) ${N}`,
  String.raw` set as-path prepend \d+( \d+)*`,
  ` continue ${N}`,
  ` set ip next-hop (verify-availability ${IP} 1 track ${N}|${IP})`,
  ' set interface Null0',
  `ip access-list extended ${NAME}`,
  ` remark ${TEXT}`,
  ` permit (ip|tcp|udp|icmp) (any|host ${IP}|${IP} ${IP}) (any|host ${IP}|${IP} ${IP})( eq ${N}| range ${N} ${N})?( dscp ${N})?`,
]);

const EOS = grammar([
  '!',
  '! .*',
  `hostname ${NAME}`,
  'ip routing',
  'end',
  String.raw`interface (Loopback0|Ethernet\d+)`,
  `   description ${TEXT}`,
  '   no switchport',
  `   ip address ${CIDR}`,
  `   bfd interval ${N} min-rx ${N} multiplier ${N}`,
  `   service-policy type pbr input ${NAME}`,
  `ip route ${CIDR} (Null0|${IP})`,
  `ip prefix-list ${NAME} seq ${N} (permit|deny) ${CIDR}( le ${N})?`,
  `route-map ${NAME} (permit|deny) ${N}`,
  `   description ${TEXT}`,
  `   match ip address prefix-list ${NAME}`,
  `   set (weight|local-preference|metric) ${N}`,
  String.raw`   set as-path prepend \d+( \d+)*`,
  `   continue ${N}`,
  `ip access-list ${NAME}`,
  `   remark ${TEXT}`,
  `   ${N} permit (ip|tcp|udp|icmp) (any|host ${IP}|${CIDR}) (any|host ${IP}|${CIDR})( eq ${N}| range ${N} ${N})?( dscp ${N})?`,
  `class-map type pbr match-any ${NAME}`,
  `   match ip access-group ${NAME}`,
  `policy-map type pbr ${NAME}`,
  `   ${N} class ${NAME}`,
  '      drop',
  `      set nexthop ${IP}`,
  `router bgp ${N}`,
  `   router-id ${IP}`,
  '   no bgp default ipv4-unicast',
  `   maximum-paths ${N} ecmp ${N}`,
  '   bgp bestpath tie-break router-id',
  '   bgp always-compare-med',
  '   bgp bestpath as-path multipath-relax',
  `   neighbor ${IP} remote-as ${N}`,
  `   neighbor ${IP} description ${TEXT}`,
  `   neighbor ${IP} timers ${N} ${N}`,
  `   neighbor ${IP} (bfd|next-hop-self)`,
  `   neighbor ${IP} allowas-in ${N}`,
  `   neighbor ${IP} as-path remote-as replace out`,
  `   neighbor ${IP} route-map ${NAME} (in|out)`,
  `   network ${CIDR}`,
  '   !',
  '   address-family ipv4',
  `      neighbor ${IP} activate`,
  `      neighbor ${IP} prefix-list ${NAME} out`,
]);

/** Junos: block headers and `;` statements, indentation-free (the tree writer owns it). */
const JUNOS = grammar([
  '}',
  `(system|interfaces|routing-options|policy-options|protocols|bgp|security|ike|ipsec|zones|firewall|family inet|routing-instances|static|forwarding-table|interface-routes|rib-groups|from|then|filter|multipath|host-inbound-traffic|system-services|protocols|dead-peer-detection|perfect-forward-secrecy|bfd-liveness-detection|unicast|destination-address|source-address) \\{`,
  String.raw`(ge-0/0/\d+|lo0|st0) \{`,
  `unit ${N} \\{`,
  `(route-filter-list|policy-statement|group|proposal|policy|gateway|vpn|security-zone|filter) ${NAME} \\{`,
  `term ${NAME} \\{`,
  `neighbor ${IP} \\{`,
  `(${NAME}) \\{`,
  `host-name ${NAME};`,
  `description "${TEXT}";`,
  `address ${CIDR};`,
  `address ${IP};`,
  'family inet;',
  `input ${NAME};`,
  `router-id ${IP};`,
  `autonomous-system ${N};`,
  `route ${CIDR} (discard|next-hop ${IP});`,
  `export ${NAME};`,
  `rib-group inet ${NAME};`,
  `import-rib \\[ inet\\.0( ${NAME}\\.inet\\.0)+ \\];`,
  `${CIDR} (exact|orlonger|upto /${N});`,
  'protocol static;',
  `route-filter-list ${NAME};`,
  'then (next policy|next term|reject|accept|discard);',
  'from protocol bgp;',
  `from route-filter-list ${NAME};`,
  'next-hop self;',
  'next (policy|term);',
  '(accept|reject);',
  'load-balance per-packet;',
  `(local-preference|metric) ${N};`,
  String.raw`as-path-prepend "\d+( \d+)*";`,
  'path-selection (external-router-id|always-compare-med|cisco-non-deterministic);',
  'type (external|internal);',
  '(multipath|multiple-as);',
  `local-address ${IP};`,
  `peer-as ${N};`,
  `hold-time ${N};`,
  `import ${NAME};`,
  `export \\[( ${NAME})+ \\];`,
  `loops ${N};`,
  'as-override;',
  `(minimum-interval|multiplier|interval|threshold) ${N};`,
  'authentication-method pre-shared-keys;',
  'dh-group group20;',
  'authentication-algorithm sha-384;',
  'encryption-algorithm aes-256-gcm;',
  `lifetime-seconds ${N};`,
  `proposals ${NAME};`,
  `pre-shared-key ascii-text "${PSK}";`,
  `ike-policy ${NAME};`,
  'probe-idle-tunnel;',
  `(local|remote)-identity inet ${IP};`,
  'external-interface lo0\\.0;',
  'version v2-only;',
  'protocol esp;',
  'keys group20;',
  String.raw`bind-interface st0\.\d+;`,
  `gateway ${NAME};`,
  `ipsec-policy ${NAME};`,
  'establish-tunnels immediately;',
  '(ike|ping|bgp|bfd);',
  String.raw`(ge-0/0/\d+|lo0|st0)\.\d+;`,
  `${CIDR};`,
  String.raw`protocol (tcp|udp|icmp|\[ tcp udp \]);`,
  String.raw`destination-port \d+(-\d+)?;`,
  `dscp ${N};`,
  `routing-instance ${NAME};`,
  'instance-type forwarding;',
]);

function samples(): { stem: string; design: Design }[] {
  const dir = join(__dirname, '../../public/designs');
  const loaded = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => {
      const result = loadDesignText(readFileSync(join(dir, f), 'utf8'), 'json');
      if (!result.ok) throw new Error(`${f} is not a valid design`);
      return { stem: f, design: result.design };
    });
  const richer = featureDesign((b) =>
    b.settings({ bgp: { maximumPaths: 2, multipathRelax: true, alwaysCompareMed: true, deterministicMed: true } }),
  );
  return [
    ...loaded,
    { stem: 'feature-design', design: featureDesign() },
    { stem: 'feature-design-knobs', design: richer },
  ];
}

function unmatched(exporter: Exporter, patterns: RegExp[], prepare: (text: string) => string[]): string[] {
  const out: string[] = [];
  for (const { stem, design } of samples()) {
    const { devices } = buildDevices(design);
    const context: ExportContext = {
      keys: deterministicKeySource(),
      devices: new Map(devices.map((d) => [d.nodeId, d])),
      designName: design.meta.name,
    };
    for (const device of devices) {
      for (const file of exporter.render(device, context).files) {
        for (const line of prepare(file.content)) {
          if (!patterns.some((p) => p.test(line)))
            out.push(`${stem} ${device.hostname}/${file.path}: ${JSON.stringify(line)}`);
        }
      }
    }
  }
  return [...new Set(out)];
}

const plainLines = (text: string) => text.replace(/\n$/, '').split('\n');
const junosLines = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('every line the vendor exporters write is reviewed vocabulary', () => {
  it('IOS-XE', () => {
    expect(unmatched(iosXeExporter, IOS, plainLines)).toEqual([]);
  });
  it('EOS', () => {
    expect(unmatched(eosExporter, EOS, plainLines)).toEqual([]);
  });
  it('Junos', () => {
    expect(unmatched(junosExporter, JUNOS, junosLines)).toEqual([]);
  });
  it('rejects a line outside the vocabulary (the check can fail)', () => {
    expect(IOS.some((p) => p.test(' neighbour 10.0.0.1 remote-as 65000'))).toBe(false);
    expect(IOS.some((p) => p.test(' encryption aes-cbc-128'))).toBe(false);
    expect(EOS.some((p) => p.test('   neighbor 10.0.0.1 fall-over bfd'))).toBe(false);
    expect(JUNOS.some((p) => p.test('dh-group group2;'))).toBe(false);
  });
});
