// One click runs every single-link, node, circuit and region failure in the worker, with a
// progress bar and a cancel button; the report ranks single points of failure and the failures
// that break or move the most, and the canvas heat-maps how critical each element is.
import { useEffect } from 'react';
import { criticalityColor } from '../../canvas/overlay/heat';
import { sameRoutingInputs } from '../../engine/routing-inputs';
import type { ElementRef } from '../../engine/types';
import { useAnalysisStore } from '../../state/analysis-store';
import { useDesignStore } from '../../state/design-store';
import { getLiveCompute } from '../../state/live-compute';
import { useResultsStore } from '../../state/results-store';
import { openPanel } from '../../state/ui-store';
import { Legend } from '../legend/Legend';
import { reveal } from '../status/StatusPanel';
import { formatSeconds } from '../whatif/scenario-summary';
import '../flows/analysis.css';

export default function ResiliencePanel() {
  const sweep = useResultsStore((s) => s.sweep);
  const design = useDesignStore((s) => s.design);
  const showCriticality = useAnalysisStore((s) => s.showCriticality);
  const setShowCriticality = useAnalysisStore((s) => s.setShowCriticality);
  const names = new Map(design.nodes.map((n) => [n.id, n.name]));
  const classNames = new Map(design.trafficClasses.map((c) => [c.id, c.name]));
  const running = sweep.status === 'running';
  const report = sweep.report;

  // A finished report is shown on the canvas at once: that is what the user asked for.
  useEffect(() => {
    if (sweep.status === 'done') useAnalysisStore.getState().setShowCriticality(true);
  }, [sweep.status]);

  const elementName = (e: ElementRef) =>
    e.kind === 'node'
      ? (names.get(e.id) ?? e.id)
      : e.kind === 'circuit'
        ? (design.circuits.find((c) => c.id === e.id)?.name ?? e.id)
        : e.id;
  const revealable = (e: ElementRef) =>
    e.kind === 'node'
      ? design.nodes.some((n) => n.id === e.id)
      : e.kind === 'link' && design.links.some((l) => l.id === e.id);

  return (
    <div className="ap" data-testid="resilience-panel">
      <p className="ap-help">
        Fails every link, node, shared circuit and cloud region one at a time and ranks what breaks. Runs in the
        background: keep editing while it works.
      </p>
      <div className="ap-row">
        <button
          type="button"
          className="btn btn-outline"
          data-testid="sweep-run"
          disabled={running}
          onClick={() => void getLiveCompute()?.runSweep()}
        >
          {report ? '↻ Run the resilience sweep again' : '▶ Run the resilience sweep'}
        </button>
        {running ? (
          <button
            type="button"
            className="btn btn-danger"
            data-testid="sweep-cancel"
            onClick={() => getLiveCompute()?.cancelSweep()}
          >
            Cancel
          </button>
        ) : null}
      </div>
      {running || sweep.progress ? (
        <div data-testid="sweep-status" data-status={sweep.status}>
          <progress
            className="ap-progress"
            data-testid="sweep-progress"
            max={sweep.progress?.total ?? 1}
            value={sweep.progress?.done ?? 0}
          />
          <div className="muted small">
            {running
              ? sweep.progress
                ? `${sweep.progress.done} of ${sweep.progress.total} failures: ${sweep.progress.element.kind} ${sweep.progress.element.id}`
                : 'Starting…'
              : sweep.status === 'cancelled'
                ? 'Cancelled: the report below holds what was done.'
                : sweep.status === 'error'
                  ? `The sweep failed: ${sweep.error}`
                  : `Done in ${formatSeconds((sweep.durationMs ?? 0) / 1000)}.`}
          </div>
        </div>
      ) : null}
      {report ? (
        <>
          {sweep.design && !sameRoutingInputs(sweep.design, design) ? (
            <p className="ap-warn" style={{ margin: 0 }}>
              The design changed since this report: run the sweep again for current figures.
            </p>
          ) : null}
          <label className="ap-row">
            <input
              type="checkbox"
              data-testid="criticality-toggle"
              checked={showCriticality}
              onChange={(e) => setShowCriticality(e.target.checked)}
            />
            Show the criticality heat map on the canvas
          </label>
          <p style={{ margin: 0 }} data-testid="sweep-summary">
            <b>{report.scenarioCount}</b> failures tried · <b>{report.spofCount}</b> single points of failure · worst
            convergence <b>{formatSeconds(report.worstConvergenceS)}</b>
          </p>

          <h3>Single points of failure</h3>
          {report.spofs.length === 0 ? (
            <p className="ap-good" style={{ margin: 0 }}>
              None: every flow survives any single failure.
            </p>
          ) : (
            <ol className="ap-list" data-testid="spof-list">
              {report.spofs.map((g) => (
                <li key={`${g.element.kind}:${g.element.id}`} data-testid={`spof-${g.element.id}`}>
                  {revealable(g.element) ? (
                    <button
                      type="button"
                      className="ap-link"
                      onClick={() => reveal(g.element.kind as 'node' | 'link', g.element.id)}
                    >
                      {elementName(g.element)}
                    </button>
                  ) : (
                    <b>{elementName(g.element)}</b>
                  )}{' '}
                  <span className="muted">({g.element.kind})</span>
                  {g.critical ? <span className="dn-badge badge-spof"> critical class</span> : null}
                  <div className="small">
                    cuts off{' '}
                    {g.cuts
                      .map(
                        (c) => `${classNames.get(c.trafficClass) ?? c.trafficClass} from ${siteList(c.sites, names)}`,
                      )
                      .join('; ')}
                  </div>
                </li>
              ))}
            </ol>
          )}
          {report.spofCount > report.spofs.length ? (
            <p className="ap-help">…and {report.spofCount - report.spofs.length} more, each cutting off fewer flows.</p>
          ) : null}

          <h3>Failures ranked by impact</h3>
          <table className="ap-table ap-compact" data-testid="sweep-scenarios">
            <thead>
              <tr>
                <th>Failure</th>
                <th className="num" title="flows no longer delivered">
                  Breaks
                </th>
                <th className="num" title="flows on another path">
                  Moves
                </th>
                <th className="num" title="worst convergence of a moved flow">
                  Conv.
                </th>
                <th />
              </tr>
            </thead>
            <tbody>
              {report.ranked.map((s) => (
                <tr key={`${s.element.kind}:${s.element.id}`} data-testid={`ranked-${s.element.id}`}>
                  <td title={`${s.element.kind} ${s.element.id}`} style={{ whiteSpace: 'normal' }}>
                    <span className="ap-swatch" style={{ background: criticalityColor(s.heat) }} />{' '}
                    {elementName(s.element)} <span className="muted">({s.element.kind})</span>
                  </td>
                  <td className={`num${s.breaks > 0 ? ' ap-bad' : ''}`}>{s.breaks}</td>
                  <td className="num">{s.moves}</td>
                  <td className="num">{formatSeconds(s.worstConvergenceS)}</td>
                  <td>
                    <button
                      type="button"
                      className="ap-link"
                      title="Open this failure in the what-if view"
                      onClick={() => {
                        const a = useAnalysisStore.getState();
                        a.setFailures(s.failures);
                        a.setShowCriticality(false);
                        a.setMode('what-if');
                        openPanel('right', 'whatif');
                      }}
                    >
                      what-if
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Legend view="resilience" />
        </>
      ) : null}
    </div>
  );
}

/** At most a few site names: a hub in a 1,000-site design cuts a class off from hundreds. */
function siteList(sites: readonly string[], names: ReadonlyMap<string, string>, max = 8): string {
  const shown = sites.slice(0, max).map((s) => names.get(s) ?? s);
  return sites.length > max ? `${shown.join(', ')} and ${sites.length - max} more sites` : shown.join(', ');
}
