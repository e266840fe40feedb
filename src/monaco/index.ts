// Monaco for Egress Designer: bundled (never a CDN) and lazy (never in the initial chunk).
//
// API (everything here is safe to import statically; monaco itself loads on first render/call):
//   <CodeViewer value language height? ariaLabel? />
//       read-only highlighted code. language: 'router-config' (FRR, IOS XE, EOS, Junos,
//       swanctl), 'yaml', 'ini' (WireGuard), 'shell', 'plaintext'.
//   <DiffViewer original modified language height? inline? />
//       read-only diff of two texts (side by side unless `inline`).
//   <YamlEditor value onChange path schema? markers? height? ariaLabel? />
//       editable YAML with JSON-schema markers, completion and hover (monaco-yaml). `path` names
//       the model (e.g. 'policies.yaml'); `schema` = { uri, fileMatch: [path], schema } binds a
//       JSON schema; `markers` (EditorMarker[]) are the caller's own semantic markers.
//   loadMonaco(): Promise<{ monaco, bindYamlSchema }>  for imperative use.
// Each component shows the plain text as its fallback while monaco loads, and takes the full
// width of its container; give the container (or `height`) a height.
import { type ComponentType, createElement, lazy, Suspense } from 'react';
import type { CodeViewerProps } from './CodeViewer';
import type { DiffViewerProps } from './DiffViewer';
import type { YamlEditorProps } from './YamlEditor';

export type { CodeViewerProps } from './CodeViewer';
export type { DiffViewerProps } from './DiffViewer';
export { ROUTER_CONFIG_LANGUAGE } from './languages';
export type { EditorMarker } from './markers';
export type { YamlEditorProps } from './YamlEditor';

/** Loads (once) and returns the configured monaco module. */
export function loadMonaco() {
  return import('./setup');
}

const LazyCodeViewer = lazy(() => import('./CodeViewer'));
const LazyDiffViewer = lazy(() => import('./DiffViewer'));
const LazyYamlEditor = lazy(() => import('./YamlEditor'));

function plainFallback(text: string, height: string | undefined, testId: string) {
  return createElement(
    'pre',
    { 'data-testid': testId, className: 'monaco-loading', style: { height, margin: 0, overflow: 'auto' } },
    text,
  );
}

function withFallback<P extends object>(
  Inner: ComponentType<P>,
  fallback: (props: P) => ReturnType<typeof createElement>,
) {
  return (props: P) => createElement(Suspense, { fallback: fallback(props) }, createElement(Inner, props));
}

export const CodeViewer = withFallback<CodeViewerProps>(LazyCodeViewer, (p) =>
  plainFallback(p.value, p.height, 'code-viewer-loading'),
);
export const DiffViewer = withFallback<DiffViewerProps>(LazyDiffViewer, (p) =>
  plainFallback(p.modified, p.height, 'diff-viewer-loading'),
);
export const YamlEditor = withFallback<YamlEditorProps>(LazyYamlEditor, (p) =>
  plainFallback(p.value, p.height, 'yaml-editor-loading'),
);
