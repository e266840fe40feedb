import { describe, expect, it } from 'vitest';
import {
  generateWireGuardKeyPair,
  memoryKeyStorage,
  PskStore,
  publicKeyOf,
  resolveKeySource,
  type StoredPsk,
  WireGuardKeyStore,
} from './keystore';

const hexToBase64 = (hex: string) =>
  btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16))));

describe('WireGuard key store', () => {
  it('generates 32-byte X25519 pairs whose public half matches the private half', async () => {
    const pair = await generateWireGuardKeyPair();
    expect(atob(pair.privateKey)).toHaveLength(32);
    expect(atob(pair.publicKey)).toHaveLength(32);
    expect(await publicKeyOf(pair.privateKey)).toBe(pair.publicKey);
  });

  it('derives the RFC 7748 test-vector public key (Alice)', async () => {
    const alicePrivate = hexToBase64('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
    const alicePublic = hexToBase64('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
    expect(await publicKeyOf(alicePrivate)).toBe(alicePublic);
  });

  it('reuses a key pair across exports until it is rotated', async () => {
    const store = new WireGuardKeyStore(memoryKeyStorage());
    const first = await store.keyPair('hub-ash/wg0');
    expect(await store.keyPair('hub-ash/wg0')).toEqual(first);
    const other = await store.keyPair('site-dal/wg0');
    expect(other.privateKey).not.toBe(first.privateKey);

    expect(await store.rotate(['hub-ash/wg0'])).toEqual(['hub-ash/wg0']);
    const rotated = await store.keyPair('hub-ash/wg0');
    expect(rotated.privateKey).not.toBe(first.privateKey);
    expect(await store.keyPair('site-dal/wg0')).toEqual(other);
  });

  it('rotates every stored pair when no ids are given', async () => {
    const store = new WireGuardKeyStore(memoryKeyStorage());
    const a = await store.keyPair('a');
    const b = await store.keyPair('b');
    expect((await store.rotate()).sort()).toEqual(['a', 'b']);
    expect((await store.keyPair('a')).privateKey).not.toBe(a.privateKey);
    expect((await store.keyPair('b')).privateKey).not.toBe(b.privateKey);
  });

  it('replaces a malformed stored pair instead of exporting it', async () => {
    const storage = memoryKeyStorage();
    await storage.put('x', { privateKey: 'not a key', publicKey: 'nope', createdAt: '2020-01-01T00:00:00.000Z' });
    const pair = await new WireGuardKeyStore(storage).keyPair('x');
    expect(await publicKeyOf(pair.privateKey)).toBe(pair.publicKey);
  });

  it('lists public keys and ages without private keys', async () => {
    const store = new WireGuardKeyStore(memoryKeyStorage());
    await store.keyPair('z');
    const list = await store.inventory();
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['createdAt', 'id', 'publicKey']);
  });
});

describe('pre-shared keys and the resolved key source', () => {
  it('keeps a PSK per tunnel until rotated, printable and 256 bits', async () => {
    const psks = new PskStore(memoryKeyStorage<StoredPsk>());
    const first = await psks.psk('psk:a-b');
    expect(first.psk).toMatch(/^[A-Za-z0-9+/]{43}$/);
    expect((await psks.psk('psk:a-b')).psk).toBe(first.psk);
    await psks.rotate();
    expect((await psks.psk('psk:a-b')).psk).not.toBe(first.psk);
  });

  it('answers synchronously for prepared references and refuses others', async () => {
    const wg = new WireGuardKeyStore(memoryKeyStorage());
    const psks = new PskStore(memoryKeyStorage<StoredPsk>());
    const source = await resolveKeySource({ wireguard: ['wg:a:l1'], psk: ['psk:l2'] }, wg, psks);
    expect(source.wireguard('wg:a:l1')).toEqual(await wg.keyPair('wg:a:l1'));
    expect(source.psk('psk:l2')).toBe((await psks.psk('psk:l2')).psk);
    expect(() => source.wireguard('wg:b:l1')).toThrow(/no WireGuard key was prepared/);
    expect(() => source.psk('psk:zz')).toThrow(/no pre-shared key/);
  });
});
