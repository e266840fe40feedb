// Finds a chromium for Playwright: CHROMIUM_PATH, else /usr/bin/chromium, else Debian's package
// via apt-get when root, else Playwright's own download (works only where its host is reachable).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureSystem } from './ensure-system.mjs';

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv && existsSync(fromEnv)) process.exit(0);
if (existsSync('/usr/bin/chromium')) process.exit(0);
const installed = ensureSystem('e2e');
if (installed.ok) process.exit(0);
console.warn(`[browser] Debian chromium unavailable (${installed.why}); trying Playwright's download`);
try {
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  console.warn('[browser] set CHROMIUM_PATH to the downloaded chromium to use it');
} catch {
  console.error('[browser] no chromium: set CHROMIUM_PATH, or install Debian chromium as root');
  process.exit(1);
}
