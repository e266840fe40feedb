// An editable YAML document with JSON-schema validation, completion and hover (monaco-yaml),
// plus markers the caller computes (semantic problems the JSON schema cannot express).
// Lives in the lazy monaco chunk; use it through `YamlEditor` from ./index.ts.
import { useEffect, useRef } from 'react';
import type { EditorMarker } from './markers';
import { bindYamlSchema, monaco, type YamlSchemaBinding } from './setup';

export interface YamlEditorProps {
  /** The text to show. When it differs from the editor's text it replaces it (an outside edit). */
  value: string;
  onChange(text: string): void;
  /** The model's URI path, e.g. 'policies.yaml'; schema bindings match on it. */
  path: string;
  schema?: YamlSchemaBinding;
  /** Caller's own markers (owner 'egress'), replaced whenever this array changes. */
  markers?: readonly EditorMarker[];
  height?: string;
  ariaLabel?: string;
}

const OWNER = 'egress';

export default function YamlEditor({
  value,
  onChange,
  path,
  schema,
  markers = [],
  height = '100%',
  ariaLabel,
}: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const changeHandler = useRef(onChange);
  changeHandler.current = onChange;
  const initialValue = useRef(value);

  useEffect(() => {
    if (schema) bindYamlSchema(schema);
  }, [schema]);

  useEffect(() => {
    if (!host.current) return;
    const uri = monaco.Uri.parse(`file:///${path}`);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(initialValue.current, 'yaml', uri);
    const instance = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
      tabSize: 2,
      // Sticky headers pile up in a short panel and hide the line being edited.
      stickyScroll: { enabled: false },
      quickSuggestions: { other: true, comments: false, strings: true },
      ariaLabel: ariaLabel ?? 'YAML editor',
    });
    const subscription = model.onDidChangeContent(() => changeHandler.current(model.getValue()));
    editor.current = instance;
    return () => {
      subscription.dispose();
      instance.dispose();
      model.dispose();
      editor.current = null;
    };
  }, [path, ariaLabel]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model || model.getValue() === value) return;
    // An outside edit (a form): replace the text as one undoable edit, keeping the scroll position.
    const view = editor.current?.saveViewState();
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    if (view) editor.current?.restoreViewState(view);
  }, [value]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      OWNER,
      markers.map((m) => ({
        severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: m.message,
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine,
        endColumn: m.endColumn,
      })),
    );
  }, [markers]);

  return <div ref={host} className="monaco-host" data-testid="yaml-editor" style={{ height, width: '100%' }} />;
}
