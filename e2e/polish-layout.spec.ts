// The shell at the reference size (1440x900): the right panel's tabs stay on one row and each can
// be reached; the minimap covers no node of the fitted sample; link heat glows once analysis runs.
import { AnalysisPage } from './fixtures/analysis-page';
import { expect, test } from './fixtures/test';

const RIGHT_TABS = ['inspector', 'traffic', 'why', 'whatif', 'resilience', 'share'];

test('right panel tabs sit on one row and every tab can be reached', async ({ app, page }) => {
  await app.goto();
  const strip = page.getByTestId('panel-area-right').getByRole('tablist');
  const tops = await strip.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).offsetTop));
  expect(new Set(tops).size).toBe(1);
  for (const id of RIGHT_TABS) {
    const tab = page.getByTestId(`panel-tab-${id}`);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(tab).toBeInViewport({ ratio: 0.98 });
  }
  await page.screenshot({ path: 'e2e/screenshots/polish-tabs.png' });
});

test('the minimap covers no node of the fitted sample', async ({ app, page }) => {
  await app.goto();
  await expect(app.nodes).toHaveCount(14);
  // As the user first sees it: startup fits the view once the design is in.
  await page.waitForTimeout(600);
  const minimap = await page.locator('.react-flow__minimap').boundingBox();
  if (!minimap) throw new Error('no minimap');
  const boxes = await app.nodes.evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.getAttribute('data-id'), x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    }),
  );
  const covered = boxes.filter(
    (b) =>
      b.right > minimap.x &&
      b.x < minimap.x + minimap.width &&
      b.bottom > minimap.y &&
      b.y < minimap.y + minimap.height,
  );
  expect(covered.map((b) => b.id)).toEqual([]);
  await page.screenshot({ path: 'e2e/screenshots/polish-fit.png' });
});

test('busy links glow in their utilisation colour once the analysis runs', async ({ app, page }) => {
  await app.goto();
  await expect(page.locator('.de-heat').first()).toBeAttached({ timeout: 20_000 });
  await page.screenshot({ path: 'e2e/screenshots/polish-heat.png' });
});

test('at 1440 px all six right-panel tabs fit without scrolling', async ({ app, page }) => {
  await app.goto();
  const strip = page.getByTestId('panel-area-right').getByRole('tablist');
  const { scroll, client } = await strip.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
});

test('dark theme: a failed link is drawn in the light failed-link colour, not near-black', async ({ app, page }) => {
  await app.goto();
  await app.action('toggle-theme');
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark') await app.action('toggle-theme');
  const a = new AnalysisPage(page, app);
  await a.showTraffic();
  await a.waitUpToDate();
  const panel = await a.startWhatIf();
  await panel.getByTestId('click-mode-silent').click();
  await app.node('hub-ash').click();
  await expect.poll(() => a.edgeClasses('nyc-ash-mpls')).toContain('is-failed');
  // styles/app.css [data-theme="dark"] --failed-link: #f1f5f9.
  expect(await a.edgeStroke('nyc-ash-mpls')).toBe('rgb(241, 245, 249)');
  await a.screenshot('polish-failed-dark');
});
