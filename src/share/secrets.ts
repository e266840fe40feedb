// Secrets never leave the browser in a link or a file. Today the schema has no secret fields
// (WireGuard private keys live in the key store, src/state/keystore.ts), so this is a guard for
// the day someone adds one: any field whose name says it holds a secret is dropped before encoding.
import { isJsonObject, type Json } from './json';

export const SECRET_KEY_PATTERN = /private.?key|pre.?shared|^psk$|secret|password|passphrase/i;

/** A copy of `value` without secret-named fields, at any depth. */
export function withoutSecrets(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (!isJsonObject(value)) return value;
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!SECRET_KEY_PATTERN.test(key))
      Object.defineProperty(out, key, {
        value: withoutSecrets(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}
