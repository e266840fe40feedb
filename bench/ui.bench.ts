// UI figures, reported not asserted: initial JavaScript (gzip) of a production build, time to
// first render of the sample, and with a generated 1,000-node design the p95 frame time while
// panning and while dragging a node (Playwright in Debian's chromium, frames timed by
// requestAnimationFrame in the page).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CanvasPage } from '../e2e/fixtures/canvas-page';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/fixtures/chromium';
import type { Design } from '../src/model/types';
import { generateLargeDesign } from './large-design';
import type { BenchSection } from './registry';

const ROOT = join(import.meta.dirname, '..');
// BENCH_UI_DIST reuses an existing build (and leaves it in place) instead of building one.
const PREBUILT = process.env.BENCH_UI_DIST;
const OUT_DIR = PREBUILT ?? 'dist-bench-ui';
const PORT = Number(process.env.BENCH_UI_PORT ?? 4390);
const BASE = `http://127.0.0.1:${PORT}`;

export async function run(): Promise<BenchSection> {
  if (!PREBUILT) build();
  const size = initialJsSize();
  const server = startPreview();
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: CHROMIUM_EXECUTABLE,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // tsx (esbuild keepNames) wraps functions passed to page.evaluate in a __name helper the page lacks.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      const firstRender = await timeToFirstRender(page);
      const large = generateLargeDesign(1000);
      await loadDesign(page, large);
      const panFit = await framesWhile(page, () => panCanvas(page));
      const dragFit = await framesWhile(page, () => dragNode(page, 'site-1'));
      await zoomTo(page, 1);
      const panNear = await framesWhile(page, () => panCanvas(page));
      const dragNear = await framesWhile(page, () => dragNode(page, 'site-1'));
      const rows = [
        { figure: 'initial JS (gzip)', value: `${(size.gzip / 1024).toFixed(1)} kB`, target: '≤ 200 kB' },
        { figure: 'initial JS (raw)', value: `${(size.raw / 1024).toFixed(1)} kB`, target: '' },
        { figure: 'first render of the sample', value: `${firstRender.toFixed(0)} ms`, target: '' },
        { figure: '1,000 nodes: pan, whole design in view, p95', value: fmt(panFit), target: 'p95 ≤ 33 ms' },
        { figure: '1,000 nodes: drag a node, whole design in view, p95', value: fmt(dragFit), target: 'p95 ≤ 33 ms' },
        { figure: '1,000 nodes: pan at 100% zoom, p95', value: fmt(panNear), target: 'p95 ≤ 33 ms' },
        { figure: '1,000 nodes: drag a node at 100% zoom, p95', value: fmt(dragNear), target: 'p95 ≤ 33 ms' },
      ];
      return {
        title: 'UI: bundle size, first render, frame times with 1,000 nodes',
        rows,
        json: {
          initialJsGzipBytes: size.gzip,
          initialJsBytes: size.raw,
          initialFiles: size.files,
          firstRenderMs: firstRender,
          frames: { panFit, dragFit, panNear, dragNear },
        },
      };
    } finally {
      await browser.close();
    }
  } finally {
    server.kill('SIGTERM');
    if (!PREBUILT) rmSync(join(ROOT, OUT_DIR), { recursive: true, force: true });
  }
}

function build(): void {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', OUT_DIR, '--logLevel', 'error'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/** The entry script plus every chunk index.html preloads: what the browser fetches before first paint. */
function initialJsSize(): { raw: number; gzip: number; files: string[] } {
  const html = readFileSync(join(ROOT, OUT_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(ROOT, OUT_DIR, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

export function startPreview(): ChildProcess {
  // The vite binary itself, not `npx vite`: killing npx leaves its vite child serving the port.
  return spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      OUT_DIR,
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
}

export async function waitForServer(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${BASE}`);
}

/** From navigation start until the sample's 14 nodes and 25 links are on screen, ms. */
async function timeToFirstRender(page: Page): Promise<number> {
  await page.goto(BASE);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          const nodes = document.querySelectorAll('.react-flow__node').length;
          const edges = document.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length;
          if (nodes >= 14 && edges >= 25) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

export async function loadDesign(page: Page, design: Design): Promise<void> {
  await page.evaluate((d) => {
    (window as unknown as { __egress: { load(d: unknown): void } }).__egress.load(d);
  }, design);
  // The hook fits the view, so every node is in view and rendered.
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, design.nodes.length, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1000);
}

export async function zoomTo(page: Page, zoom: number): Promise<void> {
  await page.evaluate((z) => {
    (window as unknown as { __egress: { focus(id: string, zoom: number): void } }).__egress.focus('site-1', z);
  }, zoom);
  await page.waitForTimeout(500);
}

interface FrameStats {
  frames: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
  /** The renderer's main-thread busy time (CDP TaskDuration) per frame: less sensitive to other
   * load on the machine than frame intervals, which is why it is reported next to them. */
  mainMsPerFrame: number;
}

/** Waits until the page draws 30 frames in a row under 40 ms (or 60 s pass): live analysis of a
 * freshly changed design lands on the main thread, and the figures are about the canvas. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        let last = started;
        let calm = 0;
        const tick = (t: number) => {
          calm = t - last < 40 ? calm + 1 : 0;
          last = t;
          if (calm >= 30 || t - started > 60_000) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

export async function framesWhile(page: Page, gesture: () => Promise<void>): Promise<FrameStats> {
  await settle(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busySeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const busyBefore = await busySeconds();
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await gesture();
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const busyMs = ((await busySeconds()) - busyBefore) * 1000;
  await cdp.detach();
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    frames: deltas.length,
    meanMs: deltas.reduce((a, b) => a + b, 0) / Math.max(1, deltas.length),
    p95Ms: at(0.95),
    maxMs: sorted.at(-1) ?? 0,
    mainMsPerFrame: busyMs / Math.max(1, deltas.length),
  };
}

export async function panCanvas(page: Page): Promise<void> {
  // On empty background: a press on a node would drag the node instead (after the drag at fit
  // zoom, one may lie where the view at 100 % starts).
  const { x, y } = await pointOn(page, '.react-flow__pane', { left: 0, top: 0.5, right: 0.5, bottom: 1 });
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Out and back, so the view ends where it started.
  for (let i = 1; i <= 45; i++) await page.mouse.move(x + i * 6, y - i * 3);
  for (let i = 44; i >= 0; i--) await page.mouse.move(x + i * 6, y - i * 3);
  await page.mouse.up();
}

export async function dragNode(page: Page, id: string): Promise<void> {
  // Zoomed out, a node's element is displayed once the pointer is over it (useFarHover.ts).
  await new CanvasPage(page).hoverNode(id);
  // A point of the node that is not under another node (zoomed out, nodes overlap).
  const { x, y } = await pointOn(page, `[data-testid="rf__node-${id}"]`, { left: 0, top: 0, right: 1, bottom: 1 });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 90; i++) await page.mouse.move(x + i * 3, y + (i % 30) * 2);
  await page.mouse.up();
}

/** A point inside the part `area` (fractions) of `selector`'s box where a press hits that very
 * element, searched on a grid from the part's middle outwards. */
async function pointOn(
  page: Page,
  selector: string,
  area: { left: number; top: number; right: number; bottom: number },
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([css, a]) => {
      const target = document.querySelector(css);
      if (!target) return null;
      const box = target.getBoundingClientRect();
      const x0 = box.left + box.width * a.left;
      const y0 = box.top + box.height * a.top;
      const w = box.width * (a.right - a.left);
      const h = box.height * (a.bottom - a.top);
      const steps = 12;
      const candidates: { x: number; y: number; d: number }[] = [];
      for (let i = 1; i < steps; i++) {
        for (let j = 1; j < steps; j++) {
          candidates.push({
            x: x0 + (w * i) / steps,
            y: y0 + (h * j) / steps,
            d: Math.abs(i - steps / 2) + Math.abs(j - steps / 2),
          });
        }
      }
      candidates.sort((p, q) => p.d - q.d);
      for (const c of candidates) {
        const hit = document.elementFromPoint(c.x, c.y);
        if (hit && (hit === target || target.contains(hit)) && !hit.closest('.react-flow__edge, .react-flow__handle')) {
          return { x: c.x, y: c.y };
        }
      }
      return null;
    },
    [selector, area] as const,
  );
  if (!point) throw new Error(`no free point on ${selector} to press`);
  return point;
}

function fmt(s: FrameStats): string {
  return `${s.p95Ms.toFixed(1)} ms (mean ${s.meanMs.toFixed(1)}, max ${s.maxMs.toFixed(0)}, ${s.frames} frames, main thread ${s.mainMsPerFrame.toFixed(1)} ms/frame)`;
}
