// monaco 0.55+ dropped the legacy `createWebWorker({ moduleId, label, createData })` form that
// monaco-yaml 5.5.1 (through monaco-worker-manager) still calls (monaco-yaml#272,
// monaco-editor#5049). Without this wrapper the YAML worker never starts: no markers, no
// completion, "Could not create web worker(s)".
//
// The wrapper builds the worker itself and replays the old handshake: monaco-worker-manager's
// worker waits for one message to install its handler ('ignore'), then takes the next message
// as `createData` and starts monaco's RPC server, which then talks to the client that the
// modern `createWebWorker({ worker })` returns. Messages on one port are delivered in order.

/** The legacy call shape monaco-worker-manager uses. */
export interface LegacyWorkerOptions {
  label?: string;
  moduleId?: string;
  createData?: unknown;
}

/** The modern call shape monaco 0.57 accepts. */
export interface ModernWorkerOptions {
  worker: Worker | Promise<Worker>;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}

type CreateWebWorker<R> = (options: ModernWorkerOptions) => R;

/** Returns a createWebWorker that accepts both forms; `makeWorker(label)` builds the worker for
 * a legacy call (MonacoEnvironment.getWorker). */
export function acceptLegacyWorkerOptions<R>(
  original: CreateWebWorker<R>,
  makeWorker: (label: string) => Worker,
): (options: ModernWorkerOptions | LegacyWorkerOptions) => R {
  return (options) => {
    if ('worker' in options && options.worker) return original(options);
    const legacy = options as LegacyWorkerOptions;
    const worker = makeWorker(legacy.label ?? legacy.moduleId ?? 'editorWorkerService');
    worker.postMessage('ignore');
    worker.postMessage(legacy.createData ?? {});
    return original({ worker });
  };
}
