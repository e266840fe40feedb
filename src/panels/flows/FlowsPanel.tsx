// Every site × class × destination flow: where it egresses, its path, its metrics against the
// class's SLA, its cost and state. Sort by any column, filter by text or state; the canvas
// selection (a clicked node or link) narrows the table to the flows through it; a clicked row
// highlights that flow on the canvas.
import { useMemo, useState } from 'react';
import { useAnalysisStore } from '../../state/analysis-store';
import { useDesignStore } from '../../state/design-store';
import { useShownResult } from '../../state/results-store';
import { clearSelection, openPanel, useUiStore } from '../../state/ui-store';
import {
  type FlowRow,
  filterRows,
  flowRows,
  fmtCost,
  fmtMs,
  fmtPct,
  type Sort,
  type SortKey,
  STATE_LABELS,
  sortRows,
} from './flow-table';
import './analysis.css';

/** Rows drawn at once: a 1,000-site design has tens of thousands of flows; filter to see more. */
const ROW_LIMIT = 300;

const COLUMNS: { key: SortKey; title: string; numeric?: boolean }[] = [
  { key: 'site', title: 'Site' },
  { key: 'class', title: 'Class' },
  { key: 'destination', title: 'Destination' },
  { key: 'egress', title: 'Egress hub' },
  { key: 'latency', title: 'Latency', numeric: true },
  { key: 'loss', title: 'Loss', numeric: true },
  { key: 'jitter', title: 'Jitter', numeric: true },
  { key: 'demand', title: 'Mbps', numeric: true },
  { key: 'cost', title: 'Cost / month', numeric: true },
  { key: 'state', title: 'State' },
];

export default function FlowsPanel() {
  const design = useDesignStore((s) => s.design);
  const result = useShownResult();
  const selectedClass = useAnalysisStore((s) => s.selectedClass);
  const selectedFlow = useAnalysisStore((s) => s.selectedFlow);
  const selectFlow = useAnalysisStore((s) => s.selectFlow);
  const selection = useUiStore((s) => s.selection);
  const [text, setText] = useState('');
  const [state, setState] = useState<'all' | 'problems' | keyof typeof STATE_LABELS>('all');
  const [sort, setSort] = useState<Sort>({ key: 'state', dir: 'asc' });

  const rows = useMemo(() => (result ? flowRows(design, result.flows) : []), [design, result]);
  const shown = useMemo(
    () =>
      sortRows(
        filterRows(rows, {
          text,
          state,
          trafficClass: selectedClass,
          throughNodes: selection.nodeIds,
          throughLinks: selection.linkIds,
        }),
        sort,
      ),
    [rows, text, state, selectedClass, selection, sort],
  );
  const through = [...selection.nodeIds, ...selection.linkIds];

  if (!result) return <p className="ap ap-help">No results yet: the engine is computing the design.</p>;
  return (
    <div data-testid="flows-panel">
      <div className="ap-flows-head">
        <input
          className="ap-input"
          type="search"
          placeholder="Filter: site, class, hub, destination…"
          aria-label="Filter flows"
          data-testid="flows-filter"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select
          className="ap-select"
          aria-label="Flow state"
          data-testid="flows-state"
          value={state}
          onChange={(e) => setState(e.target.value as typeof state)}
        >
          <option value="all">every state</option>
          <option value="problems">problems only</option>
          {Object.entries(STATE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {through.length > 0 ? (
          <span className="ap-chip" data-testid="flows-through">
            through {through.join(', ')}
            <button type="button" className="ap-link" onClick={clearSelection} aria-label="Clear the element filter">
              ✕
            </button>
          </span>
        ) : (
          <span className="muted">Click a node or link on the canvas to list the flows through it.</span>
        )}
        <span className="muted" data-testid="flows-count">
          {shown.length} of {rows.length} flows
        </span>
      </div>
      <table className="ap-table" data-testid="flows-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  data-testid={`flows-sort-${c.key}`}
                  onClick={() =>
                    setSort((s) => ({ key: c.key, dir: s.key === c.key && s.dir === 'asc' ? 'desc' : 'asc' }))
                  }
                >
                  {c.title}
                  {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
            <th>Path</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, ROW_LIMIT).map((r) => (
            <Row
              key={r.id}
              row={r}
              selected={r.id === selectedFlow}
              onSelect={() => selectFlow(r.id === selectedFlow ? null : r.id)}
            />
          ))}
        </tbody>
      </table>
      {shown.length > ROW_LIMIT ? (
        <p className="ap ap-help">
          Showing the first {ROW_LIMIT} of {shown.length}: filter to narrow the list.
        </p>
      ) : null}
    </div>
  );
}

function Row({ row: r, selected, onSelect }: { row: FlowRow; selected: boolean; onSelect: () => void }) {
  const breach = (metric: FlowRow['slaBreaches'][number]) => (r.slaBreaches.includes(metric) ? 'num ap-bad' : 'num');
  const limit = (v: number | undefined, unit: string) => (v === undefined ? '' : ` (SLA ${v} ${unit})`);
  return (
    <tr
      aria-selected={selected}
      data-testid={`flow-row-${r.id}`}
      data-state={r.state}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') onSelect();
      }}
      tabIndex={0}
    >
      <td>{r.siteName}</td>
      <td>
        <span className="ap-row">
          <span className="ap-swatch" style={{ background: r.classColor }} />
          {r.className}
        </span>
      </td>
      <td>{r.destinationName}</td>
      <td data-testid="flow-egress">{r.egressName}</td>
      <td className={breach('latency')} title={`latency${limit(r.sla?.maxLatencyMs, 'ms')}`}>
        {r.pathText === '—' ? '—' : fmtMs(r.latencyMs)}
      </td>
      <td className={breach('loss')} title={`loss${limit(r.sla?.maxLossPct, '%')}`}>
        {r.pathText === '—' ? '—' : fmtPct(r.lossPct)}
      </td>
      <td className={breach('jitter')} title={`jitter${limit(r.sla?.maxJitterMs, 'ms')}`}>
        {r.pathText === '—' ? '—' : fmtMs(r.jitterMs)}
      </td>
      <td className="num">{Number(r.demandMbps.toFixed(1))}</td>
      <td className="num">{fmtCost(r.costPerMonth)}</td>
      <td>
        <span className="ap-state" data-state={r.state}>
          {STATE_LABELS[r.state]}
        </span>
      </td>
      <td className="muted">{r.pathText}</td>
      <td>
        <button
          type="button"
          className="ap-link"
          data-testid={`flow-why-${r.id}`}
          onClick={(e) => {
            e.stopPropagation();
            useAnalysisStore.getState().selectFlow(r.id);
            openPanel('right', 'why');
          }}
        >
          why?
        </button>
      </td>
    </tr>
  );
}
