// What the lab needs from the machine. Checked first so a user without root or FRR is told
// exactly what is missing instead of seeing a failed `ip netns add`.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { FRR_DAEMONS, FRR_DIR } from './netns';

export interface Missing {
  what: string;
  fix: string;
}

export function findOnPath(program: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, program);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Empty when the lab can run; otherwise one entry per missing thing with how to get it. */
export function labPrerequisites(options: { needNft: boolean }): Missing[] {
  const missing: Missing[] = [];
  if (process.platform !== 'linux') {
    missing.push({ what: 'Linux (network namespaces)', fix: `run on Linux; this is ${process.platform}` });
    return missing;
  }
  if (process.getuid?.() !== 0) {
    missing.push({
      what: 'root (creating network namespaces)',
      fix: 'run as root, e.g. sudo npm run egress -- lab ...',
    });
  }
  if (!findOnPath('ip')) missing.push({ what: 'ip (iproute2)', fix: 'apt-get install -y iproute2' });
  if (!findOnPath('vtysh')) missing.push({ what: 'vtysh (FRR)', fix: 'apt-get install -y frr' });
  for (const daemon of FRR_DAEMONS) {
    if (!isExecutable(join(FRR_DIR, daemon))) {
      missing.push({ what: `${FRR_DIR}/${daemon} (FRR)`, fix: 'apt-get install -y frr' });
    }
  }
  if (options.needNft && !findOnPath('nft')) {
    missing.push({ what: 'nft (silent-loss faults)', fix: 'apt-get install -y nftables' });
  }
  return missing;
}
