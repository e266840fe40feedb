// Shared by the lab suites: load a sample design, run the lab, keep the report for the closing
// note (test-results/lab/<name>.json and .txt) and print it, so every figure is on record.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesignText } from '../model/load';
import type { Design } from '../model/types';
import { type LabOptions, runLab } from './lab';
import { formatJson, formatTable } from './report';
import type { LabReport } from './report-types';

export const SAMPLE_DIR = join(__dirname, '..', '..', 'public', 'designs');
const RESULTS = join(__dirname, '..', '..', 'test-results', 'lab');

export function loadSample(file: string): Design {
  const result = loadDesignText(readFileSync(join(SAMPLE_DIR, file), 'utf8'), 'json');
  if (!result.ok) throw new Error(`${file} is not a valid design`);
  return result.design;
}

export async function runAndRecord(name: string, design: Design, options: LabOptions): Promise<LabReport> {
  const report = await runLab(design, options);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), formatJson(report));
  const text = formatTable(report);
  writeFileSync(join(RESULTS, `${name}.txt`), text);
  console.log(text);
  return report;
}
