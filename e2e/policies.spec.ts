// Policies: forms and YAML stay in sync, invalid YAML never changes the design, templates apply,
// lint findings link to their element, and monaco is bundled and lazy.

import { PoliciesPage } from './fixtures/policies-page';
import { expect, test } from './fixtures/test';

interface PolicySnapshot {
  trafficClasses: { id: string; name: string; strategy: string; appliesTo: string[] }[];
  pbrRules: { id: string; action: { egressHub?: string } }[];
}

async function policies(page: import('@playwright/test').Page): Promise<PolicySnapshot> {
  return page.evaluate(() => {
    const d = (window as unknown as { __egress: { design(): PolicySnapshot } }).__egress.design();
    return { trafficClasses: d.trafficClasses, pbrRules: d.pbrRules };
  });
}

test('a class added in the form, renamed in YAML, shows the new name in the form', async ({ app, page }) => {
  await app.goto();
  const p = new PoliciesPage(page);
  await p.open();
  await page.getByTestId('class-add').click();
  await expect(p.classForm).toHaveAttribute('data-class', 'new-class');
  await p.classForm.getByTestId('class-name').fill('Gaming');
  await p.classForm.getByTestId('class-strategy').selectOption('lowest-cost-sla');
  await p.classForm.getByTestId('attach-tag-eu').click();
  await expect
    .poll(async () => (await policies(page)).trafficClasses.at(-1))
    .toMatchObject({
      id: 'new-class',
      name: 'Gaming',
      strategy: 'lowest-cost-sla',
    });

  await p.openYaml();
  await p.replaceInYaml('name: Gaming', 'name: Esports');
  await expect(p.yamlStatus).toHaveAttribute('data-state', 'valid');
  await expect.poll(async () => (await policies(page)).trafficClasses.at(-1)?.name).toBe('Esports');
  await page.screenshot({ path: 'e2e/screenshots/policies-yaml.png' });

  await p.tab('classes');
  await expect(p.classItem('new-class')).toContainText('Esports');
  await p.classItem('new-class').click();
  await expect(p.classForm.getByTestId('class-name')).toHaveValue('Esports');
  await page.screenshot({ path: 'e2e/screenshots/policies-form.png' });
});

test('invalid YAML shows a marker and leaves the design intact', async ({ app, page }) => {
  await app.goto();
  const p = new PoliciesPage(page);
  await p.open();
  await p.openYaml();
  const before = await app.design();
  await p.replaceInYaml('strategy: best-quality', 'strategy: fastest');
  await expect(p.yamlStatus).toHaveAttribute('data-state', 'invalid');
  await expect(p.yamlStatus).toContainText('strategy');
  await expect(p.errorMarkers.first()).toBeVisible();
  // A nested mapping on one line is a YAML syntax error (monaco would auto-close a bracket).
  await p.replaceInYaml('name: Backup to S3', 'name: Backup: to S3');
  await expect(page.getByTestId('yaml-problem').first()).toContainText('YAML syntax');
  await page.screenshot({ path: 'e2e/screenshots/policies-invalid-yaml.png' });
  expect(await app.design()).toEqual(before);
});

test('a template applies as one step and its rules show in the PBR list', async ({ app, page }) => {
  await app.goto();
  const p = new PoliciesPage(page);
  await p.open();
  await p.applyTemplate('cloud-direct-peering');
  await p.tab('pbr');
  await expect(page.getByTestId('pbr-item-cloud-aws-use1')).toContainText('hub-ash');
  const rules = (await policies(page)).pbrRules;
  expect(rules.map((r) => r.id)).toEqual(['china-cloud-local', 'cloud-aws-use1', 'cloud-azure-weu']);
  // Rules reorder: first match wins.
  await page.getByTestId('pbr-up-cloud-azure-weu').click();
  await expect
    .poll(async () => (await policies(page)).pbrRules.map((r) => r.id))
    .toEqual(['china-cloud-local', 'cloud-azure-weu', 'cloud-aws-use1']);
  // The template and the move are one undo step each.
  await app.action('undo');
  await expect.poll(async () => (await policies(page)).pbrRules.map((r) => r.id).at(-1)).toBe('cloud-azure-weu');
  await app.action('undo');
  await expect.poll(async () => (await policies(page)).pbrRules.map((r) => r.id)).toEqual(['china-cloud-local']);
  await app.action('redo');
  await page.screenshot({ path: 'e2e/screenshots/policies-template.png' });
});

test('lint findings link to their element', async ({ app, page }) => {
  await app.goto();
  const p = new PoliciesPage(page);
  await p.open();
  await expect(page.getByTestId('lint-count')).toHaveText('1');
  await p.tab('lint');
  const finding = page.getByTestId('lint-finding').first();
  await expect(finding).toHaveAttribute('data-element', 'video');
  await finding.click();
  await expect(p.classForm).toHaveAttribute('data-class', 'video');
});

test('monaco is bundled and loads only when the YAML editor opens', async ({ app, page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await app.goto();
  const p = new PoliciesPage(page);
  await p.open();
  expect(scripts.filter((s) => /\/setup-[\w-]+\.js$/.test(s))).toEqual([]);
  await p.openYaml();
  expect(scripts.filter((s) => /\/setup-[\w-]+\.js$/.test(s))).toHaveLength(1);
  // The network guard fixture fails the test on any request that is not to 127.0.0.1.
});

test('the YAML editor explains fields on hover and completes values from the schema and the design', async ({
  app,
  page,
}) => {
  await app.goto();
  const p = new PoliciesPage(page);
  await p.open();
  await p.openYaml();
  await p.findInYaml('strategy: best-quality');
  await p.editor
    .locator('.view-line span', { hasText: /^strategy$/ })
    .first()
    .hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'lowest-cost-sla' }).first()).toBeVisible();

  // Replace the PBR rule's hub with a prefix and ask for completions: the design's hubs come up.
  await p.replaceInYaml('egressHub: hub-sha', 'egressHub: hub-a');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.suggest-widget .monaco-list-row');
  await expect(suggestions.filter({ hasText: 'hub-ash' })).toHaveCount(1);
  await expect(suggestions.filter({ hasText: 'hub-ams' })).toHaveCount(1);
  await page.screenshot({ path: 'e2e/screenshots/policies-completion.png' });
});

test('a YAML edit changes the steering drawn on the canvas', async ({ app, page }) => {
  await app.goto();
  const p = new PoliciesPage(page);
  await p.open();
  // No class reaches Alibaba in the sample: its interconnect carries nothing and is dimmed.
  const alibabaLink = page.getByTestId('link-sha-ali-ec');
  await expect(alibabaLink).toHaveClass(/is-dimmed/, { timeout: 30_000 });
  await p.openYaml();
  // Video conferencing now also goes to Alibaba's prefix (52.112.0.0/14 is unique to video).
  await p.findInYaml('- 52.112.0.0/14');
  await p.endOfFoundLine();
  await page.keyboard.press('Enter'); // monaco keeps the list item's indentation
  await page.keyboard.insertText('- 10.120.0.0/16');
  await expect
    .poll(async () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              __egress: { design(): { trafficClasses: { id: string; match: { destinationPrefixes: string[] } }[] } };
            }
          ).__egress
            .design()
            .trafficClasses.find((c) => c.id === 'video')?.match.destinationPrefixes,
      ),
    )
    .toEqual(['52.112.0.0/14', '10.120.0.0/16', '170.114.0.0/16']);
  await expect(p.yamlStatus).toHaveAttribute('data-state', 'valid');
  await expect(alibabaLink).not.toHaveClass(/is-dimmed/, { timeout: 30_000 });
  await expect(alibabaLink).toHaveClass(/is-flowing/);
  await page.screenshot({ path: 'e2e/screenshots/policies-steering.png' });
});

test('BGP policies and router knobs are edited in forms', async ({ app, page }) => {
  await app.goto();
  const p = new PoliciesPage(page);
  await p.open();
  await p.tab('routing');
  await page.getByTestId('bgp-policy-item-ams-backup-for-us').click();
  const form = page.getByTestId('bgp-policy-form');
  await expect(form).toHaveAttribute('data-policy', 'ams-backup-for-us');
  await form.getByTestId('bgp-policy-prepend').fill('3');
  await form.getByTestId('bgp-policy-med').fill('50');
  await page.getByTestId('knob-max-paths-hub-ams').fill('8');
  await page.getByTestId('knob-crid-hub-ams').selectOption('off');
  await expect
    .poll(() =>
      page.evaluate(() => {
        type D = {
          bgpPolicies: { id: string; set: Record<string, number> }[];
          nodes: { id: string; bgp: Record<string, unknown> }[];
        };
        const d = (window as unknown as { __egress: { design(): D } }).__egress.design();
        return {
          set: d.bgpPolicies.find((x) => x.id === 'ams-backup-for-us')?.set,
          bgp: d.nodes.find((n) => n.id === 'hub-ams')?.bgp,
        };
      }),
    )
    .toEqual({ set: { asPathPrepend: 3, med: 50 }, bgp: { maximumPaths: 8, compareRouterId: false } });
  // A value the schema refuses stays in the field with its reason; the design keeps 3.
  await form.getByTestId('bgp-policy-prepend').fill('11');
  await expect(form.getByTestId('bgp-policy-prepend-error')).toBeVisible();
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { __egress: { design(): { bgpPolicies: { id: string; set: object }[] } } }).__egress
          .design()
          .bgpPolicies.find((x) => x.id === 'ams-backup-for-us')?.set,
    ),
  ).toEqual({ asPathPrepend: 3, med: 50 });
  await page.screenshot({ path: 'e2e/screenshots/policies-bgp.png' });
});
