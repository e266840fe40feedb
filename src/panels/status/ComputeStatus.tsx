// One line that always says whether the picture on the canvas is current: computing, up to date
// (with the time it took) or error (with the count of problems and a way to see them).
import { useAnalysisStore } from '../../state/analysis-store';
import { type ComputeStatus as Status, useResultsStore } from '../../state/results-store';
import { openPanel } from '../../state/ui-store';
import '../flows/analysis.css';

const TEXT: Record<Status, string> = {
  idle: 'Waiting for the first result',
  computing: 'Computing…',
  'up-to-date': 'Up to date',
  error: 'Error',
};

export function ComputeStatus() {
  const run = useResultsStore((s) => s.run);
  const scenarioRun = useResultsStore((s) => s.scenarioRun);
  const diagnostics = useResultsStore((s) => s.diagnostics);
  const whatIf = useAnalysisStore((s) => s.mode === 'what-if');
  // In what-if mode the scenario is what the canvas shows: its status counts too.
  const status: Status =
    run.status === 'error' || (whatIf && scenarioRun.status === 'error')
      ? 'error'
      : run.status === 'computing' || (whatIf && scenarioRun.status === 'computing')
        ? 'computing'
        : run.status;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const detail =
    status === 'error'
      ? (run.error ?? scenarioRun.error ?? `${errors} error${errors === 1 ? '' : 's'} in the design`)
      : status === 'up-to-date' && run.durationMs !== null
        ? `in ${Math.round(run.durationMs)} ms${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`
        : '';
  return (
    <div className="ap-row" data-testid="compute-status" data-status={status}>
      <span className="ap-status" data-status={status}>
        {TEXT[status]}
      </span>
      {detail ? <span className="muted">{detail}</span> : null}
      {errors + warnings > 0 || status === 'error' ? (
        <button type="button" className="ap-link" onClick={() => openPanel('bottom', 'status')}>
          show problems
        </button>
      ) : null}
    </div>
  );
}
