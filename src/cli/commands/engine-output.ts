// Shared by the engine's CLI commands: flag parsing and plain-text tables.
import type { Flow } from '../../engine';
import { CliError } from '../read-design';

export interface Flags {
  positional: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

export function parseFlags(args: string[], valued: string[], switches: string[]): Flags {
  const out: Flags = { positional: [], values: {}, switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new CliError(`${name} needs a value`);
      out.values[name] = out.values[name] ? `${out.values[name]},${value}` : value;
    } else if (switches.includes(arg)) {
      out.switches.add(arg);
    } else if (arg.startsWith('--')) {
      throw new CliError(`unknown option '${arg}'`);
    } else {
      out.positional.push(arg);
    }
  }
  const format = out.values['--format'];
  if (format !== undefined && format !== 'table' && format !== 'json') {
    throw new CliError(`--format is table or json, not '${format}'`);
  }
  return out;
}

export function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function flowTable(flows: Flow[]): string {
  return table([
    ['site', 'class', 'destination', 'state', 'egress', 'latency', 'loss', 'path'],
    ...flows.map((f) => [
      f.site,
      f.trafficClass,
      f.destination,
      f.state,
      f.egressHub ?? '-',
      `${f.latencyMs} ms`,
      `${Math.round(f.lossPct * 100) / 100} %`,
      f.path.join(' > ') || '-',
    ]),
  ]);
}
