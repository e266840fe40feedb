// Responsiveness with a generated 1,000-node design: the longest main-thread task (Long Tasks
// API) while results of a recompute arrive, while a what-if scenario recomputes, and while the
// resilience sweep runs. Printed, not asserted: timings depend on the machine (issue #5).
import { syntheticDesign } from '../src/engine/synthetic';
import { AnalysisPage } from './fixtures/analysis-page';
import { CanvasPage } from './fixtures/canvas-page';
import { expect, test } from './fixtures/test';

type Task = { start: number; duration: number };

test('a 1,000-node design: longest main-thread task during recompute, what-if and sweep', async ({ app, page }) => {
  test.setTimeout(400_000);
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await app.goto();
  const a = new AnalysisPage(page, app);
  await a.showTraffic();
  await a.waitUpToDate();
  // The flow table is open while results arrive: it must not draw 27,000 rows.
  await a.openFlows();

  const design = syntheticDesign({ sites: 970, hubs: 20, clouds: 10, classes: 8 });
  expect(design.nodes.length).toBeGreaterThanOrEqual(1000);
  const now = () => page.evaluate(() => performance.now());
  // Waits with a cheap query in the page. A retrying expect() builds an accessibility snapshot of
  // the whole page for its failure message on every retry: on a 1,000-node page that is itself a
  // 100-200 ms main-thread task, inside the very windows this test measures. So no expect() polls
  // while a window is open; this does instead.
  type Check = { attribute: string; pattern: RegExp } | { text: string } | 'visible';
  const until = (selector: string, check: Check = 'visible') =>
    page.waitForFunction(
      ([css, c]) => {
        const element = document.querySelector(css);
        if (!element) return false;
        if (c === 'visible') return element.getClientRects().length > 0;
        if ('text' in c) return (element.textContent ?? '').includes(c.text);
        return new RegExp(c.source).test(element.getAttribute(c.attribute) ?? '');
      },
      [
        selector,
        check === 'visible' || 'text' in check ? check : { attribute: check.attribute, source: check.pattern.source },
      ] as const,
      { polling: 50, timeout: 300_000 },
    );
  const upToDate = { attribute: 'data-status', pattern: /^up-to-date$/ };
  // Inside a measured window the spec acts through element handles and the app's own action hook,
  // not locators or the menus: resolving a locator runs Playwright's selector engine over the
  // whole document (15,000 elements here), a 30-130 ms main-thread task of the harness's own that
  // the long-task observer would count against the app. A handle acts like a user all the same
  // (real pointer and keyboard events, the same checks).
  const element = async (testId: string) => {
    const handle = (
      await page.evaluateHandle((id) => document.querySelector(`[data-testid="${id}"]`), testId)
    ).asElement();
    if (!handle) throw new Error(`no element with data-testid ${testId}`);
    return handle;
  };
  const runAction = (id: string) =>
    page.evaluate(
      (a) => (window as unknown as { __egress: { runAction(id: string): void } }).__egress.runAction(a),
      id,
    );
  const longest = async (from: number, to: number) => {
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: Task[] }).__longTasks);
    const inWindow = tasks.filter((t) => t.start >= from && t.start <= to);
    // The live layer's User Timing marks inside each of the three longest tasks: which step it was.
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('egress:'))
        .map((m) => ({ name: m.name.slice(7), at: m.startTime })),
    );
    const top = [...inWindow]
      .sort((x, y) => y.duration - x.duration)
      .slice(0, 3)
      .map((t) => {
        const inside = marks.filter((m) => m.at >= t.start && m.at <= t.start + t.duration).map((m) => m.name);
        return `${Math.round(t.duration)} ms at +${Math.round(t.start - from)}${inside.length ? ` [${[...new Set(inside)].join(', ')}]` : ''}`;
      });
    return { max: Math.max(0, ...inWindow.map((t) => t.duration)), count: inWindow.length, top };
  };

  // Loading draws 1,000 nodes (the canvas's cost, measured apart); then the compute runs in the
  // worker and its result arrives: that window is the recompute.
  const loadStart = await now();
  await page.evaluate((d) => (window as unknown as { __egress: { load(d: unknown): void } }).__egress.load(d), design);
  // The canvas takes a new design as a deferred update: wait for the loaded design's own nodes
  // (whole in view, all of them are drawn), not the sample's still on screen.
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, design.nodes.length, {
    polling: 50,
    timeout: 120_000,
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const rendered = await now();
  await until('[data-testid="compute-status"]', upToDate);
  await page.waitForTimeout(500);
  const computed = await now();
  const render = await longest(loadStart, rendered);
  const firstResult = await longest(rendered, computed);
  const flows = (await page.getByTestId('traffic-summary').textContent())?.match(/(\d+) flows/)?.[0] ?? '';
  expect(flows).toMatch(/\d+ flows/);
  // Virtualised: a screenful of rows, whatever the count.
  await expect(page.getByTestId('flows-count')).toHaveText(/^(\d+) of \1 flows$/);
  expect(await page.locator('[data-testid^="flow-row-"]').count()).toBeLessThan(200);
  // Scrolled to the end, the last rows are drawn (and still only a screenful).
  const firstRow = await page.locator('[data-testid^="flow-row-"]').first().getAttribute('data-testid');
  await page.locator('.ap-flows-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator('[data-testid^="flow-row-"]').first()).not.toHaveAttribute('data-testid', firstRow ?? '');
  expect(await page.locator('[data-testid^="flow-row-"]').count()).toBeLessThan(200);

  // One edit the engine reads: a link's latency, typed in the inspector with the whole design in
  // view. The worker recomputes, then the new result arrives and only what changed is redrawn.
  // (Renaming the design or moving a node no longer recomputes at all: live-compute.ts.)
  const inspector = await app.openPanel('inspector');
  // Before the link is selected: the page object walks the menus with Escape, which deselects.
  await app.action('analyze-problems');
  await new CanvasPage(page).focus('hub-0', 1);
  const linkId = await page.evaluate(() => {
    // A link whose middle is on screen, to click (at 100 % the view shows a few of them).
    const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')) {
      const m = path.getScreenCTM();
      const edge = path.closest('.react-flow__edge')?.getAttribute('data-testid');
      if (!m || !pane || !edge) continue;
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      if (x > pane.left + 80 && x < pane.right - 200 && y > pane.top + 40 && y < pane.bottom - 160) {
        return edge.replace(/^rf__edge-/, '');
      }
    }
    return null;
  });
  if (!linkId) throw new Error('no link in view at 100 %');
  await app.clickEdge(linkId);
  const latencyField = inspector.getByTestId('field-latency');
  await expect(latencyField).toBeVisible();
  const latencyBefore = Number(await latencyField.inputValue());
  await runAction('fit-view');
  await page.waitForTimeout(800);
  const status = page.getByTestId('status-panel').getByTestId('compute-status');
  await expect(status).toHaveAttribute('data-status', 'up-to-date');
  // Record every status the line shows from before the edit on: on an idle machine the
  // recompute can come and go between two polls, so waiting to *see* "computing" would race.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    const line = document.querySelector('[data-testid="status-panel"] [data-testid="compute-status"]');
    if (!line) throw new Error('no compute status line');
    new MutationObserver(() => seen.push(line.getAttribute('data-status') ?? '')).observe(line, {
      attributes: true,
      attributeFilter: ['data-status'],
    });
  });
  const latencyInput = await element('field-latency');
  const editStart = await now();
  await latencyInput.fill(String(latencyBefore + 40));
  await latencyInput.press('Enter');
  await page.waitForFunction(
    () => (window as unknown as { __statusSeen: string[] }).__statusSeen.includes('computing'),
    undefined,
    { polling: 50, timeout: 300_000 },
  );
  await until('[data-testid="status-panel"] [data-testid="compute-status"]', upToDate);
  await page.waitForTimeout(500);
  const edited = await now();
  const recompute = await longest(editStart, edited);
  const editedLink = (await app.design()).links.find((l) => l.id === linkId) as { latencyMs?: number } | undefined;
  expect(editedLink?.latencyMs).toBe(latencyBefore + 40);

  // What-if: fail a hub; the scenario runs in the worker, its result and diff arrive (the flow
  // table open again).
  await a.openFlows();
  await a.showTraffic();
  const whatIfStart = await now();
  // When each step of the gesture happened, to read the longest tasks against.
  const steps: string[] = [];
  const step = async (name: string) => steps.push(`${name} +${Math.round((await now()) - whatIfStart)}`);
  await runAction('analyze-what-if');
  await until('[data-testid="whatif-panel"] [data-testid="whatif-toggle"]', { text: 'Back to normal' });
  await step('panel open');
  await (await element('whatif-kind')).selectOption('node');
  // The target is picked by search, as a user finds one of 1,001 nodes: its id, then Enter.
  const target = await element('whatif-target');
  await target.fill('hub-0');
  await target.press('Enter');
  await step('hub-0 picked');
  await (await element('whatif-add')).click();
  await step('failed');
  await until('[data-testid="whatif-panel"] [data-testid="whatif-report"]');
  await step('report shown');
  await page.waitForTimeout(500);
  const whatIf = await longest(whatIfStart, await now());
  await expect(page.getByTestId('whatif-failures')).toContainText('(hub-0)');
  // The whole design is in view: the failed hub is painted in the failed look (far-nodes.ts).
  await expect(page.getByTestId('canvas')).toHaveClass(/\bis-painted\b/);
  await expect(page.locator('[data-testid="far-nodes"] path.fn-hub.is-failed')).toHaveAttribute('data-count', '1');
  await page.getByTestId('whatif-toggle').click();

  // The sweep: a few seconds of it (the full sweep of this size takes minutes here), then cancel.
  const sweepStart = await now();
  await runAction('analyze-resilience');
  await until('[data-testid="resilience-panel"] [data-testid="sweep-cancel"]');
  await page.waitForTimeout(15_000);
  // On an idle machine the sweep may already be done; cancel only if it is still running.
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="sweep-cancel"]')?.click());
  await until('[data-testid="resilience-panel"] [data-testid="sweep-status"]', {
    attribute: 'data-status',
    pattern: /cancelled|done/,
  });
  const sweep = await longest(sweepStart, await now());

  // The overlay view model's own share (User Timing measures from the live layer).
  const overlayMs = await page.evaluate(() =>
    performance.getEntriesByName('egress:overlay').map((e) => ({ start: e.startTime, duration: e.duration })),
  );
  const overlayMax = (from: number, to: number) =>
    Math.round(Math.max(0, ...overlayMs.filter((e) => e.start >= from && e.start <= to).map((e) => e.duration)));
  const line = (name: string, r: { max: number; count: number; top: string[] }) =>
    `${name.padEnd(34)} longest task ${Math.round(r.max)} ms (${r.count} tasks over 50 ms)${r.top.length ? `\n[perf]   longest: ${r.top.join('; ')}` : ''}`;
  console.log(
    [
      `[perf] ${design.nodes.length} nodes, ${design.links.length} links, ${flows}`,
      line('[perf] loading + drawing the canvas', render),
      `${line('[perf] first result (after drawing)', firstResult)}; overlay build ${overlayMax(rendered, computed)} ms`,
      `${line(`[perf] recompute after an edit (${linkId} latency)`, recompute)}; overlay build ${overlayMax(editStart, edited)} ms`,
      `${line('[perf] what-if scenario', whatIf)}; overlay build ${overlayMax(whatIfStart, sweepStart)} ms`,
      `[perf]   what-if steps: ${steps.join(', ')}`,
      line('[perf] resilience sweep (15 s, cancel)', sweep),
    ].join('\n'),
  );
});
