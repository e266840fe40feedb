// A 1,000-node design: whole in view it switches to a compact level of detail (the frame-time fix
// measured by bench/ui.bench.ts); at 100 % zoom a first-time user sees the full nodes and links.
import { generateLargeDesign } from '../bench/large-design';
import { CanvasPage } from './fixtures/canvas-page';
import { expect, test } from './fixtures/test';

test('a 1,000-node design is drawn compact when whole in view and in full at 100 %', async ({ app, page }) => {
  test.setTimeout(120_000);
  const canvas = new CanvasPage(page);
  const design = generateLargeDesign(1000);
  await app.goto();
  await canvas.load(design);

  // Whole design in view: nodes painted as boxes and links batched into a few paths, no
  // background dots; React Flow's node elements are off the page.
  await expect(app.canvas).toHaveClass(/\bis-far\b/);
  await expect(app.canvas).toHaveClass(/\bis-painted\b/);
  await expect.poll(() => canvas.farEdgeCount()).toBe(design.links.length);
  expect(await canvas.farEdges.locator('path').count()).toBeLessThan(20);
  await expect.poll(() => canvas.farNodeCount()).toBe(design.nodes.length);
  expect(await canvas.farNodes.locator('path').count()).toBeLessThan(20);
  expect(await canvas.displayedNodeCount()).toBe(0);
  await expect(app.edges).toHaveCount(0);
  await expect(page.getByTestId('viewport-grid')).toHaveCount(0);
  await expect(app.node('site-1').locator('.dn-name')).toBeHidden();
  await page.screenshot({ path: 'e2e/screenshots/large-whole.png' });
  // A displayed node's compact look changes colours only: it keeps its box, so zooming in does
  // not make React Flow measure (and update) every node again as it comes into view.
  const boxOf = (id: string) =>
    app
      .node(id)
      .evaluate((el) => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }));

  // Painted nodes still act as nodes: the one under the pointer is displayed, and clicking it
  // selects it (it stays displayed, drawn selected); moving away hides the hovered one again.
  await canvas.hoverNode('site-1');
  await expect(app.node('site-1')).toBeVisible();
  await app.node('site-1').click();
  await expect(app.node('site-1')).toHaveClass(/selected/);
  await canvas.hoverNode('site-2');
  await expect(app.node('site-2')).toBeVisible();
  const compactBox = await boxOf('site-2');
  await page.mouse.move(5, 5);
  await expect(app.node('site-2')).toBeHidden();
  await expect(app.node('site-1')).toBeVisible();
  expect(await canvas.displayedNodeCount()).toBe(1);
  // A node is dragged as ever: it moves in the design, and its painted box with it.
  await canvas.hoverNode('site-500');
  const before = (await app.design()).nodes.find((n) => n.id === 'site-500')?.position;
  const grab = (await app.node('site-500').boundingBox())!;
  await page.mouse.move(grab.x + grab.width / 2, grab.y + grab.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(grab.x + grab.width / 2 + i * 6, grab.y + grab.height / 2 + i * 3);
  await page.mouse.up();
  await expect
    .poll(async () => (await app.design()).nodes.find((n) => n.id === 'site-500')?.position.x ?? 0)
    .toBeGreaterThan((before?.x ?? 0) + 50);
  await expect.poll(() => canvas.farNodeCount()).toBe(design.nodes.length);

  // 100 %: full nodes (name, subtitle, icon), links with transport styles and labels.
  await canvas.focus('site-1', 1);
  await expect(app.canvas).not.toHaveClass(/\bis-far\b/);
  await expect(canvas.farEdges).toHaveCount(0);
  await expect(app.node('site-1').locator('.dn-name')).toHaveText('Site 1');
  await expect(app.node('site-1').locator('.dn-icon svg')).toBeVisible();
  expect(await boxOf('site-2')).toEqual(compactBox);
  await expect(page.getByTestId('viewport-grid')).toBeAttached();
  expect(await app.edges.count()).toBeGreaterThan(0);
  await page.screenshot({ path: 'e2e/screenshots/large-100.png' });

  // Connection handles mount only where a connection can start or end (handle-visibility.ts):
  // the selected site-1 and the node under the pointer, not every node in view. Links still draw.
  expect(await app.nodes.count()).toBeGreaterThan(8);
  expect(await page.locator('.react-flow__handle').count()).toBeLessThanOrEqual(8);
  // Connecting still works: the target's handles appear as the drag reaches it.
  await app.connect('site-3', 'site-4');
  await expect
    .poll(async () => (await app.design()).links.filter((l) => l.source === 'site-3' && l.target === 'site-4').length)
    .toBe(1);
  const created = (await app.design()).links.find((l) => l.source === 'site-3' && l.target === 'site-4');
  await expect(page.getByTestId(`link-${created?.id}`)).toBeVisible();
});
