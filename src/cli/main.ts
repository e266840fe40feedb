// `egress <command> ...`: the same engine, exporters and codecs as the app, for pipelines.
// Each command lives in its own file under commands/ and is loaded only when called.
// Output goes to stdout (data) and stderr (messages); exit 0 on success, 1 on a finding that
// should fail a pipeline, 2 on bad usage or an unreadable design.
import { CliError } from './read-design';
import { COMMANDS } from './registry';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp();
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    console.error(`egress: unknown command '${name}'\n`);
    printHelp();
    return 2;
  }
  const command = await entry.load();
  return command.run(rest);
}

function printHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  console.error('usage: egress <command> [options]\n');
  for (const c of COMMANDS) console.error(`  ${c.usage.padEnd(width)}  ${c.summary}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // CliError is an expected problem (bad input): say it plainly. Anything else is a bug: show the stack.
    if (error instanceof CliError) {
      console.error(`egress: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      console.error(error);
      process.exitCode = 2;
    }
  },
);
