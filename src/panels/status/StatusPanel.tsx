// The engine's status and every diagnostic it returned, each linking to the element it is about:
// "show" selects the element and brings it into view.
import { getCanvas } from '../../canvas/canvas-api';
import type { Diagnostic } from '../../model';
import { useAnalysisStore } from '../../state/analysis-store';
import { useDesignStore } from '../../state/design-store';
import { useResultsStore } from '../../state/results-store';
import { selectOnly } from '../../state/ui-store';
import { ComputeStatus } from './ComputeStatus';
import '../flows/analysis.css';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export default function StatusPanel() {
  const diagnostics = useResultsStore((s) => s.diagnostics);
  const scenarioDiagnostics = useResultsStore((s) => s.scenarioDiagnostics);
  const whatIf = useAnalysisStore((s) => s.mode === 'what-if');
  const all = [...diagnostics, ...(whatIf ? scenarioDiagnostics : [])].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return (
    <div className="ap" data-testid="status-panel">
      <ComputeStatus />
      {all.length === 0 ? (
        <p className="ap-help">No problems found in the design.</p>
      ) : (
        <table className="ap-table" data-testid="diagnostics">
          <thead>
            <tr>
              <th>Severity</th>
              <th>Problem</th>
              <th>Element</th>
              <th>Code</th>
            </tr>
          </thead>
          <tbody>
            {all.map((d) => (
              <DiagnosticRow key={`${d.severity}:${d.code}:${d.elementId ?? ''}:${d.message}`} diagnostic={d} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function DiagnosticRow({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const kind = useDesignStore((s) => elementKind(s.design, d.elementId));
  return (
    <tr data-severity={d.severity}>
      <td className={d.severity === 'error' ? 'ap-bad' : d.severity === 'warning' ? 'ap-warn' : 'muted'}>
        {d.severity}
      </td>
      <td style={{ whiteSpace: 'normal' }}>{d.message}</td>
      <td>
        {d.elementId && kind ? (
          <button type="button" className="ap-link" onClick={() => reveal(kind, d.elementId!)}>
            show {d.elementId}
          </button>
        ) : (
          (d.elementId ?? '—')
        )}
      </td>
      <td className="muted">{d.code}</td>
    </tr>
  );
}

function elementKind(
  design: { nodes: { id: string }[]; links: { id: string }[] },
  id: string | undefined,
): 'node' | 'link' | null {
  if (!id) return null;
  if (design.nodes.some((n) => n.id === id)) return 'node';
  if (design.links.some((l) => l.id === id)) return 'link';
  return null;
}

/** Selects the element and centres the canvas on it (for a link: on its two ends). */
export function reveal(kind: 'node' | 'link', id: string): void {
  selectOnly(kind, id);
  const canvas = getCanvas();
  if (!canvas) return;
  const link = kind === 'link' ? canvas.getEdge(id) : undefined;
  const nodes = kind === 'node' ? [{ id }] : link ? [{ id: link.source }, { id: link.target }] : [];
  if (nodes.length > 0) void canvas.fitView({ nodes, duration: 300, maxZoom: 1.4, padding: 0.4 });
}
