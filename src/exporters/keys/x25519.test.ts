import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64';
import { deterministicKeySource } from './deterministic';
import { x25519, x25519PublicKey } from './x25519';

const hex = (s: string) => Uint8Array.from(s.match(/../g)!.map((b) => Number.parseInt(b, 16)));
const toHex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('x25519', () => {
  it('matches the RFC 7748 section 6.1 Diffie-Hellman vectors', () => {
    const alice = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
    const bob = hex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
    expect(toHex(x25519PublicKey(alice))).toBe('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
    expect(toHex(x25519PublicKey(bob))).toBe('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
    const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
    expect(toHex(x25519(alice, x25519PublicKey(bob)))).toBe(shared);
    expect(toHex(x25519(bob, x25519PublicKey(alice)))).toBe(shared);
  });

  it('agrees with node:crypto on public keys', () => {
    for (let i = 0; i < 5; i++) {
      const seed = new Uint8Array(32).map((_, j) => (j * 37 + i * 101 + 7) & 255);
      const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), Buffer.from(seed)]);
      const jwk = createPublicKey(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })).export({
        format: 'jwk',
      });
      expect(toBase64(x25519PublicKey(seed))).toBe(Buffer.from(jwk.x!, 'base64url').toString('base64'));
    }
  });

  it('base64 round-trips', () => {
    for (const n of [0, 1, 2, 3, 31, 32, 33]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 53) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
  });
});

describe('deterministicKeySource', () => {
  it('gives stable, distinct, valid key pairs and PSKs', () => {
    const a = deterministicKeySource();
    const b = deterministicKeySource();
    expect(a.wireguard('wg:x:l1')).toEqual(b.wireguard('wg:x:l1'));
    expect(a.wireguard('wg:x:l1').privateKey).not.toBe(a.wireguard('wg:y:l1').privateKey);
    const pair = a.wireguard('wg:x:l1');
    expect(toBase64(x25519PublicKey(fromBase64(pair.privateKey)))).toBe(pair.publicKey);
    expect(a.psk('psk:l1')).toBe(b.psk('psk:l1'));
    expect(a.psk('psk:l1')).not.toBe(a.psk('psk:l2'));
    expect(deterministicKeySource('other').psk('psk:l1')).not.toBe(a.psk('psk:l1'));
  });
});
