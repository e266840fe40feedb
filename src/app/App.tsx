// The designer's shell: toolbar on top, palette left, canvas centre, tabbed panels right and
// bottom (from the PANELS registry), toasts and dialogs above everything.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import { Palette } from '../panels/palette/Palette';
import { useUiStore } from '../state/ui-store';
import { Dialogs } from './Dialogs';
import { PanelArea } from './PanelArea';
import { StatusBar } from './StatusBar';
import { Toasts } from './Toasts';
import { Toolbar } from './Toolbar';
import { installTestHook } from './test-hook';
import { useShortcuts } from './useShortcuts';

installTestHook();

let started: Promise<unknown> | null = null;

/** Runs startup once per page, even when React mounts twice (StrictMode in development), so a
 * startup source never asks its question twice. Loaded after the shell's first paint: validation
 * (zod) and the YAML reader are not initial JS. */
function startOnce(): Promise<unknown> {
  started ??= import('./startup').then(({ startup }) => startup());
  return started;
}

export function App() {
  const theme = useUiStore((s) => s.theme);
  const [ready, setReady] = useState(false);
  useShortcuts();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    let mounted = true;
    void startOnce().then(() => {
      if (mounted) setReady(true);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return (
    <ReactFlowProvider>
      <div className="app" data-ready={ready ? 'true' : 'false'} data-testid="app">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="center">
            <Canvas />
            <PanelArea area="bottom" />
          </main>
          <PanelArea area="right" />
        </div>
        <StatusBar />
        <Toasts />
        <Dialogs />
      </div>
    </ReactFlowProvider>
  );
}
