import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { terminatorAt, VtyClient } from './vty';

// A stand-in for an FRR daemon's vty socket: NUL-terminated commands in, output + "\0\0\0<status>" out.
function fakeDaemon(answer: (command: string) => { output: string; status: number } | null): {
  path: string;
  server: Server;
  dir: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'vty-test-'));
  const path = join(dir, 'bgpd.vty');
  const server = createServer((socket) => {
    let pending = '';
    socket.on('data', (data) => {
      pending += data.toString('utf8');
      let end = pending.indexOf('\0');
      while (end >= 0) {
        const command = pending.slice(0, end);
        pending = pending.slice(end + 1);
        const reply = answer(command);
        if (reply) {
          // Split the answer in two writes: the client must reassemble it.
          const bytes = Buffer.concat([Buffer.from(reply.output), Buffer.from([0, 0, 0, reply.status])]);
          socket.write(bytes.subarray(0, 3));
          setTimeout(() => socket.write(bytes.subarray(3)), 5);
        }
        end = pending.indexOf('\0');
      }
    });
  });
  server.listen(path);
  return { path, server, dir };
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

describe('VtyClient', () => {
  it('sends commands in order over one connection and returns output and status', async () => {
    const daemon = fakeDaemon((c) =>
      c === 'show bogus' ? { output: '% Unknown command', status: 2 } : { output: `{"cmd":"${c}"}`, status: 0 },
    );
    const client = new VtyClient(daemon.path);
    cleanup.push(() => {
      client.close();
      daemon.server.close();
      rmSync(daemon.dir, { recursive: true, force: true });
    });
    await new Promise((r) => daemon.server.once('listening', r));
    const [a, b, c] = await Promise.all([
      client.command('show a'),
      client.command('show bogus'),
      client.command('show c'),
    ]);
    expect(a).toEqual({ status: 0, output: '{"cmd":"show a"}' });
    expect(b).toEqual({ status: 2, output: '% Unknown command' });
    expect(c.output).toBe('{"cmd":"show c"}');
  });

  it('fails with a clear error when the daemon does not answer in time, then recovers', async () => {
    let silent = true;
    const daemon = fakeDaemon(() => (silent ? null : { output: 'ok', status: 0 }));
    const client = new VtyClient(daemon.path);
    cleanup.push(() => {
      client.close();
      daemon.server.close();
      rmSync(daemon.dir, { recursive: true, force: true });
    });
    await new Promise((r) => daemon.server.once('listening', r));
    await expect(client.command('show x', 100)).rejects.toThrow(/no answer to 'show x'/);
    silent = false;
    await expect(client.command('show y')).resolves.toEqual({ status: 0, output: 'ok' });
  });

  it('says which socket it could not reach', async () => {
    const client = new VtyClient('/nonexistent/bgpd.vty');
    await expect(client.command('show')).rejects.toThrow(/cannot connect to \/nonexistent\/bgpd.vty/);
  });
});

describe('terminatorAt', () => {
  it('finds the three NUL bytes before the status byte only at the end', () => {
    expect(terminatorAt(Buffer.from([65, 0, 0, 0, 1]))).toBe(1);
    expect(terminatorAt(Buffer.from([65, 0, 0, 1]))).toBe(-1);
    expect(terminatorAt(Buffer.from([0, 0]))).toBe(-1);
  });
});
