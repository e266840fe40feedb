// `egress check <design>`: exits 1 when the design breaks its own rules (an SLA miss, a
// compliance block or an undelivered flow in the baseline, an engine error, or a single point
// of failure for a class marked critical): for CI on a design repository.
import { computeDesign, resilienceSweep } from '../../engine';
import { readDesignFile } from '../read-design';
import { parseFlags } from './engine-output';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, [], ['--fast-timers']);
  const design = readDesignFile(flags.positional[0]);
  const timers = flags.switches.has('--fast-timers') ? 'fast' : 'design';
  const { result, diagnostics } = computeDesign(design, { timers });
  const findings: string[] = [];
  for (const d of diagnostics) if (d.severity === 'error') findings.push(`error: ${d.message}`);
  for (const f of result.flows) {
    if (f.state !== 'ok') findings.push(`${f.state}: ${f.explanation.summary}`);
  }
  const { report } = resilienceSweep(design, { timers });
  for (const s of report.singlePointsOfFailure) {
    if (s.critical) {
      findings.push(
        `single point of failure: ${s.element.kind} ${s.element.id} alone stops critical class ${s.trafficClass} from ${s.site}`,
      );
    }
  }
  for (const line of findings) process.stdout.write(`${line}\n`);
  if (findings.length === 0) process.stdout.write(`ok: ${result.flows.length} flows meet their rules\n`);
  return findings.length === 0 ? 0 : 1;
}
