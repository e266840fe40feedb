// What a command prints, for its tests: stdout writes and console.error lines, collected instead
// of shown. Restore with vi.restoreAllMocks() (the tests' afterEach).
import { vi } from 'vitest';

export function captureOutput(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    err.push(parts.join(' '));
  });
  return { out, err };
}
