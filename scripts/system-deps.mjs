// What the test suites need from the operating system, as data: the gate, .ci/run and the
// README all read this list, so an added suite adds its package here and nowhere else.
import { existsSync } from 'node:fs';

/** Each requirement: the file that proves it is installed, and the Debian packages that give it. */
export const SYSTEM_REQUIREMENTS = [
  { name: 'chromium', suite: 'e2e', probe: '/usr/bin/chromium', packages: ['chromium'] },
  { name: 'FRR', suite: 'lab', probe: '/usr/lib/frr/bgpd', packages: ['frr', 'frr-pythontools'] },
  { name: 'iproute2', suite: 'lab', probe: '/usr/sbin/ip', packages: ['iproute2'] },
  { name: 'nftables', suite: 'lab', probe: '/usr/sbin/nft', packages: ['nftables'] },
  { name: 'ping', suite: 'lab', probe: '/usr/bin/ping', packages: ['iputils-ping'] },
  { name: 'jq', suite: 'lab', probe: '/usr/bin/jq', packages: ['jq'] },
  { name: 'wireguard-tools', suite: 'lab', probe: '/usr/bin/wg', packages: ['wireguard-tools'] },
  { name: 'wireguard-go', suite: 'lab', probe: '/usr/bin/wireguard-go', packages: ['wireguard-go'] },
  {
    name: 'strongSwan',
    suite: 'lab',
    probe: '/usr/sbin/swanctl',
    packages: ['strongswan-charon', 'strongswan-swanctl'],
  },
  { name: 'charon', suite: 'lab', probe: '/usr/lib/ipsec/charon', packages: ['strongswan-charon'] },
];

export function missingRequirements(suite) {
  return SYSTEM_REQUIREMENTS.filter((r) => (!suite || r.suite === suite) && !existsSync(r.probe));
}

export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
