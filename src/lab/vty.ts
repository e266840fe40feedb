// A persistent client for one FRR daemon's vty socket, speaking the protocol vtysh uses: a
// command is sent NUL-terminated; the answer is the output followed by three NUL bytes and a
// status byte (0 = success). A query takes well under a millisecond, against 100+ ms for
// spawning vtysh on a busy machine: that is what lets the lab time a 0.1 s failover.
import { createConnection, type Socket } from 'node:net';
import { LabError } from './run';

export interface VtyAnswer {
  /** 0 = CMD_SUCCESS; anything else is an FRR error (unknown command, warning, ...). */
  status: number;
  output: string;
}

export class VtyClient {
  private socket: Socket | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  /** Commands run one at a time per connection, in call order. */
  command(command: string, timeoutMs = 10000): Promise<VtyAnswer> {
    const next = this.queue.then(() => this.send(command, timeoutMs));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private async connect(): Promise<Socket> {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = createConnection(this.path);
      s.once('connect', () => resolve(s));
      s.once('error', (error) => reject(new LabError(`cannot connect to ${this.path}: ${error.message}`)));
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      if (this.socket === socket) this.socket = null;
    });
    this.socket = socket;
    return socket;
  }

  private async send(command: string, timeoutMs: number): Promise<VtyAnswer> {
    const socket = await this.connect();
    return new Promise<VtyAnswer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let length = 0;
      const finish = (error: LabError | null, answer?: VtyAnswer) => {
        clearTimeout(timer);
        socket.off('data', onData);
        socket.off('close', onClose);
        if (error) {
          this.close(); // the stream is out of step: start afresh next time
          reject(error);
        } else if (answer) resolve(answer);
      };
      const onData = (chunk: Buffer) => {
        chunks.push(chunk);
        length += chunk.length;
        const all = chunks.length === 1 ? chunk : Buffer.concat(chunks, length);
        if (chunks.length > 1) chunks.splice(0, chunks.length, all);
        const end = terminatorAt(all);
        if (end >= 0) finish(null, { status: all[end + 3] ?? 1, output: all.subarray(0, end).toString('utf8') });
      };
      const onClose = () => finish(new LabError(`${this.path} closed while answering '${command}'`));
      const timer = setTimeout(
        () => finish(new LabError(`no answer to '${command}' from ${this.path} within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      socket.on('data', onData);
      socket.once('close', onClose);
      socket.write(`${command}\0`);
    });
  }
}

/** Index of the three NUL bytes that end an answer (followed by the status byte), or -1. */
export function terminatorAt(buffer: Buffer): number {
  const n = buffer.length;
  if (n < 4) return -1;
  return buffer[n - 4] === 0 && buffer[n - 3] === 0 && buffer[n - 2] === 0 ? n - 4 : -1;
}
