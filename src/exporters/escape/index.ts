// Value validation and escaping shared by every exporter. Design text (names, descriptions) is
// free text; a config line is not. Free text is reduced to a conservative printable ASCII set
// that no supported dialect gives a meaning to (no quotes, backslash, `!`, `#`, `;`, braces,
// newlines), so it can never end a statement, open a block or start a comment. Values that must
// be exact (identifiers, addresses, keys) are validated instead, and refused with an error that
// names the field: silently changing them would make the two ends of a session disagree.
import type { PlatformId } from '../types';

export class UnsafeValueError extends Error {
  constructor(
    readonly platform: PlatformId,
    readonly field: string,
    readonly value: string,
    reason: string,
  ) {
    super(`${platform}: ${field} ${JSON.stringify(value)} cannot be exported safely: ${reason}`);
    this.name = 'UnsafeValueError';
  }
}

/** Characters allowed in free text after escaping: letters, digits, space and `_ . , : / ( ) + @ = -`. */
const SAFE_TEXT_CHAR = /[A-Za-z0-9 _.,:/()+@=-]/;

/**
 * Free text (descriptions, comments) made safe for any dialect: Unicode is folded to ASCII where
 * it has an ASCII base letter ("Zürich" -> "Zurich"), anything else becomes `_`, whitespace runs
 * collapse, the result is trimmed and cut to `maxLength`.
 */
export function safeText(text: string, maxLength = 80): string {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of folded) {
    if (/\s/.test(ch)) out += ' ';
    else out += SAFE_TEXT_CHAR.test(ch) ? ch : '_';
  }
  return out.replace(/ {2,}/g, ' ').trim().slice(0, maxLength).trim();
}

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** An exact identifier (hostname, route-map, interface, connection name): validated, never changed. */
export function safeIdentifier(platform: PlatformId, field: string, value: string, maxLength = 63): string {
  if (!IDENTIFIER.test(value)) {
    throw new UnsafeValueError(platform, field, value, 'only letters, digits, `_` and `-` are allowed');
  }
  if (value.length > maxLength) {
    throw new UnsafeValueError(platform, field, value, `longer than ${maxLength} characters`);
  }
  return value;
}

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

export function safeIpv4(platform: PlatformId, field: string, value: string): string {
  if (!IPV4.test(value)) throw new UnsafeValueError(platform, field, value, 'not an IPv4 address');
  return value;
}

export function safeCidr(platform: PlatformId, field: string, value: string): string {
  const [address, length, extra] = value.split('/');
  const n = Number(length);
  if (extra !== undefined || !address || !IPV4.test(address) || !/^\d{1,2}$/.test(length ?? '') || n > 32) {
    throw new UnsafeValueError(platform, field, value, 'not an IPv4 prefix');
  }
  return value;
}

export function safeInteger(platform: PlatformId, field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UnsafeValueError(platform, field, String(value), `not a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A WireGuard key: base64 of exactly 32 bytes. */
export function safeWireguardKey(platform: PlatformId, field: string, value: string): string {
  if (!/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(value)) {
    throw new UnsafeValueError(platform, field, '(hidden)', 'not a base64 32-byte key');
  }
  return value;
}

/** A pre-shared key: printable ASCII without quotes, backslash or spaces, 16..128 characters. */
export function safePsk(platform: PlatformId, field: string, value: string): string {
  if (!/^[A-Za-z0-9+/=_.:@%-]{16,128}$/.test(value)) {
    throw new UnsafeValueError(platform, field, '(hidden)', 'a pre-shared key is 16-128 of [A-Za-z0-9+/=_.:@%-]');
  }
  return value;
}
