// X25519 (RFC 7748) in BigInt, for the DETERMINISTIC key source only (tests, golden files,
// reproducible demos): it is not constant-time. Real keys come from WebCrypto (browser) or
// node:crypto (CLI), both of which implement X25519 natively.
const P = 2n ** 255n - 19n;
const A24 = 121665n;

const mod = (a: bigint): bigint => {
  const r = a % P;
  return r >= 0n ? r : r + P;
};

function pow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = mod(result * b);
    b = mod(b * b);
    e >>= 1n;
  }
  return result;
}

function decodeLittleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

function encodeLittleEndian(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let v = n;
  for (let i = 0; i < 32; i++) {
    out[i] = Number(v & 255n);
    v >>= 8n;
  }
  return out;
}

/** Clamps 32 random bytes into an X25519 private key (as WireGuard does). */
export function clampPrivateKey(bytes: Uint8Array): Uint8Array {
  if (bytes.length !== 32) throw new Error('an X25519 private key is 32 bytes');
  const k = Uint8Array.from(bytes);
  k[0]! &= 248;
  k[31]! &= 127;
  k[31]! |= 64;
  return k;
}

export function x25519(scalar: Uint8Array, u: Uint8Array): Uint8Array {
  const k = decodeLittleEndian(clampPrivateKey(scalar));
  const uBytes = Uint8Array.from(u);
  uBytes[31]! &= 127;
  const x1 = decodeLittleEndian(uBytes);
  let [x2, z2, x3, z3] = [1n, 0n, x1, 1n];
  let swap = 0n;
  for (let t = 254n; t >= 0n; t--) {
    const bit = (k >> t) & 1n;
    swap ^= bit;
    if (swap) [x2, x3, z2, z3] = [x3, x2, z3, z2];
    swap = bit;
    const a = mod(x2 + z2);
    const aa = mod(a * a);
    const b = mod(x2 - z2);
    const bb = mod(b * b);
    const e = mod(aa - bb);
    const c = mod(x3 + z3);
    const d = mod(x3 - z3);
    const da = mod(d * a);
    const cb = mod(c * b);
    x3 = mod((da + cb) ** 2n);
    z3 = mod(x1 * mod((da - cb) ** 2n));
    x2 = mod(aa * bb);
    z2 = mod(e * (aa + A24 * e));
  }
  if (swap) [x2, z2] = [x3, z3];
  return encodeLittleEndian(mod(x2 * pow(z2, P - 2n)));
}

const BASE_POINT = (() => {
  const b = new Uint8Array(32);
  b[0] = 9;
  return b;
})();

export function x25519PublicKey(privateKey: Uint8Array): Uint8Array {
  return x25519(privateKey, BASE_POINT);
}
