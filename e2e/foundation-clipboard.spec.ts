// Copy in one tab, paste in another: copy writes the system clipboard, Ctrl/Cmd+V reads it back
// through the browser's paste event (src/app/clipboard-paste.ts), validated like any input.
import { AppPage } from './fixtures/app-page';
import { CanvasPage } from './fixtures/canvas-page';
import { expect, test } from './fixtures/test';

test('nodes copied in one tab paste in another; other text is refused with a message', async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.goto();

  const other = new AppPage(await context.newPage());
  await other.goto();
  await other.newEmptyDesign();
  const pasteIn = async (tab: AppPage) => {
    await tab.page.bringToFront();
    await tab.page.locator('.react-flow__pane').click({ position: { x: 200, y: 200 } });
    await tab.page.keyboard.press('ControlOrMeta+V');
  };

  // Text that is not copied elements: a clear message, the design untouched.
  await other.page.evaluate(() => navigator.clipboard.writeText('https://example.com/not-a-design'));
  await pasteIn(other);
  await expect(other.page.getByTestId('toast-info')).toContainText('not nodes or links copied from Egress Designer');
  await expect(other.nodes).toHaveCount(0);

  // Copy two connected nodes in the first tab...
  await page.bringToFront();
  await app.node('hub-fra').click();
  await app.node('hub-ams').click({ modifiers: ['Shift'] });
  await page.keyboard.press('ControlOrMeta+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('egress-designer/elements@1');

  // ...and paste them in the second, panned away from where they were in the first: same names,
  // new ids, the link between them too, selected, and in the middle of the view.
  const pane = (await other.page.locator('.react-flow__pane').boundingBox())!;
  await other.page.mouse.move(pane.x + 100, pane.y + 100);
  await other.page.mouse.down();
  await other.page.mouse.move(pane.x + 800, pane.y + 600, { steps: 10 });
  await other.page.mouse.up();
  await pasteIn(other);
  await expect(other.nodes).toHaveCount(2);
  const design = await other.design();
  expect(design.nodes.map((n) => n.name).sort()).toEqual(['Amsterdam hub', 'Frankfurt hub']);
  const original = await app.design();
  const between = (d: typeof original) =>
    (d as unknown as { links: { source: string; target: string }[] }).links.filter((l) => {
      const ids = new Set(d.nodes.map((n) => n.id));
      return ids.has(l.source) && ids.has(l.target);
    });
  const hubLinks = (original as unknown as { links: { source: string; target: string }[] }).links.filter(
    (l) => [l.source, l.target].sort().join() === 'hub-ams,hub-fra',
  );
  expect(between(design).length).toBe(hubLinks.length);
  expect(
    (
      await other.page.evaluate(() =>
        (window as unknown as { __egress: { selection(): { nodeIds: string[] } } }).__egress.selection(),
      )
    ).nodeIds,
  ).toHaveLength(2);
  expect(await new CanvasPage(other.page).nodesOutOfView()).toEqual([]);
  await other.page.screenshot({ path: 'e2e/screenshots/cross-tab-paste.png' });

  // One undo step removes the paste.
  await other.page.keyboard.press('ControlOrMeta+Z');
  await expect(other.nodes).toHaveCount(0);
});
