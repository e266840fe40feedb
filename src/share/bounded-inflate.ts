// Raw DEFLATE decompression with a hard cap on the output. fflate's one-shot inflateSync grows its
// buffer without limit, so a 1 kB "bomb" could allocate gigabytes; the streaming inflater fed in
// small chunks lets us stop as soon as the output passes the cap.
import { Inflate } from 'fflate';

/** Input fed per step: one step can emit at most about 1,032 times this (DEFLATE's best ratio). */
const CHUNK_BYTES = 1024;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'corrupt'; message: string };

class OutputTooLarge extends Error {}

export function inflateBounded(data: Uint8Array, maxBytes: number): InflateResult {
  if (data.length === 0) return { ok: false, reason: 'corrupt', message: 'there is no compressed data' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new OutputTooLarge();
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
      const end = Math.min(offset + CHUNK_BYTES, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof OutputTooLarge) {
      return {
        ok: false,
        reason: 'too-large',
        message: `it inflates to more than ${formatBytes(maxBytes)}, more than a link may carry (a design that big travels as a file)`,
      };
    }
    return {
      ok: false,
      reason: 'corrupt',
      message: `the compressed data is corrupt or cut short (${errorText(error)})`,
    };
  }
  if (!ended) return { ok: false, reason: 'corrupt', message: 'the compressed data is cut short' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes: out };
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 120);
}

function formatBytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(0)} MB` : `${Math.round(n / 1024)} kB`;
}
