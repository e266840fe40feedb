// Installs what the suites need from Debian when it can (Linux, root), and otherwise says
// which suites cannot run and why. Exit code: 0 when everything is present afterwards.
import { execFileSync } from 'node:child_process';
import { isRoot, missingRequirements } from './system-deps.mjs';

export function ensureSystem(suite) {
  let missing = missingRequirements(suite);
  if (missing.length === 0) return { ok: true, missing: [] };
  if (process.platform !== 'linux' || !isRoot() || !hasApt()) {
    return { ok: false, missing, why: 'not Linux with apt-get as root, so Debian packages cannot be installed' };
  }
  const packages = [...new Set(missing.flatMap((r) => r.packages))];
  console.log(`[system] installing from Debian: ${packages.join(' ')}`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    return { ok: false, missing, why: `apt-get failed: ${error.message}` };
  }
  missing = missingRequirements(suite);
  return missing.length === 0 ? { ok: true, missing } : { ok: false, missing, why: 'still missing after apt-get' };
}

function hasApt() {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = ensureSystem(process.argv[2]);
  if (!result.ok) {
    console.error(`[system] missing: ${result.missing.map((r) => r.name).join(', ')} (${result.why})`);
    process.exit(1);
  }
  console.log('[system] everything the suites need is installed');
}
