// The one place monaco is configured. Imported ONLY through `loadMonaco()` in ./index.ts (a
// dynamic import), so the editor, its CSS and its workers are a separate lazy chunk that the
// first paint never waits for, and everything comes from our own bundle (no CDN).
//
// Import only what we use: the bare editor API, the editor contributions (hover, suggest, find,
// folding, diff...), and the grammars for YAML and INI. The full `monaco-editor` entry would also
// pull the TypeScript/CSS/HTML/JSON language services (about 17 MB of output).
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/ini/register';
import 'monaco-editor/languages/definitions/shell/register';
import 'monaco-editor/languages/definitions/yaml/register';
import { configureMonacoYaml, type JSONSchema, type MonacoYaml } from 'monaco-yaml';
import EditorWorker from './editor.worker?worker';
import { registerRouterConfigLanguage } from './languages';
import { acceptLegacyWorkerOptions } from './legacy-worker';
import YamlWorker from './yaml.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

function makeWorker(label: string): Worker {
  // monaco-yaml labels its worker 'yaml'; every other request is monaco's own editor worker.
  return label === 'yaml' ? new YamlWorker() : new EditorWorker();
}

// Set getWorker ourselves: monaco's fallback is a data: URL that cannot run the worker.
window.MonacoEnvironment = { getWorker: (_id, label) => makeWorker(label) };

// monaco-yaml 5.5.1 calls the legacy createWebWorker form; see legacy-worker.ts.
const modernCreateWebWorker = monaco.editor.createWebWorker;
(monaco.editor as { createWebWorker: unknown }).createWebWorker = acceptLegacyWorkerOptions(
  (options) => modernCreateWebWorker(options as Parameters<typeof modernCreateWebWorker>[0]),
  makeWorker,
);

registerRouterConfigLanguage(monaco);

// Follow the app's light/dark theme (the shell sets data-theme on <html>). setTheme is global
// in monaco, so one observer serves every editor and viewer.
function followAppTheme(): void {
  const apply = () => monaco.editor.setTheme(document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs');
  apply();
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
followAppTheme();

/** A JSON schema bound to the YAML models whose URI matches `fileMatch`. */
export interface YamlSchemaBinding {
  uri: string;
  fileMatch: string[];
  schema: JSONSchema;
}

let yaml: MonacoYaml | null = null;
const bindings = new Map<string, YamlSchemaBinding>();

/** Adds or replaces a schema binding (keyed by its uri). No network: schema requests are off. */
export function bindYamlSchema(binding: YamlSchemaBinding): void {
  bindings.set(binding.uri, binding);
  const options = {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    format: { enable: true },
    schemas: [...bindings.values()],
  };
  if (yaml) void yaml.update(options);
  else yaml = configureMonacoYaml(monaco, options);
}

export { monaco };
