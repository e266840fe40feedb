// Every site × class × destination flow: where it egresses, its path, its metrics against the
// class's SLA, its cost and state. Sort by any column, filter by text or state; the canvas
// selection (a clicked node or link) narrows the table to the flows through it; a clicked row
// highlights that flow on the canvas. A 1,000-site design has tens of thousands of flows: the
// worker filters and sorts them (it holds the flows) and answers with the row order; the table
// draws only the rows in view from the columns the result brought (flow-columns.ts).
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useAnalysisStore } from '../../state/analysis-store';
import { queryFlowOrder } from '../../state/live-compute';
import { useShownResult } from '../../state/results-store';
import { clearSelection, openPanel, useUiStore } from '../../state/ui-store';
import type { ResultView } from '../../worker/analysis-view';
import { columnRow, type FlowRowView } from './flow-columns';
import { type FlowFilter, fmtCost, fmtMs, fmtPct, type Sort, type SortKey, STATE_LABELS } from './flow-table';
import './analysis.css';

/** Every row is this tall (analysis.css .ap-flows-scroll), so the rows in view follow from the
 * scroll position alone. */
const ROW_HEIGHT = 26;
/** Rows drawn above and below the visible ones, so a quick scroll does not show blanks. */
const OVERSCAN = 12;

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

/** A result with the order its rows are drawn in: they always travel together, so a new result
 * never shows through an old order. */
interface Ordered {
  result: ResultView;
  order: Uint32Array;
}

/** Asks the worker for the rows to draw whenever the result, filter or sort changes; the last
 * answer stays on screen until the next one arrives (a few ms, or the end of a recompute). */
function useFlowOrder(result: ResultView | null, filter: FlowFilter, sort: Sort): Ordered | null {
  const [ordered, setOrdered] = useState<Ordered | null>(null);
  useEffect(() => {
    if (!result) return;
    let live = true;
    void queryFlowOrder({ ticket: result.ticket, filter, sort }).then((order) => {
      if (!live) return;
      if (order) setOrdered({ result, order });
      // No answer: the worker dropped this result for a newer one on its way (keep what is
      // shown), or there is no engine at all (the engine's order, unfiltered).
      else setOrdered((shown) => shown ?? { result, order: identity(result.flows.count) });
    });
    return () => {
      live = false;
    };
  }, [result, filter, sort]);
  return ordered;
}

const identity = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

export default function FlowsPanel() {
  // Deferred like the what-if report: a new result's rows render after the message that brought it.
  const result = useDeferredValue(useShownResult());
  const selectedClass = useAnalysisStore((s) => s.selectedClass);
  const selectedFlow = useAnalysisStore((s) => s.selectedFlow);
  const selectFlow = useAnalysisStore((s) => s.selectFlow);
  const selection = useUiStore((s) => s.selection);
  const [text, setText] = useState('');
  const [state, setState] = useState<'all' | 'problems' | keyof typeof STATE_LABELS>('all');
  const [sort, setSort] = useState<Sort>({ key: 'state', dir: 'asc' });
  const filter = useMemo<FlowFilter>(
    () => ({
      text,
      state,
      trafficClass: selectedClass,
      throughNodes: selection.nodeIds,
      throughLinks: selection.linkIds,
    }),
    [text, state, selectedClass, selection],
  );
  const ordered = useFlowOrder(result, filter, sort);
  const through = [...selection.nodeIds, ...selection.linkIds];
  // Stable, so the memoised table re-renders only when its rows or their selection change: this
  // panel re-renders with every result and every analysis-state change, and the table's rows
  // with it were a few ms of every what-if result's arrival task (#5).
  const onSort = useCallback(
    (key: SortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' })),
    [],
  );
  const onSelect = useCallback(
    (id: string) => selectFlow(useAnalysisStore.getState().selectedFlow === id ? null : id),
    [selectFlow],
  );

  if (!result) return <p className="ap ap-help">No results yet: the engine is computing the design.</p>;
  return (
    <div className="ap-flows" data-testid="flows-panel">
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
          {ordered ? `${ordered.order.length} of ${ordered.result.flows.count} flows` : 'sorting…'}
        </span>
      </div>
      <VirtualTable ordered={ordered} sort={sort} onSort={onSort} selectedFlow={selectedFlow} onSelect={onSelect} />
    </div>
  );
}

/** The table body holds only the rows in view (plus a margin) between two spacer rows as tall
 * as the rows left out, so the scroll bar is the whole list's. */
const VirtualTable = memo(function VirtualTable({
  ordered,
  sort,
  onSort,
  selectedFlow,
  onSelect,
}: {
  ordered: Ordered | null;
  sort: Sort;
  onSort: (key: SortKey) => void;
  selectedFlow: string | null;
  onSelect: (id: string) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setView((v) =>
        v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  const total = ordered?.order.length ?? 0;
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const rows: FlowRowView[] = [];
  if (ordered) for (let i = first; i < last; i++) rows.push(columnRow(ordered.result.flows, ordered.order[i]!));

  return (
    <div className="ap-flows-scroll" ref={scroller}>
      <table className="ap-table" data-testid="flows-table" aria-rowcount={total}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" data-testid={`flows-sort-${c.key}`} onClick={() => onSort(c.key)}>
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
          {first > 0 ? <Spacer rows={first} /> : null}
          {rows.map((r, slot) => (
            // Keyed by screen slot, not flow: a new result or order rewrites the rows' text in
            // place instead of replacing every row element (#5: on a 1,000-node page a table of
            // new rows was a long layout in the frame a what-if result arrived).
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are screen slots of a virtualised list
            <Row key={first + slot} row={r} selected={r.id === selectedFlow} onSelect={() => onSelect(r.id)} />
          ))}
          {last < total ? <Spacer rows={total - last} /> : null}
        </tbody>
      </table>
    </div>
  );
});

/** Stands in for rows not drawn (a row without cells would collapse). */
function Spacer({ rows }: { rows: number }) {
  return (
    <tr className="ap-spacer">
      <td colSpan={COLUMNS.length + 2} style={{ height: rows * ROW_HEIGHT, padding: 0, border: 0 }} />
    </tr>
  );
}

function Row({ row: r, selected, onSelect }: { row: FlowRowView; selected: boolean; onSelect: () => void }) {
  const breach = (metric: FlowRowView['slaBreaches'][number]) =>
    r.slaBreaches.includes(metric) ? 'num ap-bad' : 'num';
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
