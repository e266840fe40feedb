// `--fail a-east,hub-west:silent`: ids of links, nodes or circuits, each optionally `:silent`.
import type { Design, Failure } from '../model/types';

export type FailListResult = { ok: true; failures: Failure[] } | { ok: false; message: string };

export function parseFailList(design: Design, text: string): FailListResult {
  const failures: Failure[] = [];
  for (const raw of text.split(',').map((s) => s.trim())) {
    if (raw === '') continue;
    const [id = '', mode, ...extra] = raw.split(':');
    if (extra.length > 0 || (mode !== undefined && mode !== 'silent' && mode !== 'hard')) {
      return { ok: false, message: `--fail '${raw}': write <id> or <id>:silent` };
    }
    const kind = design.links.some((l) => l.id === id)
      ? 'link'
      : design.nodes.some((n) => n.id === id)
        ? 'node'
        : design.circuits.some((c) => c.id === id)
          ? 'circuit'
          : null;
    if (!kind) return { ok: false, message: `--fail '${id}': no link, node or circuit has this id` };
    failures.push({ kind, target: id, mode: mode === 'silent' ? 'silent' : 'hard' });
  }
  if (failures.length === 0) return { ok: false, message: '--fail needs at least one id' };
  return { ok: true, failures };
}
