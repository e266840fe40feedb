import { expect, test } from './fixtures/test';

test('draw the four node kinds and links from an empty canvas, then edit attributes', async ({ app, page }) => {
  await app.goto();
  await app.newEmptyDesign();
  await expect(page.getByTestId('empty-hint')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/empty.png' });

  await app.dragFromPalette('site', 200, 200);
  await app.dragFromPalette('hub', 520, 300);
  await app.dragFromPalette('cloud', 850, 150);
  await app.dragFromPalette('internet', 850, 450);
  await expect(app.nodes).toHaveCount(4);
  expect(await app.nodeIds()).toEqual(['site', 'hub', 'cloud', 'internet']);

  await app.connect('site', 'hub');
  await app.connect('hub', 'cloud');
  await app.connect('hub', 'internet');
  await expect(app.edges).toHaveCount(3);
  const design = await app.design();
  expect(design.links.map((l) => [l.source, l.target, l.transport])).toEqual([
    ['site', 'hub', 'internet'],
    ['hub', 'cloud', 'cloud-interconnect'],
    ['hub', 'internet', 'internet'],
  ]);
  await page.screenshot({ path: 'e2e/screenshots/drawn.png' });
});
