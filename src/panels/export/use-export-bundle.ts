// The bundle for the current design and platform picks. Keys come from the browser key store,
// resolved asynchronously (IndexedDB) before the synchronous exporters run; until then, and on
// a design that cannot be exported, the hook says why instead of throwing.
import { useEffect, useMemo, useState } from 'react';
import { buildDevices } from '../../devices/build';
import type { DeviceModel } from '../../devices/types';
import { type Bundle, BundleError, exportBundle } from '../../exporters/bundle/export';
import { listKeyRefs } from '../../exporters/keys/refs';
import type { KeySource } from '../../exporters/types';
import { useDesignStore } from '../../state/design-store';
import { browserKeyStores, resolveKeySource } from '../../state/keystore';
import { platformChoice } from './export-model';
import { useExportView } from './export-store';

export type ExportState =
  | { status: 'preparing'; devices: DeviceModel[] }
  | { status: 'error'; devices: DeviceModel[]; message: string }
  | { status: 'ready'; devices: DeviceModel[]; bundle: Bundle; persistentKeys: boolean };

export function useExportBundle(): ExportState {
  const design = useDesignStore((s) => s.design);
  const picks = useExportView((s) => s.picks);
  const keyVersion = useExportView((s) => s.keyVersion);
  const devices = useMemo(() => buildDevices(design).devices, [design]);
  const refs = useMemo(() => listKeyRefs(devices), [devices]);
  const refsKey = `${refs.wireguard.join(',')}|${refs.psk.join(',')}`;
  const [keys, setKeys] = useState<{ source: KeySource; refsKey: string; version: number } | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const stores = browserKeyStores();
    resolveKeySource(refs, stores.wireguard, stores.psk).then(
      (source) => {
        if (!cancelled) {
          setKeys({ source, refsKey, version: keyVersion });
          setKeyError(null);
        }
      },
      (error: unknown) => {
        if (!cancelled) setKeyError(`the key store could not provide keys: ${String(error)}`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [refs, refsKey, keyVersion]);

  // The timestamp moves with the design and the keys, not with platform picks, so the diff with
  // the previous download shows README/inventory as changed only when something real changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed on purpose when these change
  const generatedAt = useMemo(() => new Date().toISOString(), [design, keys]);

  return useMemo((): ExportState => {
    if (keyError) return { status: 'error', devices, message: keyError };
    if (!keys || keys.refsKey !== refsKey || keys.version !== keyVersion) return { status: 'preparing', devices };
    try {
      const bundle = exportBundle(design, {
        keys: keys.source,
        platforms: platformChoice(devices, picks),
        generatedAt,
      });
      return { status: 'ready', devices, bundle, persistentKeys: browserKeyStores().persistent };
    } catch (error) {
      const message = error instanceof BundleError || error instanceof Error ? error.message : String(error);
      return { status: 'error', devices, message };
    }
  }, [design, devices, picks, keys, keyError, refsKey, keyVersion, generatedAt]);
}
