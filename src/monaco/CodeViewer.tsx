// A read-only, highlighted code view (exported configs, generated YAML). Lives in the lazy
// monaco chunk; use it through `CodeViewer` from ./index.ts.
import { useEffect, useRef } from 'react';
import { monaco } from './setup';

export interface CodeViewerProps {
  value: string;
  /** 'router-config', 'yaml', 'ini', 'shell' or 'plaintext'. */
  language: string;
  /** CSS height; the viewer fills its container's width. */
  height?: string;
  ariaLabel?: string;
}

export default function CodeViewer({ value, language, height = '100%', ariaLabel }: CodeViewerProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, {
      value: '',
      language,
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
      ariaLabel: ariaLabel ?? 'code',
    });
    editor.current = instance;
    return () => {
      instance.getModel()?.dispose();
      instance.dispose();
      editor.current = null;
    };
  }, [ariaLabel, language]);

  useEffect(() => {
    const instance = editor.current;
    if (instance && instance.getValue() !== value) instance.setValue(value);
  }, [value]);

  return <div ref={host} className="monaco-host" data-testid="code-viewer" style={{ height, width: '100%' }} />;
}
