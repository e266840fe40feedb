// The browser's WireGuard key store. Private keys are generated with WebCrypto (X25519) and kept
// in IndexedDB only: never in the design, a file or a share link. Re-exports reuse a key pair
// until the user rotates it, so a redeploy does not silently re-key every tunnel.
//
// Storage sits behind `KeyStorage` so tests run against memory and the app against IndexedDB.

export interface StoredKeyPair {
  /** Base64 of the 32-byte X25519 private key, as wg(8) expects it. */
  privateKey: string;
  /** Base64 of the 32-byte X25519 public key. */
  publicKey: string;
  /** ISO timestamp of generation: the README says when a key is due for rotation. */
  createdAt: string;
}

/** A pre-shared key for one IPsec tunnel (both ends read the same one). */
export interface StoredPsk {
  psk: string;
  createdAt: string;
}

export interface KeyStorage<T = StoredKeyPair> {
  get(id: string): Promise<T | undefined>;
  put(id: string, value: T): Promise<void>;
  delete(id: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** Generates an X25519 key pair with WebCrypto and returns it in WireGuard's base64 form. */
export async function generateWireGuardKeyPair(
  subtle: SubtleCrypto = globalThis.crypto.subtle,
  now: () => Date = () => new Date(),
): Promise<StoredKeyPair> {
  const pair = (await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])) as CryptoKeyPair;
  const jwk = await subtle.exportKey('jwk', pair.privateKey);
  if (!jwk.d || !jwk.x) throw new Error('WebCrypto returned an X25519 key without its key material');
  return { privateKey: base64UrlToBase64(jwk.d), publicKey: base64UrlToBase64(jwk.x), createdAt: now().toISOString() };
}

/** Derives the public key from a stored private key, to check a pair read back from storage. */
export async function publicKeyOf(
  privateKey: string,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string> {
  const d = base64ToBase64Url(privateKey);
  // WebCrypto cannot import a bare private scalar; PKCS#8 with the fixed X25519 prefix can.
  const pkcs8 = new Uint8Array([...X25519_PKCS8_PREFIX, ...base64ToBytes(privateKey)]);
  const key = await subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, true, ['deriveBits']);
  const jwk = await subtle.exportKey('jwk', key);
  if (!jwk.x || jwk.d !== d) throw new Error('the stored private key does not round-trip');
  return base64UrlToBase64(jwk.x);
}

// RFC 8410 PKCS#8 header for an X25519 private key (OID 1.3.101.110).
const X25519_PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20,
];

export class WireGuardKeyStore {
  constructor(
    private readonly storage: KeyStorage<StoredKeyPair>,
    private readonly generate: () => Promise<StoredKeyPair> = () => generateWireGuardKeyPair(),
  ) {}

  /** The key pair for one WireGuard interface, created on first use and reused afterwards. */
  async keyPair(id: string): Promise<StoredKeyPair> {
    const existing = await this.storage.get(id);
    if (existing && isWellFormed(existing)) return existing;
    const fresh = await this.generate();
    await this.storage.put(id, fresh);
    return fresh;
  }

  /** Replaces the key pair of each id (all stored ids when none are given). Returns the ids rotated. */
  async rotate(ids?: readonly string[]): Promise<string[]> {
    const targets = ids ?? (await this.storage.keys());
    for (const id of targets) await this.storage.put(id, await this.generate());
    return [...targets];
  }

  /** Every stored pair's public half and age; private keys never leave through this. */
  async inventory(): Promise<{ id: string; publicKey: string; createdAt: string }[]> {
    const ids = (await this.storage.keys()).sort();
    const out: { id: string; publicKey: string; createdAt: string }[] = [];
    for (const id of ids) {
      const pair = await this.storage.get(id);
      if (pair) out.push({ id, publicKey: pair.publicKey, createdAt: pair.createdAt });
    }
    return out;
  }
}

/** Pre-shared keys: 32 random bytes, base64 without padding (printable, no quotes or spaces). */
export class PskStore {
  constructor(
    private readonly storage: KeyStorage<StoredPsk>,
    private readonly random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) =>
      globalThis.crypto.getRandomValues(b),
    private readonly now: () => Date = () => new Date(),
  ) {}

  async psk(ref: string): Promise<StoredPsk> {
    const existing = await this.storage.get(ref);
    if (existing && /^[A-Za-z0-9+/]{43}$/.test(existing.psk)) return existing;
    return this.replace(ref);
  }

  async rotate(refs?: readonly string[]): Promise<string[]> {
    const targets = refs ?? (await this.storage.keys());
    for (const ref of targets) await this.replace(ref);
    return [...targets];
  }

  private async replace(ref: string): Promise<StoredPsk> {
    const bytes = this.random(new Uint8Array(32));
    const fresh = { psk: btoa(String.fromCharCode(...bytes)).replace(/=+$/, ''), createdAt: this.now().toISOString() };
    await this.storage.put(ref, fresh);
    return fresh;
  }
}

/** The references a KeySource will be asked for (core's listKeyRefs). */
export interface KeyRefList {
  wireguard: readonly string[];
  psk: readonly string[];
}

/** Resolves every reference up front (IndexedDB is async, KeySource is not) and returns a
 * synchronous KeySource over the result. Asking for a reference not listed is a bug: it throws. */
export async function resolveKeySource(
  refs: KeyRefList,
  wireguard: WireGuardKeyStore,
  psks: PskStore,
): Promise<{ wireguard(ref: string): StoredKeyPair; psk(ref: string): string }> {
  const pairs = new Map<string, StoredKeyPair>();
  for (const ref of refs.wireguard) pairs.set(ref, await wireguard.keyPair(ref));
  const secrets = new Map<string, string>();
  for (const ref of refs.psk) secrets.set(ref, (await psks.psk(ref)).psk);
  return {
    wireguard(ref) {
      const pair = pairs.get(ref);
      if (!pair) throw new Error(`no WireGuard key was prepared for ${ref}`);
      return pair;
    },
    psk(ref) {
      const psk = secrets.get(ref);
      if (psk === undefined) throw new Error(`no pre-shared key was prepared for ${ref}`);
      return psk;
    },
  };
}

function isWellFormed(pair: StoredKeyPair): boolean {
  return /^[A-Za-z0-9+/]{43}=$/.test(pair.privateKey) && /^[A-Za-z0-9+/]{43}=$/.test(pair.publicKey);
}

export function memoryKeyStorage<T = StoredKeyPair>(): KeyStorage<T> {
  const map = new Map<string, T>();
  return {
    get: async (id) => map.get(id),
    put: async (id, pair) => {
      map.set(id, pair);
    },
    delete: async (id) => {
      map.delete(id);
    },
    keys: async () => [...map.keys()],
  };
}

const DB_NAME = 'egress-designer-keys';
const STORES = ['wireguard', 'psk'] as const;

/** IndexedDB storage (browser only). The database holds nothing but keys. */
export function indexedDbKeyStorage<T>(
  store: (typeof STORES)[number],
  factory: IDBFactory = globalThis.indexedDB,
): KeyStorage<T> {
  const STORE = store;
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      // Version 2 added the `psk` store; the upgrade creates whichever store is missing.
      const request = factory.open(DB_NAME, 2);
      request.onupgradeneeded = () => {
        for (const name of STORES) {
          if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('could not open the key store'));
    });
    return db;
  };
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const store = (await open()).transaction(STORE, mode).objectStore(STORE);
    return new Promise<T>((resolve, reject) => {
      const request = op(store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('key store request failed'));
    });
  };
  return {
    get: (id) => run('readonly', (s) => s.get(id) as IDBRequest<T | undefined>),
    put: async (id, pair) => {
      await run('readwrite', (s) => s.put(pair, id));
    },
    delete: async (id) => {
      await run('readwrite', (s) => s.delete(id));
    },
    keys: async () => (await run('readonly', (s) => s.getAllKeys())).map(String),
  };
}

function base64UrlToBase64(s: string): string {
  const b = s.replace(/-/g, '+').replace(/_/g, '/');
  return b + '='.repeat((4 - (b.length % 4)) % 4);
}

function base64ToBase64Url(s: string): string {
  return s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64ToBytes(s: string): number[] {
  const binary = atob(s);
  return Array.from(binary, (c) => c.charCodeAt(0));
}

let browserStores: { wireguard: WireGuardKeyStore; psk: PskStore; persistent: boolean } | undefined;

/** The app's key stores: IndexedDB when the browser has it, else memory for this session only
 * (the export view says so, because keys would then change on every visit). */
export function browserKeyStores(): { wireguard: WireGuardKeyStore; psk: PskStore; persistent: boolean } {
  if (!browserStores) {
    const persistent = typeof globalThis.indexedDB !== 'undefined';
    browserStores = {
      wireguard: new WireGuardKeyStore(
        persistent ? indexedDbKeyStorage<StoredKeyPair>('wireguard') : memoryKeyStorage<StoredKeyPair>(),
      ),
      psk: new PskStore(persistent ? indexedDbKeyStorage<StoredPsk>('psk') : memoryKeyStorage<StoredPsk>()),
      persistent,
    };
  }
  return browserStores;
}
