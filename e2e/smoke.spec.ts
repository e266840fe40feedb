import { expect, test } from './fixtures/test';

test('the sample design loads on first visit with no console errors', async ({ app }) => {
  await app.goto();
  await expect(app.node('site-nyc')).toBeVisible();
  await expect(app.nodes).toHaveCount(14);
  await expect(app.page.getByTestId('panel-tab-inspector')).toBeVisible();
});
