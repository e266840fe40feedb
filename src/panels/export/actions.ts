// The export view's entry in the Export menu (src/app/registry.ts ACTIONS). Light: it only opens
// the panel, which loads lazily with monaco.
import type { ActionEntry } from '../../app/registry';
import { openPanel } from '../../state/ui-store';

export const EXPORT_ACTIONS: ActionEntry[] = [
  {
    id: 'export-configs',
    label: 'Device configs (FRR, IOS-XE, Junos, EOS, WireGuard, strongSwan)…',
    group: 'export',
    description: 'Preview every device configuration, diff it with the last download and download one .zip',
    perform: () => openPanel('bottom', 'export'),
  },
];
