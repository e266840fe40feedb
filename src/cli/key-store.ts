// The CLI's key store: WireGuard key pairs and IPsec pre-shared keys in a local JSON file
// (default `.egress-keys.json`, mode 0600, gitignored), never in the design. Re-exports reuse
// the stored keys so configs stay stable until the user rotates them (--rotate-keys).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { KeyRefs } from '../exporters/keys/refs';
import type { KeySource, WireguardKeyPair } from '../exporters/types';
import { CliError } from './read-design';

interface KeyFile {
  version: 1;
  wireguard: Record<string, WireguardKeyPair>;
  psk: Record<string, string>;
}

export function openKeyStore(path: string): KeyFile {
  if (!existsSync(path)) return { version: 1, wireguard: {}, psk: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${path}: not a readable key store (${(error as Error).message})`);
  }
  const file = parsed as Partial<KeyFile>;
  if (file.version !== 1 || typeof file.wireguard !== 'object' || typeof file.psk !== 'object') {
    throw new CliError(`${path}: not an Egress Designer key store (expected version 1 with wireguard and psk)`);
  }
  return { version: 1, wireguard: file.wireguard ?? {}, psk: file.psk ?? {} };
}

/** Adds a key for every ref that has none (or every ref when rotating); returns whether it changed. */
export function ensureKeys(store: KeyFile, refs: KeyRefs, now: Date, rotate = false): boolean {
  let changed = false;
  for (const ref of refs.wireguard) {
    if (store.wireguard[ref] && !rotate) continue;
    store.wireguard[ref] = newWireguardKey(now);
    changed = true;
  }
  for (const ref of refs.psk) {
    if (store.psk[ref] && !rotate) continue;
    store.psk[ref] = randomBytes(32).toString('base64').replace(/=+$/, '');
    changed = true;
  }
  return changed;
}

export function saveKeyStore(path: string, store: KeyFile): void {
  writeFileSync(path, `${JSON.stringify(store, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

export function keySourceOf(store: KeyFile): KeySource {
  return {
    wireguard(ref) {
      const pair = store.wireguard[ref];
      if (!pair) throw new CliError(`no WireGuard key for ${ref} in the key store`);
      return pair;
    },
    psk(ref) {
      const key = store.psk[ref];
      if (!key) throw new CliError(`no pre-shared key for ${ref} in the key store`);
      return key;
    },
  };
}

function newWireguardKey(now: Date): WireguardKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const d = privateKey.export({ format: 'jwk' }).d;
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!d || !x) throw new Error('node:crypto did not export the X25519 key');
  return { privateKey: fromBase64Url(d), publicKey: fromBase64Url(x), createdAt: now.toISOString() };
}

function fromBase64Url(text: string): string {
  return Buffer.from(text, 'base64url').toString('base64');
}
