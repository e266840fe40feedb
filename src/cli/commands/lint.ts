// `egress lint <design> [--strict] [--format table|json]`: the policy lint the editor shows
// (shadowed PBR rules, classes matching nothing or overlapping, unreachable SLAs, jurisdictions
// leaving a site no egress, missing references), for CI on a design repository. Exits 1 on an
// error finding, or on any finding with --strict.
import { lintDesign } from '../../lint';
import { readDesignFile } from '../read-design';
import { parseFlags, table } from './engine-output';

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, ['--format'], ['--strict']);
  const design = readDesignFile(flags.positional[0]);
  const findings = lintDesign(design);
  if (flags.values['--format'] === 'json') {
    process.stdout.write(`${JSON.stringify({ findings }, null, 2)}\n`);
  } else if (findings.length === 0) {
    process.stdout.write('ok: no policy problems found\n');
  } else {
    const rows = [
      ['severity', 'code', 'element', 'message'],
      ...findings.map((f) => [f.severity, f.code, f.elementId ?? '', f.message]),
    ];
    process.stdout.write(`${table(rows)}\n`);
  }
  const failing = flags.switches.has('--strict')
    ? findings.filter((f) => f.severity !== 'info')
    : findings.filter((f) => f.severity === 'error');
  return failing.length > 0 ? 1 : 0;
}
