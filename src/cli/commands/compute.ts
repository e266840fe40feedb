// `egress compute <design> [--fail <id>[:silent],...] [--fast-timers] [--format table|json]`:
// the flows the engine predicts (after the failures, with the diff and convergence, if any).
import { computeDesign, computeScenario } from '../../engine';
import { parseFailureSpec } from '../../engine/failure-spec';
import type { Failure } from '../../model/types';
import { CliError, readDesignFile } from '../read-design';
import { flowTable, parseFlags } from './engine-output';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, ['--fail', '--format'], ['--fast-timers']);
  const design = readDesignFile(flags.positional[0]);
  const failures: Failure[] = [];
  for (const spec of (flags.values['--fail'] ?? '').split(',').filter((s) => s.trim() !== '')) {
    const parsed = parseFailureSpec(design, spec);
    if (typeof parsed === 'string') throw new CliError(`--fail: ${parsed}`);
    failures.push(parsed);
  }
  const timers = flags.switches.has('--fast-timers') ? 'fast' : 'design';
  const format = flags.values['--format'] ?? 'table';
  if (failures.length === 0) {
    const { result, diagnostics } = computeDesign(design, { timers });
    if (format === 'json') {
      print({
        flows: result.flows,
        linkLoads: result.linkLoads,
        hubLoads: result.hubLoads,
        totals: result.totals,
        diagnostics,
      });
    } else {
      process.stdout.write(`${flowTable(result.flows)}\n`);
      for (const d of diagnostics) console.error(`${d.severity}: ${d.message}`);
    }
    return 0;
  }
  const { scenario, diagnostics } = computeScenario(design, failures, { timers });
  if (format === 'json') {
    print({
      failures,
      flows: scenario.result.flows,
      totals: scenario.result.totals,
      diff: scenario.diff,
      convergence: scenario.convergence,
      worstConvergenceS: scenario.worstConvergenceS,
      diagnostics,
    });
  } else {
    process.stdout.write(`${flowTable(scenario.result.flows)}\n\n`);
    const conv = new Map(scenario.convergence.map((c) => [c.flowId, c]));
    for (const change of [...scenario.diff.moved, ...scenario.diff.dropped]) {
      const c = conv.get(change.flowId);
      process.stdout.write(
        `${change.flowId}: ${change.before.egressHub ?? '-'} -> ${change.after.egressHub ?? change.after.state}` +
          (c ? `  converges in ~${c.phases.totalS} s (${c.detection}; ${c.range.minS}-${c.range.maxS} s)` : '') +
          '\n',
      );
    }
    for (const d of diagnostics) console.error(`${d.severity}: ${d.message}`);
  }
  return 0;
}

function print(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
