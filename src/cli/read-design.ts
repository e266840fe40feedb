// Reads a design file for a CLI command: JSON or YAML by extension, migrated and validated.
// Problems go to stderr naming the file and the place in it; the command exits 2.
import { readFileSync, statSync } from 'node:fs';
import { describeProblems, formatFromName, loadDesignText, MAX_DESIGN_BYTES } from '../model/load';
import type { Design } from '../model/types';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export function readDesignFile(path: string | undefined): Design {
  if (!path) throw new CliError('no design file given');
  let text: string;
  try {
    if (statSync(path).size > MAX_DESIGN_BYTES) {
      throw new CliError(`${path}: larger than ${MAX_DESIGN_BYTES / 1048576} MB; designs are limited to that`);
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const result = loadDesignText(text, formatFromName(path));
  if (!result.ok) {
    throw new CliError(`${path} is not a valid design:\n${indent(describeProblems(result.problems))}`);
  }
  return result.design;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
