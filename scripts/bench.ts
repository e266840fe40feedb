// `npm run bench [-- <section> ...] [--json]`: speed and size figures, reported, never asserted.
// With --json, stdout carries one JSON object: the engine's cases at top-level `cases` (the format
// the engine issue fixes), every other section under its name. Tables go to stderr then.
import { BENCHES } from '../bench/registry';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const wanted = args.filter((a) => !a.startsWith('--'));
const selected = BENCHES.filter((b) => wanted.length === 0 || wanted.includes(b.name));
const log = asJson ? console.error : console.log;

const output: Record<string, unknown> = {};
for (const entry of selected) {
  log(`\n== ${entry.name} ==`);
  const section = await (await entry.load()).run();
  log(section.title);
  // console.table writes to stdout; under --json stdout is reserved for the JSON document.
  if (asJson) console.error(formatTable(section.rows));
  else console.table(section.rows);
  if (entry.name === 'engine') output.cases = section.json;
  else output[entry.name] = section.json;
}
if (asJson) process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);

function formatTable(rows: Record<string, string | number>[]): string {
  if (rows.length === 0) return '(no rows)';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(columns), ...rows.map((r) => line(columns.map((c) => String(r[c] ?? ''))))].join('\n');
}
