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
  await expect(page.getByTestId('empty-hint')).toHaveCount(0);

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

  // Node attributes: select the site, rename it, give it a country and a bad then good prefix.
  await app.node('site').click();
  const inspector = app.panel('inspector');
  await expect(inspector.getByTestId('node-form')).toHaveAttribute('data-kind', 'site');
  await inspector.getByTestId('field-name').fill('Berlin office');
  await inspector.getByTestId('field-country').fill('de');
  await expect(inspector.getByTestId('field-country')).toHaveValue('DE');
  await inspector.getByTestId('field-prefixes').fill('10.9.1.1/16');
  await expect(inspector.getByTestId('field-prefixes-error')).toContainText('host bits are set');
  await inspector.getByTestId('field-asn').fill('65001.5');
  await expect(inspector.getByTestId('field-asn-error')).toContainText('whole number');
  let site = (await app.design()).nodes.find((n) => n.id === 'site') as unknown as {
    name: string;
    location: { country: string };
    prefixes: string[];
    asn: number;
  };
  // Invalid values stay on screen; the document keeps the last valid ones.
  expect(site).toMatchObject({
    name: 'Berlin office',
    location: { country: 'DE' },
    prefixes: ['10.1.0.0/16'],
    asn: 65101,
  });
  await inspector.getByTestId('field-prefixes').fill('10.9.0.0/16\n10.10.0.0/16');
  await inspector.getByTestId('field-asn').fill('65001');
  await expect(inspector.getByTestId('field-prefixes-error')).toHaveCount(0);
  site = (await app.design()).nodes.find((n) => n.id === 'site') as unknown as typeof site;
  expect(site).toMatchObject({ prefixes: ['10.9.0.0/16', '10.10.0.0/16'], asn: 65001 });
  await expect(app.node('site')).toContainText('Berlin office');

  // Cloud: provider and region.
  await app.node('cloud').click();
  await inspector.getByTestId('field-provider').selectOption('azure');
  await inspector.getByTestId('field-region').fill('westeurope');
  await expect(app.node('cloud')).toContainText('Azure · westeurope');

  // Hub: capacity and security stack.
  await app.node('hub').click();
  await inspector.getByTestId('field-capacity').fill('2500');
  await inspector.getByTestId('field-security-ips').check();

  // Link: transport, metrics and detection mechanism with its defaults.
  await app.clickEdge('site-hub');
  await expect(inspector.getByTestId('link-form')).toBeVisible();
  await inspector.getByTestId('field-transport').selectOption('mpls');
  await inspector.getByTestId('field-latency').fill('12');
  await inspector.getByTestId('field-loss').fill('101');
  await expect(inspector.getByTestId('field-loss-error')).toContainText('at most 100');
  await inspector.getByTestId('field-detection').selectOption('bfd');
  await expect(inspector.getByTestId('detection-time')).toContainText('900 ms');

  const final = (await app.page.evaluate(() =>
    (window as unknown as { __egress: { design(): unknown } }).__egress.design(),
  )) as {
    nodes: { id: string; capacityMbps?: number; security?: string[] }[];
    links: {
      id: string;
      transport: string;
      encapsulation: string;
      latencyMs: number;
      lossPct: number;
      detection: { mechanism: string };
    }[];
  };
  expect(final.nodes.find((n) => n.id === 'hub')).toMatchObject({ capacityMbps: 2500, security: ['firewall', 'ips'] });
  expect(final.links.find((l) => l.id === 'site-hub')).toMatchObject({
    transport: 'mpls',
    latencyMs: 12,
    detection: { mechanism: 'bfd' },
  });
  expect(final.links.find((l) => l.id === 'site-hub')?.lossPct).not.toBe(101);
  await page.screenshot({ path: 'e2e/screenshots/drawn.png' });
});

test('click-to-add puts nodes in view for keyboard and touch users', async ({ app, page }) => {
  await app.goto();
  await app.newEmptyDesign();
  await page.getByTestId('palette-hub').click();
  await page.getByTestId('palette-site').focus();
  await page.keyboard.press('Enter');
  await expect(app.nodes).toHaveCount(2);
  await expect(app.node('hub')).toBeInViewport();
  await expect(app.node('site')).toBeInViewport();
});
