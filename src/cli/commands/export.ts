// `egress export <design> --platform frr,ios-xe,...|all --out <dir|file.zip>`: the same bundle
// the app downloads. Keys come from a local key store file (never the design).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildDevices } from '../../devices/build';
import { BundleError, exportBundle } from '../../exporters/bundle/export';
import { zipBundle } from '../../exporters/bundle/zip';
import { UnsafeValueError } from '../../exporters/escape';
import { PLATFORM_IDS } from '../../exporters/index';
import { deterministicKeySource } from '../../exporters/keys/deterministic';
import { listKeyRefs } from '../../exporters/keys/refs';
import type { KeySource, PlatformId } from '../../exporters/types';
import { validateDesign } from '../../model/validate';
import { ensureKeys, keySourceOf, openKeyStore, saveKeyStore } from '../key-store';
import { CliError, readDesignFile } from '../read-design';

const USAGE =
  'usage: egress export <design> --platform <frr,ios-xe,junos,eos,wireguard,strongswan|all|auto> --out <dir|file.zip>\n' +
  '       [--fast-timers] [--keys <file>] [--rotate-keys] [--test-keys]';

interface Args {
  design: string;
  platforms: PlatformId[] | 'auto';
  out: string;
  fastTimers: boolean;
  keysPath: string;
  rotateKeys: boolean;
  testKeys: boolean;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const design = readDesignFile(args.design);
  const errors = validateDesign(design).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new CliError(
      `${args.design} is not a valid design:\n${errors.map((e) => `  ${e.elementId ?? e.code}: ${e.message}`).join('\n')}`,
    );
  }
  const keys = args.testKeys ? deterministicKeySource() : storeKeys(design, args);
  let bundle: ReturnType<typeof exportBundle>;
  try {
    bundle = exportBundle(design, {
      keys,
      platforms: args.platforms,
      fastTimers: args.fastTimers,
      generatedAt: new Date().toISOString(),
    });
  } catch (error) {
    if (error instanceof BundleError || error instanceof UnsafeValueError) throw new CliError(error.message);
    throw error;
  }
  if (args.out.endsWith('.zip')) {
    mkdirSync(dirname(resolve(args.out)), { recursive: true });
    writeFileSync(args.out, zipBundle(bundle.files));
  } else {
    for (const file of bundle.files) {
      const path = join(args.out, file.path);
      mkdirSync(dirname(path), { recursive: true });
      // Files holding private keys are for the device's operator only.
      const secret = /\/(wg\d+\.conf|swanctl\.conf)$/.test(file.path);
      writeFileSync(path, file.content, secret ? { mode: 0o600 } : {});
    }
  }
  for (const w of bundle.warnings) console.error(`warning: ${w.platform} ${w.device}: ${w.message}`);
  for (const p of bundle.problems) console.error(`${p.severity}: ${p.elementId}: ${p.message}`);
  console.error(
    `egress export: ${bundle.devices.length} devices, ${bundle.files.length} files, ${bundle.warnings.length + bundle.problems.length} warnings -> ${args.out}`,
  );
  return 0;
}

function storeKeys(design: Parameters<typeof buildDevices>[0], args: Args): KeySource {
  const store = openKeyStore(args.keysPath);
  const refs = listKeyRefs(buildDevices(design).devices);
  if (ensureKeys(store, refs, new Date(), args.rotateKeys)) saveKeyStore(args.keysPath, store);
  return keySourceOf(store);
}

function parseArgs(argv: string[]): Args {
  let design: string | undefined;
  let platformText: string | undefined;
  let out: string | undefined;
  let fastTimers = false;
  let keysPath = '.egress-keys.json';
  let rotateKeys = false;
  let testKeys = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--platform' || arg === '--platforms') platformText = value();
    else if (arg === '--out' || arg === '-o') out = value();
    else if (arg === '--keys') keysPath = value();
    else if (arg === '--fast-timers') fastTimers = true;
    else if (arg === '--rotate-keys') rotateKeys = true;
    else if (arg === '--test-keys') testKeys = true;
    else if (arg.startsWith('-')) throw new CliError(`unknown option '${arg}'\n${USAGE}`);
    else if (design === undefined) design = arg;
    else throw new CliError(`unexpected argument '${arg}'\n${USAGE}`);
  }
  if (!design) throw new CliError(`no design file given\n${USAGE}`);
  if (!out) throw new CliError(`--out is required\n${USAGE}`);
  return { design, platforms: parsePlatforms(platformText ?? 'auto'), out, fastTimers, keysPath, rotateKeys, testKeys };
}

export function parsePlatforms(text: string): PlatformId[] | 'auto' {
  if (text === 'auto') return 'auto';
  if (text === 'all') return [...PLATFORM_IDS];
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(PLATFORM_IDS as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new CliError(
      `unknown platform${unknown.length === 1 ? '' : 's'} ${unknown.map((u) => `'${u}'`).join(', ') || "''"}; known: ${PLATFORM_IDS.join(', ')}, all, auto`,
    );
  }
  return names as PlatformId[];
}
