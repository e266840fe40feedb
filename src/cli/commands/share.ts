// `egress share <design> [--url <base>]` prints the design's share link fragment (or the whole URL);
// `egress share --decode '<fragment or url>' [--format json|yaml]` prints the linked design as
// canonical JSON (or YAML). `--decode -` reads the link from stdin, for links too long for argv.
import { readFileSync } from 'node:fs';
import { serializeDesignJson, serializeDesignYaml } from '../../model/serialize';
import { decodeDesignLink, describeShareError, encodeDesignLink, PRACTICAL_LINK_CHARS } from '../../share';
import { CliError, readDesignFile } from '../read-design';

const USAGE = "usage: egress share <design> [--url <base>] | egress share --decode '<link>'|- [--format json|yaml]";

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  return options.decode !== undefined ? decode(options.decode, options.format) : encode(options);
}

interface Options {
  design?: string;
  decode?: string;
  url?: string;
  format: 'json' | 'yaml';
}

function parseArgs(args: string[]): Options {
  const options: Options = { format: 'json' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new CliError(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--decode') options.decode = value();
    else if (arg === '--url') options.url = value();
    else if (arg === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'yaml') throw new CliError(`--format is json or yaml, not ${format}`);
      options.format = format;
    } else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}\n${USAGE}`);
    else if (options.design === undefined) options.design = arg;
    else throw new CliError(`one design at a time\n${USAGE}`);
  }
  if (options.decode !== undefined && options.design !== undefined) {
    throw new CliError(`give a design to encode or --decode a link, not both\n${USAGE}`);
  }
  if (options.decode === undefined && options.design === undefined) throw new CliError(`no design given\n${USAGE}`);
  return options;
}

function encode(options: Options): number {
  const design = readDesignFile(options.design);
  const encoded = encodeDesignLink(design);
  if (!encoded.ok) throw new CliError(`${options.design}: ${describeShareError(encoded.error)}`);
  const { fragment, length, practical } = encoded.value;
  const base = options.url?.replace(/#.*$/, '');
  process.stdout.write(`${base ?? ''}${fragment}\n`);
  console.error(`${length.toLocaleString('en-US')} characters`);
  if (!practical) {
    console.error(
      `warning: longer than ${PRACTICAL_LINK_CHARS.toLocaleString('en-US')} characters; chat apps and ticket systems may cut it: share the file instead`,
    );
  }
  return 0;
}

function decode(link: string, format: 'json' | 'yaml'): number {
  const text = link === '-' ? readFileSync(0, 'utf8') : link;
  const decoded = decodeDesignLink(text);
  if (!decoded.ok) throw new CliError(`cannot decode the link: ${describeShareError(decoded.error)}`);
  const { design, migratedFrom } = decoded.value;
  process.stdout.write(format === 'yaml' ? serializeDesignYaml(design) : serializeDesignJson(design));
  if (migratedFrom !== undefined) console.error(`note: upgraded from schema version ${migratedFrom}`);
  return 0;
}
