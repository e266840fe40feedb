// Export the diagram as SVG (vector, from the design) and PNG (the same SVG rasterised at 2x in a
// canvas, through a blob: URL so no request leaves the page).
import { slugify } from '../../model';
import { getDesign } from '../../state/design-store';
import { notify } from '../../state/notifications';
import { useUiStore } from '../../state/ui-store';
import { designToSvg } from './diagram-svg';
import { downloadBlob, downloadText } from './download';

/** Browsers refuse canvases past about 16k pixels a side (and 268 M pixels in all). */
const MAX_CANVAS_SIDE = 16384;

function baseName(): string {
  return slugify(getDesign().meta.name) || 'design';
}

export function exportSvg(): void {
  const { svg } = designToSvg(getDesign(), useUiStore.getState().theme);
  const fileName = `${baseName()}.svg`;
  downloadText(svg, fileName, 'image/svg+xml');
  notify({ kind: 'success', title: `Exported ${fileName}` });
}

export async function exportPng(): Promise<void> {
  const { svg, width, height } = designToSvg(getDesign(), useUiStore.getState().theme);
  const scale = Math.min(2, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  const fileName = `${baseName()}.png`;
  try {
    const blob = await rasterize(svg, Math.round(width * scale), Math.round(height * scale));
    downloadBlob(blob, fileName);
    notify({
      kind: 'success',
      title: `Exported ${fileName}`,
      detail: `${Math.round(width * scale)} × ${Math.round(height * scale)} px`,
    });
  } catch (error) {
    notify({
      kind: 'error',
      title: 'Could not export the PNG',
      detail: `${String(error)}. The SVG export still works.`,
    });
  }
}

async function rasterize(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser gives no 2D canvas');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the image is too large to encode'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
