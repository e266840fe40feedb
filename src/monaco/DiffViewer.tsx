// A read-only side-by-side (or inline) diff of two texts, e.g. a config before and after an edit.
// Lives in the lazy monaco chunk; use it through `DiffViewer` from ./index.ts.
import { useEffect, useRef } from 'react';
import { monaco } from './setup';

export interface DiffViewerProps {
  original: string;
  modified: string;
  language: string;
  height?: string;
  /** Side by side (default) or one column. */
  inline?: boolean;
}

export default function DiffViewer({ original, modified, language, height = '100%', inline = false }: DiffViewerProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.createDiffEditor(host.current, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: !inline,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
    });
    const models = {
      original: monaco.editor.createModel('', language),
      modified: monaco.editor.createModel('', language),
    };
    instance.setModel(models);
    editor.current = instance;
    return () => {
      instance.dispose();
      models.original.dispose();
      models.modified.dispose();
      editor.current = null;
    };
  }, [inline, language]);

  useEffect(() => {
    const models = editor.current?.getModel();
    if (!models) return;
    if (models.original.getValue() !== original) models.original.setValue(original);
    if (models.modified.getValue() !== modified) models.modified.setValue(modified);
  }, [original, modified]);

  return <div ref={host} className="monaco-host" data-testid="diff-viewer" style={{ height, width: '100%' }} />;
}
