// Built-in designs served from public/designs/ (index.json lists them).
import { type Design, describeProblems, loadDesignValue } from '../model';

export interface TemplateEntry {
  file: string;
  title: string;
  description: string;
  nodes: number;
}

function url(path: string): string {
  return `${import.meta.env.BASE_URL}designs/${path}`;
}

export async function listTemplates(): Promise<TemplateEntry[]> {
  const response = await fetch(url('index.json'));
  if (!response.ok) throw new Error(`could not list templates (HTTP ${response.status})`);
  return (await response.json()) as TemplateEntry[];
}

export async function loadTemplate(file: string): Promise<Design> {
  const response = await fetch(url(file));
  if (!response.ok) throw new Error(`could not load ${file} (HTTP ${response.status})`);
  const result = loadDesignValue(await response.json());
  if (!result.ok) throw new Error(`${file} is not a valid design:\n${describeProblems(result.problems)}`);
  return result.design;
}
