import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/test';

test('reload restores the design from autosave, positions included', async ({ app, page }) => {
  await app.goto();
  await app.newFromTemplate('dual-hub');
  await expect(app.nodes).toHaveCount(9);
  const box = (await app.node('hub-east').boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 130, box.y + 90, { steps: 10 });
  await page.mouse.up();
  await app.page.getByTestId('palette-internet').click();
  const before = await app.design();
  await app.waitForAutosave();

  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(app.nodes).toHaveCount(10);
  const after = await app.design();
  expect(after).toEqual(before);
});

test('save then open round-trips the document exactly', async ({ app, page }, testInfo) => {
  await app.goto();
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^global-enterprise.*\.json$/);
  const savedPath = testInfo.outputPath('saved.json');
  await download.saveAs(savedPath);
  const saved = await readFile(savedPath, 'utf8');
  const designBefore = await app.design();

  // Open it over a different design, then save again: the bytes are identical.
  await app.newEmptyDesign();
  const chooser = page.waitForEvent('filechooser');
  await app.action('open');
  await (await chooser).setFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(app.nodes).toHaveCount(14);
  expect(await app.design()).toEqual(designBefore);
  const second = page.waitForEvent('download');
  await app.action('save');
  const againPath = testInfo.outputPath('again.json');
  await (await second).saveAs(againPath);
  expect(await readFile(againPath, 'utf8')).toBe(saved);
});

test('a YAML design opens too', async ({ app, page }) => {
  await app.goto();
  const yaml = [
    'schemaVersion: 1',
    'meta: { name: From YAML }',
    'nodes:',
    '  - { id: a, kind: site, name: A, location: { country: FR }, asn: 65001, position: { x: 0, y: 0 } }',
    '  - { id: b, kind: hub, name: B, location: { country: FR }, asn: 65002, position: { x: 300, y: 0 } }',
    'links:',
    '  - { id: a-b, source: a, target: b, transport: mpls, latencyMs: 5, jitterMs: 1, lossPct: 0, bandwidthMbps: 100, costPerMonth: 10 }',
  ].join('\n');
  const chooser = page.waitForEvent('filechooser');
  await app.action('open');
  await (await chooser).setFiles({ name: 'design.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
  await expect(app.nodes).toHaveCount(2);
  await expect(page.getByTestId('design-name')).toHaveValue('From YAML');
});

for (const [what, name, content, message] of [
  ['truncated JSON', 'broken.json', '{"schemaVersion": 1, "meta": {"name": "x"}, "nodes": [', 'not valid JSON'],
  [
    'an invalid value',
    'bad.json',
    '{"schemaVersion":1,"meta":{"name":"x"},"nodes":[{"id":"a","kind":"site","name":"A","location":{"country":"FR"},"asn":-5,"position":{"x":0,"y":0}}]}',
    'nodes[0].asn',
  ],
  [
    'a newer schema version',
    'future.json',
    '{"schemaVersion": 99, "meta": {"name": "x"}, "nodes": []}',
    'newer Egress Designer',
  ],
  ['something that is not a design', 'list.json', '[1, 2, 3]', 'not an Egress Designer design'],
] as const) {
  test(`opening ${what} shows the problem and changes nothing`, async ({ app, page }) => {
    await app.goto();
    // An edit first, so there is an autosave and an undo step that must both survive.
    await app.node('hub-fra').click();
    await app.panel('inspector').getByTestId('field-capacity').fill('1234');
    await app.waitForAutosave();
    const undoTitle = await page.getByTestId('action-undo').getAttribute('title');
    const before = await app.design();
    const autosaveBefore = await readIndexedDbAutosave(page);
    const chooser = page.waitForEvent('filechooser');
    await app.action('open');
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(app.errorToast()).toContainText(message);
    await expect(app.errorToast()).toContainText(`Could not open ${name}`);
    expect(await app.design()).toEqual(before);
    expect(await readIndexedDbAutosave(page)).toEqual(autosaveBefore);
    await expect(page.getByTestId('action-undo')).toHaveAttribute('title', undoTitle ?? '');
    if (what === 'truncated JSON') await page.screenshot({ path: 'e2e/screenshots/open-error.png' });
    // Errors stay until dismissed.
    await page.waitForTimeout(500);
    await app.errorToast().getByRole('button', { name: 'Dismiss' }).click();
    await expect(app.errorToast()).toHaveCount(0);
  });
}

async function readIndexedDbAutosave(page: import('@playwright/test').Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('egress-designer', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('autosave', 'readonly');
          const get = tx.objectStore('autosave').get('current');
          get.onsuccess = () => resolve(get.result ?? null);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}
