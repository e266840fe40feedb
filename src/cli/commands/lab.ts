// `egress lab <design> [--fail <id>[:silent],...] [--fast-timers] [--format table|json]`: builds the
// design as real FRR routers in network namespaces and checks the engine's predictions against
// them (src/lab/lab.ts). Exit 0 when FRR agrees, 1 on any path mismatch or a lab that could not
// be built, 2 on bad usage or a machine that cannot run the lab (it says what is missing).
import { runLab } from '../../lab/lab';
import { parseFailList } from '../../lab/options';
import { labPrerequisites } from '../../lab/prerequisites';
import { formatJson, formatTable } from '../../lab/report';
import { CliError, readDesignFile } from '../read-design';

const USAGE = 'usage: egress lab <design.json|yaml> [--fail <id>[:silent],...] [--fast-timers] [--format table|json]';

export async function run(args: string[]): Promise<number> {
  let designPath: string | undefined;
  let fail: string | undefined;
  let fastTimers = false;
  let format: 'table' | 'json' = 'table';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--fast-timers') fastTimers = true;
    else if (arg === '--fail' || arg === '--format') {
      const value = args[++i];
      if (value === undefined) throw new CliError(`${arg} needs a value\n${USAGE}`);
      if (arg === '--fail') fail = fail ? `${fail},${value}` : value;
      else if (value === 'table' || value === 'json') format = value;
      else throw new CliError(`--format is table or json, not '${value}'`);
    } else if (arg === '--help' || arg === '-h') {
      console.error(USAGE);
      return 0;
    } else if (arg.startsWith('-')) throw new CliError(`unknown option '${arg}'\n${USAGE}`);
    else if (designPath === undefined) designPath = arg;
    else throw new CliError(`only one design file, got '${designPath}' and '${arg}'`);
  }
  const design = readDesignFile(designPath);
  const parsed = fail === undefined ? undefined : parseFailList(design, fail);
  if (parsed && !parsed.ok) throw new CliError(parsed.message);

  const missing = labPrerequisites({ needNft: parsed?.failures.some((f) => f.mode === 'silent') ?? false });
  if (missing.length > 0) {
    throw new CliError(
      `the lab cannot run on this machine; missing:\n${missing.map((m) => `  ${m.what}: ${m.fix}`).join('\n')}`,
    );
  }
  const report = await runLab(design, {
    fastTimers,
    ...(parsed ? { scenarios: parsed.failures.map((f) => [f]) } : {}),
    log: (line) => console.error(`lab: ${line}`),
  });
  process.stdout.write(format === 'json' ? formatJson(report) : formatTable(report));
  return report.summary.ok ? 0 : 1;
}
