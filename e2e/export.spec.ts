// Export: the sample exports to one zip listing every device with verifiable checksums; platform
// picks change the files; the diff shows what changed since the last download; keys rotate.
import { createHash } from 'node:crypto';
import { ExportPage } from './fixtures/export-page';
import { expect, test } from './fixtures/test';

const decoder = new TextDecoder();

test('the sample downloads as one zip with every device and checksums that verify', async ({ app, page }) => {
  await app.goto();
  const nodeIds: string[] = await page.evaluate(() =>
    (window as unknown as { __egress: { design(): { nodes: { id: string }[] } } }).__egress
      .design()
      .nodes.map((n) => n.id),
  );
  expect(nodeIds.length).toBeGreaterThan(5);
  const exp = new ExportPage(page);
  await app.action('export-configs'); // Export ▸ Device configs opens the export view
  await expect(page.getByTestId('export-summary')).toContainText('devices');
  for (const id of nodeIds) await expect(exp.device(id)).toBeVisible();

  const { name, entries } = await exp.download();
  expect(name).toMatch(/-configs\.zip$/);
  const root = 'egress-bundle/';
  const paths = Object.keys(entries).map((p) => p.slice(root.length));
  expect(paths).toEqual(expect.arrayContaining(['README.md', 'inventory.json', 'SHA256SUMS']));
  for (const id of nodeIds)
    expect(
      paths.some((p) => p.startsWith(`${id}/`)),
      `a folder for ${id}`,
    ).toBe(true);

  const inventory = JSON.parse(decoder.decode(entries[`${root}inventory.json`])) as { nodes?: { id: string }[] };
  expect(JSON.stringify(inventory)).toContain(nodeIds[0]!);

  const sums = decoder.decode(entries[`${root}SHA256SUMS`]).trim().split('\n');
  expect(sums.length).toBe(paths.length - 1); // every file but SHA256SUMS itself
  for (const line of sums) {
    const [hash, path] = line.split(/ {2}/);
    const bytes = entries[`${root}${path}`];
    expect(bytes, `${path} is in the zip`).toBeDefined();
    expect(createHash('sha256').update(bytes!).digest('hex'), `checksum of ${path}`).toBe(hash);
  }
});

test('picking IOS-XE for a node previews its config, and the diff marks what changed since the download', async ({
  app,
  page,
}) => {
  await app.goto();
  const exp = new ExportPage(page);
  await exp.open();
  await exp.download();

  await exp.pick('site-nyc', 'ios-xe');
  await expect(exp.file('site-nyc/ios-xe.cfg')).toBeVisible();
  // The platform's capabilities (data on the exporter) say what it cannot express.
  await expect(page.getByTestId('export-platform-site-nyc')).toHaveAttribute('title', /cannot express: WireGuard/);
  await expect(exp.file('site-nyc/ios-xe.cfg')).toContainText('added');
  await expect(exp.file('site-nyc/frr.conf')).toHaveCount(0);
  await exp.file('site-nyc/ios-xe.cfg').click();
  await expect(page.getByTestId('export-preview-path')).toHaveText('site-nyc/ios-xe.cfg');
  await expect.poll(() => exp.previewText()).toContain('for Cisco IOS-XE');
  await expect(page.getByTestId('export-warnings')).toContainText('IOS-XE');
  await page.screenshot({ path: 'e2e/screenshots/export.png' });
  const cfg = decoder.decode((await exp.download()).entries['egress-bundle/site-nyc/ios-xe.cfg']);
  expect(cfg).toContain('crypto ikev2 proposal EGRESS-IKEV2');
  // Downloaded again: nothing changed since, so no file is marked.
  await expect(exp.file('site-nyc/ios-xe.cfg')).not.toContainText('added');
  await exp.pick('site-nyc', 'junos');
  await expect(exp.file('site-nyc/junos.conf')).toContainText('added');
  await exp.pick('site-nyc', 'ios-xe');

  await page.getByTestId('export-show-diff').check();
  await expect(page.getByTestId('export-no-previous')).toHaveCount(0);
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/export-diff.png' });
});

test('rotating keys changes the WireGuard private keys in the next export', async ({ app, page }) => {
  await app.goto();
  const exp = new ExportPage(page);
  await exp.open();
  const before = decoder.decode((await exp.download()).entries['egress-bundle/site-dal/wg0.conf']);
  expect(before).toMatch(/PrivateKey = [A-Za-z0-9+/]{43}=/);
  // Re-exports reuse the stored keys.
  const again = decoder.decode((await exp.download()).entries['egress-bundle/site-dal/wg0.conf']);
  expect(again.match(/PrivateKey = (\S+)/)?.[1]).toBe(before.match(/PrivateKey = (\S+)/)?.[1]);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('export-rotate-keys').click();
  await expect
    .poll(async () => {
      const after = decoder.decode((await exp.download()).entries['egress-bundle/site-dal/wg0.conf']);
      return after.match(/PrivateKey = (\S+)/)?.[1];
    })
    .not.toBe(before.match(/PrivateKey = (\S+)/)?.[1]);
});

test('keys live in the browser key store: a reload exports the same keys, and none is in the design', async ({
  app,
  page,
}) => {
  await app.goto();
  const exp = new ExportPage(page);
  await exp.open();
  const first = decoder.decode((await exp.download()).entries['egress-bundle/site-dal/wg0.conf']);
  const key = first.match(/PrivateKey = (\S+)/)?.[1];
  expect(key).toBeDefined();
  const design = await page.evaluate(() =>
    JSON.stringify((window as unknown as { __egress: { design(): unknown } }).__egress.design()),
  );
  expect(design).not.toContain(key!);

  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await exp.open();
  const second = decoder.decode((await exp.download()).entries['egress-bundle/site-dal/wg0.conf']);
  expect(second.match(/PrivateKey = (\S+)/)?.[1]).toBe(key);
});
