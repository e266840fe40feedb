// `egress diff <design-a> <design-b> [--format table|json]`: which flows move between two
// revisions of a design (new, removed, re-routed, changed state).
import { computeDesign, type Flow } from '../../engine';
import { readDesignFile } from '../read-design';
import { parseFlags, table } from './engine-output';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, ['--format'], ['--fast-timers']);
  const [fileA, fileB] = flags.positional;
  const a = computeDesign(readDesignFile(fileA)).result.flows;
  const b = computeDesign(readDesignFile(fileB)).result.flows;
  const before = new Map(a.map((f) => [f.id, f]));
  const after = new Map(b.map((f) => [f.id, f]));
  const changes: { flowId: string; change: string; before: Summary | null; after: Summary | null }[] = [];
  for (const [id, f] of before) {
    const g = after.get(id);
    if (!g) changes.push({ flowId: id, change: 'removed', before: summary(f), after: null });
    else if (JSON.stringify(summary(f)) !== JSON.stringify(summary(g))) {
      changes.push({
        flowId: id,
        change: f.state !== g.state ? 'state' : 'moved',
        before: summary(f),
        after: summary(g),
      });
    }
  }
  for (const [id, g] of after)
    if (!before.has(id)) changes.push({ flowId: id, change: 'added', before: null, after: summary(g) });
  if (flags.values['--format'] === 'json') {
    process.stdout.write(`${JSON.stringify({ changes }, null, 2)}\n`);
  } else if (changes.length === 0) {
    process.stdout.write('no flow changes\n');
  } else {
    const show = (s: Summary | null) => (s ? `${s.state} ${s.egressHub ?? '-'} ${s.path.join('>')}` : '-');
    process.stdout.write(
      `${table([['flow', 'change', 'before', 'after'], ...changes.map((c) => [c.flowId, c.change, show(c.before), show(c.after)])])}\n`,
    );
  }
  return 0;
}

interface Summary {
  state: Flow['state'];
  egressHub: string | null;
  path: string[];
}

function summary(f: Flow): Summary {
  return { state: f.state, egressHub: f.egressHub, path: f.path };
}
