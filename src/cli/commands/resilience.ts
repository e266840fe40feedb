// `egress resilience <design> [--fast-timers] [--format table|json]`: every single failure,
// ranked, and the single points of failure per site and class.
import { resilienceSweep } from '../../engine';
import { readDesignFile } from '../read-design';
import { parseFlags, table } from './engine-output';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, ['--format'], ['--fast-timers']);
  const design = readDesignFile(flags.positional[0]);
  const { report, diagnostics } = resilienceSweep(design, {
    timers: flags.switches.has('--fast-timers') ? 'fast' : 'design',
  });
  if (flags.values['--format'] === 'json') {
    process.stdout.write(`${JSON.stringify({ ...report, diagnostics }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(
    `${table([
      ['element', 'kind', 'criticality', 'breaks', 'moves', 'new SLA misses', 'overloads', 'worst convergence'],
      ...report.scenarios.map((s) => [
        s.element.id,
        s.element.kind,
        String(s.criticality),
        String(s.dropped),
        String(s.moved),
        String(s.newSlaMisses),
        s.newOverloads.join(' ') || '-',
        `${s.worstConvergenceS} s`,
      ]),
    ])}\n\nSingle points of failure:\n`,
  );
  process.stdout.write(
    report.singlePointsOfFailure.length === 0
      ? '  none\n'
      : `${table([
          ['element', 'site', 'class', 'critical'],
          ...report.singlePointsOfFailure.map((s) => [s.element.id, s.site, s.trafficClass, s.critical ? 'yes' : '']),
        ])}\n`,
  );
  for (const d of diagnostics) console.error(`${d.severity}: ${d.message}`);
  return 0;
}
