// SHA-256 of every file, in `sha256sum` format so `sha256sum -c SHA256SUMS` verifies a bundle.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

export function sha256Hex(content: string | Uint8Array): string {
  return bytesToHex(sha256(typeof content === 'string' ? encoder.encode(content) : content));
}

export function checksumFile(files: readonly { path: string; content: string }[]): string {
  return files.map((f) => `${sha256Hex(f.content)}  ${f.path}\n`).join('');
}
