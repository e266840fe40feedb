// Drop a .json or .yaml design file on the canvas to open it (the same path as File ▸ Open, so
// the same checks and messages: a bad file changes nothing). The canvas itself only handles
// palette drags, so this listens on the document and acts on drops that land on the canvas.
// This module is installed at startup, so the file reader (zod, yaml) loads on the first drop.

const CANVAS_SELECTOR = '[data-testid="canvas"]';
const OVERLAY_ID = 'share-drop-overlay';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

function canvasUnder(event: DragEvent): HTMLElement | null {
  const target = event.target instanceof Element ? event.target : null;
  return target?.closest<HTMLElement>(CANVAS_SELECTOR) ?? null;
}

function showOverlay(canvas: HTMLElement): void {
  if (document.getElementById(OVERLAY_ID)) return;
  const overlay = document.createElement('div');
  overlay.id = OVERLAY_ID;
  // Inline styles: the hint must work before any share stylesheet has loaded.
  overlay.style.cssText = [
    'position:absolute',
    'inset:12px',
    'z-index:20',
    'display:flex',
    'align-items:center',
    'justify-content:center',
    'border:2px dashed var(--accent)',
    'border-radius:12px',
    'background:color-mix(in srgb, var(--accent) 10%, transparent)',
    'color:var(--accent)',
    'font-size:16px',
    'font-weight:600',
    'pointer-events:none',
  ].join(';');
  overlay.dataset.testid = 'file-drop-overlay';
  overlay.textContent = 'Drop a .json or .yaml design to open it';
  canvas.append(overlay);
}

function hideOverlay(): void {
  document.getElementById(OVERLAY_ID)?.remove();
}

export function installFileDrop(): void {
  document.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    const canvas = canvasUnder(event);
    if (!canvas) return hideOverlay();
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    showOverlay(canvas);
  });
  document.addEventListener('dragleave', (event) => {
    // Leaving the window (relatedTarget null) or the canvas hides the hint.
    const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
    if (!next?.closest(CANVAS_SELECTOR)) hideOverlay();
  });
  document.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    hideOverlay();
    if (!canvasUnder(event)) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void import('../../app/file-io').then((m) => m.openDesignFile(file));
  });
}
