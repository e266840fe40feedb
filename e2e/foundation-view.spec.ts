import { CanvasPage } from './fixtures/canvas-page';
import { expect, test } from './fixtures/test';

test('the sample loads on first visit, every request stays on 127.0.0.1, no console errors', async ({
  app,
  page,
  guards,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await app.goto();
  await expect(app.nodes).toHaveCount(14);
  await expect(app.edges).toHaveCount(25);
  for (const id of ['site-nyc', 'hub-fra', 'aws-use1', 'azure-weu', 'alibaba-bj', 'internet']) {
    await expect(app.node(id)).toBeVisible();
  }
  await expect(app.node('aws-use1')).toContainText('AWS');
  await expect(page.getByTestId('design-name')).toHaveValue(/Global enterprise/);
  expect(requests.length).toBeGreaterThan(0);
  expect(
    requests.every((url) => url.startsWith('http://127.0.0.1:') || url.startsWith('data:') || url.startsWith('blob:')),
  ).toBe(true);
  expect(guards.blockedRequests).toEqual([]);
  await page.screenshot({ path: 'e2e/screenshots/sample-light.png' });
});

test('templates, dark theme, minimap, zoom controls and fit view', async ({ app, page }) => {
  await app.goto();
  for (const [template, count] of [
    ['hub-and-spoke', 6],
    ['dual-hub', 9],
    ['full-mesh', 8],
    ['sample', 14],
  ] as const) {
    await app.newFromTemplate(template);
    await expect(app.nodes).toHaveCount(count);
  }
  await app.action('toggle-theme');
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(['light', 'dark']).toContain(theme);
  if (theme !== 'dark') await app.action('toggle-theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  const zoom = () =>
    page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
  const before = await zoom();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect.poll(zoom).toBeGreaterThan(before);
  await page.keyboard.press('Shift+!');
  await expect.poll(zoom).toBeCloseTo(before, 1);
  await page.screenshot({ path: 'e2e/screenshots/sample-dark.png' });
  // The theme survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('auto-layout loads elkjs on demand and is one undo step', async ({ app, page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.url());
  });
  await app.goto();
  expect(scripts.some((s) => s.includes('elk'))).toBe(false);
  await app.newEmptyDesign();
  for (const kind of ['site', 'site', 'hub', 'cloud', 'internet'] as const)
    await page.getByTestId(`palette-${kind}`).click();
  await app.connect('site', 'hub');
  await app.connect('site-2', 'hub');
  await app.connect('hub', 'cloud');
  await app.connect('hub', 'internet');
  const before = await app.design();
  await app.action('auto-layout');
  await expect
    .poll(async () => JSON.stringify((await app.design()).nodes.map((n) => n.position)))
    .not.toBe(JSON.stringify(before.nodes.map((n) => n.position)));
  expect(scripts.some((s) => s.includes('elk'))).toBe(true);
  const after = await app.design();
  const x = (id: string) => after.nodes.find((n) => n.id === id)!.position.x;
  // Traffic flows left to right: sites, then the hub, then cloud and internet.
  expect(x('site')).toBeLessThan(x('hub'));
  expect(x('hub')).toBeLessThan(x('cloud'));
  expect(x('hub')).toBeLessThan(x('internet'));
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await app.design()).nodes.map((n) => n.position))
    .toEqual(before.nodes.map((n) => n.position));
});

test('arrow keys nudge the selection as one undo step', async ({ app, page }) => {
  await app.goto();
  await app.newFromTemplate('hub-and-spoke');
  await app.node('hub-1').click();
  const start = (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position).not.toEqual(start);
  const moved = (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position;
  expect(moved.x).toBeGreaterThan(start.x);
  expect(moved.y).toBeGreaterThan(start.y);
  // The canvas shows the design's position (no drift between React Flow and the document).
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position).toEqual(start);
});

test('opening a file, a template or a new design fits the view to it', async ({ app, page }) => {
  const canvas = new CanvasPage(page);
  await app.goto();
  const sample = JSON.stringify(await app.design());
  // Zoomed in on one node, most of any design is out of view.
  const lookAway = async () => {
    const first = (await app.nodeIds())[0]!;
    await canvas.focus(first, 2.4);
    expect((await canvas.nodesOutOfView()).length).toBeGreaterThan(0);
  };

  await lookAway();
  await app.newFromTemplate('full-mesh');
  await expect(app.nodes).toHaveCount(8);
  await expect.poll(() => canvas.nodesOutOfView()).toEqual([]);

  await lookAway();
  const chooser = page.waitForEvent('filechooser');
  await app.action('open');
  await (await chooser).setFiles({ name: 'sample.json', mimeType: 'application/json', buffer: Buffer.from(sample) });
  await expect(app.nodes).toHaveCount(14);
  await expect.poll(() => canvas.nodesOutOfView()).toEqual([]);

  await lookAway();
  await app.newFromTemplate('hub-and-spoke');
  await expect(app.nodes).toHaveCount(6);
  await expect.poll(() => canvas.nodesOutOfView()).toEqual([]);
});
