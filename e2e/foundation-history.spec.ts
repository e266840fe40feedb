import { expect, test } from './fixtures/test';

test('a drag is one undo step; undo/redo by keyboard and toolbar; selection is not history', async ({ app, page }) => {
  await app.goto();
  await app.newFromTemplate('hub-and-spoke');
  await expect(app.nodes).toHaveCount(6);
  const before = (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position;

  // Select something first: selection changes must not become undo steps.
  await app.node('site-a').click();
  await app.node('site-b').click();

  const box = (await app.node('hub-1').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width / 2 + i * 6, box.y + box.height / 2 + i * 4);
  await page.mouse.up();
  const moved = (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position;
  expect(moved.x).toBeGreaterThan(before.x + 50);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position).toEqual(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position).toEqual(moved);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await app.design()).nodes.find((n) => n.id === 'hub-1')!.position).toEqual(moved);

  // One more undo returns to the template; the next undoes "New" back to the sample.
  await app.action('undo');
  await app.action('undo');
  await expect(app.nodes).toHaveCount(14);
  await expect(page.getByTestId('action-undo')).toBeDisabled();
});

test('multi-select, delete, copy and paste, all undoable', async ({ app, page }) => {
  await app.goto();
  await app.newFromTemplate('hub-and-spoke');
  await app.node('site-a').click();
  await app.node('hub-1').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('multi-selection')).toContainText('2 elements selected');

  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(app.nodes).toHaveCount(8);
  let design = await app.design();
  expect(design.nodes.map((n) => n.id)).toContain('site-a-2');
  expect(design.links.some((l) => l.source === 'site-a-2' && l.target === 'hub-1-2')).toBe(true);
  await page.keyboard.press('Control+z');
  await expect(app.nodes).toHaveCount(6);

  await app.node('hub-1').click();
  await page.keyboard.press('Delete');
  await expect(app.nodes).toHaveCount(5);
  design = await app.design();
  expect(design.links.filter((l) => l.source === 'hub-1' || l.target === 'hub-1')).toEqual([]);
  await expect(app.edges).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(app.nodes).toHaveCount(6);
  await expect(app.edges).toHaveCount(5);

  await app.clickEdge('a-hub');
  await page.keyboard.press('Backspace');
  await expect(app.edges).toHaveCount(4);
});

test('typing in a field is one undo step and shortcuts do not fire while typing', async ({ app }) => {
  await app.goto();
  await app.node('hub-ams').click();
  const name = app.panel('inspector').getByTestId('field-name');
  await name.fill('');
  await name.pressSequentially('Amsterdam POP');
  // Backspace and Ctrl+Z inside the field are the field's own, not Delete / Undo of the canvas.
  await name.press('Backspace');
  await expect(app.nodes).toHaveCount(14);
  await expect(app.node('hub-ams')).toContainText('Amsterdam PO');
  await name.blur();
  await app.action('undo');
  await expect(app.node('hub-ams')).toContainText('Amsterdam hub');
  await expect(name).toHaveValue('Amsterdam hub');
});
