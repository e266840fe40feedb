// Design files: canonical JSON (schema key order, stable, diff-friendly) and YAML. Reading goes
// through src/model's lenient-but-loud loader (size cap, migrations, every problem with its path).

import { slugify } from '../model/ids';
import { type DesignFormat, loadDesignText } from '../model/load';
import { DesignSchema } from '../model/schema';
import { serializeDesignJson, serializeDesignYaml } from '../model/serialize';
import type { Design } from '../model/types';
import { failure, type ShareResult, schemaProblems } from './errors';

export interface DesignFile {
  fileName: string;
  mimeType: string;
  text: string;
}

export interface ImportedDesign {
  design: Design;
  format: DesignFormat;
  migratedFrom?: number;
}

const EXTENSIONS: Readonly<Record<DesignFormat, string>> = { json: 'json', yaml: 'yaml' };
const MIME_TYPES: Readonly<Record<DesignFormat, string>> = { json: 'application/json', yaml: 'application/yaml' };

export function designFileName(design: Design, format: DesignFormat): string {
  return `${slugify(design.meta.name) || 'design'}.${EXTENSIONS[format]}`;
}

export function exportDesignFile(design: Design, format: DesignFormat): ShareResult<DesignFile> {
  const parsed = DesignSchema.safeParse(design);
  if (!parsed.success) {
    return failure(
      'cannot-encode',
      `The design has errors; fix them before saving it as ${format.toUpperCase()}.`,
      schemaProblems(parsed.error),
    );
  }
  const text = format === 'yaml' ? serializeDesignYaml(parsed.data) : serializeDesignJson(parsed.data);
  return { ok: true, value: { fileName: designFileName(design, format), mimeType: MIME_TYPES[format], text } };
}

/** The format of a file by its name, or by its first character when the name does not say. */
export function detectFormat(fileName: string, text: string): DesignFormat {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  if (/\.json$/i.test(fileName)) return 'json';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

export function importDesignFile(fileName: string, text: string): ShareResult<ImportedDesign> {
  const format = detectFormat(fileName, text);
  const loaded = loadDesignText(text, format);
  if (!loaded.ok) {
    const first = loaded.problems[0];
    const summary = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'it is not valid';
    return failure('invalid-design', `${fileName} cannot be opened: ${summary}`, loaded.problems);
  }
  const value: ImportedDesign = { design: loaded.design, format };
  if (loaded.migratedFrom !== undefined) value.migratedFrom = loaded.migratedFrom;
  return { ok: true, value };
}
