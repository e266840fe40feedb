import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { serializeDesignJson } from '../src/model/serialize';
import type { Design } from '../src/model/types';
import { generateDesign } from '../src/share/testing/generate';
import { SharePage } from './fixtures/share-page';
import { expect, isAllowedUrl, test } from './fixtures/test';

const SHOTS = 'e2e/screenshots';

async function designOf(page: Page): Promise<Design> {
  return page.evaluate(() => (window as unknown as { __egress: { design(): Design } }).__egress.design());
}

/** A brand-new browser profile (no autosave), guarded like the fixture guards the main page. */
async function freshPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    if (isAllowedUrl(route.request().url())) return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, blocked, errors };
}

test('share the sample, open the link in a fresh page: the identical design', async ({ app, page, browser }, info) => {
  const share = new SharePage(app);
  await app.goto();
  const original = await designOf(page);
  expect(original.nodes.length).toBe(14);
  const link = await share.share();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#d=1\.[A-Za-z0-9_-]+$/);
  await expect(share.length).toContainText(`${link.length.toLocaleString('en-US')} characters`);
  await page.screenshot({ path: `${SHOTS}/share-panel.png` });

  const fresh = await freshPage(browser, info.project.use.baseURL);
  await fresh.page.goto(link);
  await expect(fresh.page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(fresh.page.getByText('Opened the shared design')).toBeVisible();
  await expect(fresh.page.locator('.react-flow__node')).toHaveCount(14);
  const opened = await designOf(fresh.page);
  expect(serializeDesignJson(opened)).toBe(serializeDesignJson(original));
  // The link is taken out of the address bar, so a reload does not open it again.
  expect(new URL(fresh.page.url()).hash).toBe('');
  await fresh.page.screenshot({ path: `${SHOTS}/share-opened-fresh.png` });
  expect(fresh.blocked).toEqual([]);
  expect(fresh.errors).toEqual([]);
  await fresh.context.close();
});

test('a corrupted link shows the problem; the design and the autosave stay', async ({ app, page }) => {
  const share = new SharePage(app);
  await app.goto();
  const link = await share.share();
  await app.newFromTemplate('dual-hub');
  await expect(app.nodes).toHaveCount(9);
  await app.waitForAutosave();
  const before = await designOf(page);

  // Opened from outside (a full page load): the error names the problem, the autosave loads.
  const truncated = link.slice(0, Math.floor(link.length * 0.6));
  await page.goto('about:blank');
  await page.goto(truncated);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  const toast = app.errorToast();
  await expect(toast).toContainText('The share link cannot be opened: your design is unchanged');
  await expect(toast).toContainText('damaged or incomplete');
  await expect(app.nodes).toHaveCount(9);
  expect(await designOf(page)).toEqual(before);
  await page.screenshot({ path: `${SHOTS}/share-corrupted-link.png` });

  // Pasted into the running app's address bar: same message, nothing changes.
  const garbled = `${link.slice(0, 60)}$$$${link.slice(63)}`;
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(garbled).hash);
  await expect(page.getByText('is not base64url')).toBeVisible();
  expect(await designOf(page)).toEqual(before);

  // The autosave still holds the design from before both links.
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  expect(await designOf(page)).toEqual(before);
});

test('a link over different local work asks first, and the previous design can be restored', async ({ app, page }) => {
  const share = new SharePage(app);
  await app.goto();
  const sample = await designOf(page);
  const link = await share.share();
  await app.newFromTemplate('hub-and-spoke');
  await expect(app.nodes).toHaveCount(6);
  await app.waitForAutosave();
  const mine = await designOf(page);

  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('dialog')).toContainText('Open the shared design?');
  await page.screenshot({ path: `${SHOTS}/share-ask.png` });
  await page.getByTestId('choice-open-link').click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(app.nodes).toHaveCount(14);
  expect(await designOf(page)).toEqual(sample);

  await app.action('restore-previous');
  await expect(app.nodes).toHaveCount(6);
  expect(await designOf(page)).toEqual(mine);

  // Keep mine: the link is ignored.
  await app.waitForAutosave();
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByTestId('choice-keep-mine').click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  expect(await designOf(page)).toEqual(mine);
});

test('drop a YAML file on the canvas to open it', async ({ app, page }) => {
  const share = new SharePage(app);
  await app.goto();
  const yaml = [
    'schemaVersion: 1',
    'meta: { name: Dropped from YAML }',
    'nodes:',
    '  - { id: paris, kind: site, name: Paris, location: { country: FR }, asn: 65001, position: { x: 0, y: 0 } }',
    '  - { id: fra-hub, kind: hub, name: Frankfurt hub, location: { country: DE }, asn: 65002, position: { x: 320, y: 0 } }',
    'links:',
    '  - { id: paris-fra, source: paris, target: fra-hub, transport: mpls, latencyMs: 9, jitterMs: 1, lossPct: 0, bandwidthMbps: 100, costPerMonth: 900 }',
  ].join('\n');
  await share.dropFile('dropped.yaml', 'application/yaml', yaml, `${SHOTS}/share-drop-overlay.png`);
  await expect(app.nodes).toHaveCount(2);
  const design = await designOf(page);
  expect(design.meta.name).toBe('Dropped from YAML');
  expect(design.links[0]).toMatchObject({ id: 'paris-fra', latencyMs: 9 });
  await page.screenshot({ path: `${SHOTS}/share-dropped.png` });

  // A broken file dropped the same way changes nothing.
  await share.dropFile('broken.yaml', 'application/yaml', 'schemaVersion: 1\nnodes: [');
  await expect(app.errorToast()).toContainText('broken.yaml');
  expect(await designOf(page)).toEqual(design);
});

test('a design too big for a link is offered as a file, and saves as .yaml', async ({ app, page }, info) => {
  // 500 nodes: the live analysis of a design this size takes a while on a busy machine.
  test.setTimeout(120_000);
  const share = new SharePage(app);
  await app.goto();
  const big = generateDesign(500);
  await page.evaluate((d) => (window as unknown as { __egress: { load(d: Design): void } }).__egress.load(d), big);
  await expect(app.nodes.first()).toBeVisible();
  const link = await share.share();
  expect(link.length).toBeGreaterThan(8000);
  await expect(page.getByTestId('share-link-too-long')).toContainText('share the design as a file instead');
  await page.screenshot({ path: `${SHOTS}/share-too-long.png` });

  const download = page.waitForEvent('download');
  await page.getByTestId('share-save-yaml').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('generated-500-node-design.yaml');
  const path = info.outputPath('big.yaml');
  await file.saveAs(path);
  expect(await readFile(path, 'utf8')).toMatch(/^schemaVersion: 1\nmeta:\n {2}name: Generated 500-node design/);
});

test('export the diagram as SVG and PNG', async ({ app, page }, info) => {
  await app.goto();
  const svgDownload = page.waitForEvent('download');
  await app.action('export-svg');
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('global-enterprise-egress.svg');
  const svgPath = info.outputPath('diagram.svg');
  await svg.saveAs(svgPath);
  const text = await readFile(svgPath, 'utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('Global enterprise egress');

  const pngDownload = page.waitForEvent('download');
  await app.action('export-png');
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('global-enterprise-egress.png');
  const pngPath = `${SHOTS}/share-diagram-export.png`;
  await png.saveAs(pngPath);
  const bytes = await readFile(pngPath);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(10_000);
});
