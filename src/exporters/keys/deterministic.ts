// A KeySource whose keys are a pure function of a seed and the key reference: golden files and
// tests are stable, and both ends of a tunnel derive matching keys. NEVER for real deployments:
// anyone who knows the seed knows the keys (the CLI and the browser use random keys).
import { sha256 } from '@noble/hashes/sha2.js';
import type { KeySource, WireguardKeyPair } from '../types';
import { toBase64 } from './base64';
import { clampPrivateKey, x25519PublicKey } from './x25519';

const encoder = new TextEncoder();

export function deterministicKeySource(seed = 'egress-designer-test', createdAt = '2026-01-01'): KeySource {
  const cache = new Map<string, WireguardKeyPair>();
  return {
    wireguard(ref) {
      let pair = cache.get(ref);
      if (!pair) {
        const privateKey = clampPrivateKey(sha256(encoder.encode(`wg|${seed}|${ref}`)));
        pair = { privateKey: toBase64(privateKey), publicKey: toBase64(x25519PublicKey(privateKey)), createdAt };
        cache.set(ref, pair);
      }
      return pair;
    },
    psk(ref) {
      return toBase64(sha256(encoder.encode(`psk|${seed}|${ref}`))).replace(/=+$/, '');
    },
  };
}
