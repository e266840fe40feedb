// The analysis story on the built-in sample: where video from New York goes and why, what
// happens when the Ashburn hub fails, and the resilience report.
import { AnalysisPage, rgb } from './fixtures/analysis-page';
import { expect, test } from './fixtures/test';

const NYC_VIDEO = 'site-nyc|video|saas-uc';
const NYC_PII = 'site-nyc|pii-us|aws-use1';

test.describe('analysis of the sample design', () => {
  test.beforeEach(async ({ app }) => {
    await app.goto();
  });

  test('video from a US site egresses through Ashburn, with its path highlighted and explained', async ({
    app,
    page,
  }) => {
    const a = new AnalysisPage(page, app);
    await a.showTraffic();
    await a.waitUpToDate();
    await a.pickClass('video');
    await a.pick('focus-site', 'site-nyc', 'new york');
    await expect(page.getByTestId('focus-site')).toHaveValue(/\(site-nyc\)$/);

    // The flow table agrees with the canvas.
    await a.openFlows();
    await expect(a.flowRow(NYC_VIDEO).getByTestId('flow-egress')).toHaveText('Ashburn hub');
    await expect(a.flowRow(NYC_VIDEO)).toHaveAttribute('data-state', 'ok');

    // The path New York → Ashburn → Zoom/Teams is drawn in the class colour, moving; the hub is ringed.
    // (The worker draws the traffic: the canvas catches up a moment after the table.)
    for (const link of ['nyc-ash-mpls', 'ash-saas']) {
      await expect.poll(() => a.edgeClasses(link)).toContain('is-flowing');
      await expect.poll(() => a.edgeStroke(link)).toBe(rgb('#2563eb'));
    }
    await expect(app.node('hub-ash').locator('.dn')).toHaveClass(/hl-egress/);
    // The backup path is not in use: faded.
    await expect.poll(() => a.edgeClasses('nyc-ams-ipsec')).toContain('is-dimmed');
    await expect(app.node('hub-sha').locator('.dn')).toHaveClass(/is-dimmed/);
    await a.screenshot('steering');

    // Why: the BGP decision at New York names its deciding step (its policy sets LOCAL_PREF 200
    // toward Ashburn), and the best route's Local pref row is the one marked.
    await page.getByTestId(`flow-why-${NYC_VIDEO}`).click();
    const why = page.getByTestId('why-panel');
    await expect(why.getByTestId('deciding-step')).toHaveText('Local Pref');
    const best = why.getByTestId('bgp-route-hub-ash');
    await expect(best).toHaveAttribute('data-chosen', 'true');
    await expect(best.locator('dd[data-decides="true"]')).toHaveText('200');
    await expect(why.getByTestId('bgp-route-hub-ams')).toContainText('lost at Local Pref');
    await expect(why.getByTestId('steering-rule')).toContainText('best-quality');
    await a.screenshot('why');

    // Any other flow is found by typing in the picker: New York's US personal data.
    await expect(why.getByTestId('why-flow')).toHaveValue('New York HQ · Video conferencing → Zoom / Teams');
    const videoSummary = await why.getByTestId('why-summary').textContent();
    await a.pick('why-flow', NYC_PII, 'new york personal data (us)');
    await expect(why.getByTestId('why-flow')).toHaveValue(/^New York HQ · Personal data \(US\) → /);
    await expect(why.getByTestId('why-summary')).not.toHaveText(videoSummary ?? '');
  });

  test('failing Ashburn moves video to Amsterdam, converges as BFD says, and drops US personal data', async ({
    app,
    page,
  }) => {
    const a = new AnalysisPage(page, app);
    await a.showTraffic();
    await a.waitUpToDate();
    await a.pick('focus-site', 'site-nyc', 'nyc');

    const panel = await a.startWhatIf();
    await panel.getByTestId('click-mode-silent').click();
    // In what-if mode a click on the canvas fails the element instead of selecting it.
    await app.node('hub-ash').click();
    await expect(panel.getByTestId('whatif-failures')).toContainText('Ashburn hub (hub-ash) fails silently');
    await expect(app.node('hub-ash').locator('.dn')).toHaveClass(/hl-failed/);

    const moved = panel.getByTestId(`moved-${NYC_VIDEO}`);
    await expect(moved.getByTestId('moved-to')).toHaveText('Amsterdam hub');
    // Detection is the BFD of New York's link to Ashburn: interval × multiplier.
    const design = await app.design();
    const link = (
      design as unknown as {
        links: { id: string; detection: { mechanism: string; bfdIntervalMs: number; bfdMultiplier: number } }[];
      }
    ).links.find((l) => l.id === 'nyc-ash-mpls');
    expect(link?.detection.mechanism).toBe('bfd');
    const detectionMs = (link?.detection.bfdIntervalMs ?? 0) * (link?.detection.bfdMultiplier ?? 0);
    await expect(moved.getByTestId('convergence-detection')).toHaveText(`${detectionMs} ms`);
    await expect(moved.getByTestId('convergence')).toContainText('bfd');
    const total = await moved.getByTestId('convergence-total').textContent();
    expect(Number.parseFloat(total ?? '')).toBeGreaterThan(detectionMs);

    // The new path is drawn: New York → Amsterdam (the old one stays as a faint ghost).
    await expect.poll(() => a.edgeClasses('nyc-ams-ipsec')).toContain('is-flowing');
    await expect.poll(() => a.edgeClasses('nyc-ash-mpls')).toContain('is-failed');

    // Personal data (US) may only leave in the US: with Ashburn gone it is dropped and flagged,
    // never rerouted through Amsterdam.
    const dropped = panel.getByTestId(`dropped-${NYC_PII}`);
    await expect(dropped).toContainText('compliance block');
    await expect(app.node('site-nyc').locator('.badge-compliance')).toBeVisible();
    await a.openFlows();
    await page.getByTestId('flows-filter').fill('personal data (us)');
    const rows = page.locator('[data-testid^="flow-row-"]');
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) {
      await expect(row.getByTestId('flow-egress')).toHaveText('—');
      await expect(row).toHaveAttribute('data-state', 'compliance-block');
    }
    await page.getByTestId('flows-filter').fill('');
    // The worker answers the cleared filter with every row.
    await expect(page.getByTestId('flows-count')).toHaveText(/^(\d+) of \1 flows$/);
    await a.screenshot('failure');

    // Save the scenario into the design.
    await panel.getByTestId('scenario-name').fill('Ashburn silent');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByTestId('scenario-ashburn-silent')).toBeVisible();
    const saved = (await app.design()) as unknown as { scenarios: { id: string; failures: unknown[] }[] };
    expect(saved.scenarios.find((s) => s.id === 'ashburn-silent')?.failures).toEqual([
      { kind: 'node', target: 'hub-ash', mode: 'silent' },
    ]);
  });

  test('the resilience report runs with a progress bar and lists the single points of failure', async ({
    app,
    page,
  }) => {
    const a = new AnalysisPage(page, app);
    await a.showTraffic();
    await a.waitUpToDate();
    await app.action('analyze-resilience');
    const panel = page.getByTestId('resilience-panel');
    const progress = panel.getByTestId('sweep-progress');
    await expect(progress).toBeVisible();
    await expect(panel.getByTestId('sweep-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const max = await progress.getAttribute('max');
    expect(Number(max)).toBeGreaterThan(10);
    await expect(progress).toHaveAttribute('value', max ?? '');

    // The sample's single points of failure: Ashburn is the only US egress for US personal data,
    // so the hub, New York's link to it and its AWS interconnect each cut that class off.
    const spofs = panel.getByTestId('spof-list');
    for (const id of ['hub-ash', 'ash-aws-dx', 'nyc-ash-mpls'])
      await expect(spofs.getByTestId(`spof-${id}`)).toBeVisible();
    await expect(spofs.getByTestId('spof-hub-ash')).toContainText('Personal data (US)');
    // The heat map is on the canvas: the hub carries its SPOF badge.
    await expect(app.node('hub-ash').locator('.badge-spof')).toBeVisible();
    await a.screenshot('resilience');
  });
});
