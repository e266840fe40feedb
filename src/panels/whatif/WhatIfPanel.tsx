// Failure analysis: fail nodes and links by clicking them on the canvas (hard, silent or
// degraded), or circuits, regions and providers from the menu; see what moved, what dropped,
// the new violations and, per moved flow, how long convergence takes and why.
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { SearchSelect } from '../../app/search-select/SearchSelect';
import { useRevealed } from '../../app/useRevealed';
import type { FlowChange, FlowConvergence } from '../../engine/types';
import type { Design, Failure } from '../../model';
import { type ClickFailureMode, useAnalysisStore } from '../../state/analysis-store';
import { updateDesign, useDesignStore } from '../../state/design-store';
import { useResultsStore } from '../../state/results-store';
import { STATE_LABELS } from '../flows/flow-table';
import { Legend } from '../legend/Legend';
import { ComputeStatus } from '../status/ComputeStatus';
import { describeFailure, failureTargets, formatSeconds, phaseShares, saveScenario } from './scenario-summary';
import { CARD_LIMIT, type ScenarioView } from './scenario-view';
import '../flows/analysis.css';

const KINDS: { kind: Failure['kind']; label: string }[] = [
  { kind: 'circuit', label: 'Shared circuit' },
  { kind: 'region', label: 'Cloud region' },
  { kind: 'provider', label: 'Cloud provider' },
  { kind: 'node', label: 'Node' },
  { kind: 'link', label: 'Link' },
];

export default function WhatIfPanel() {
  const design = useDesignStore((s) => s.design);
  const a = useAnalysisStore();
  // Deferred: the report of a newly arrived scenario renders after the message that brought it,
  // in a render React splits into short slices (on a 1,000-node page the arrival's panels, flow
  // table and canvas rendered in one frame made a task over 50 ms, #5).
  const scenario = useDeferredValue(useResultsStore((s) => s.scenario));
  const whatIf = a.mode === 'what-if';

  return (
    <div className="ap" data-testid="whatif-panel">
      <div className="ap-row">
        <button
          type="button"
          className={`btn ${whatIf ? 'btn-outline' : 'btn-danger'}`}
          data-testid="whatif-toggle"
          onClick={() => a.setMode(whatIf ? 'design' : 'what-if')}
        >
          {whatIf ? '← Back to normal operation' : '⚡ Start failure analysis'}
        </button>
        {whatIf ? <ComputeStatus /> : null}
      </div>
      {!whatIf ? (
        <p className="ap-help">
          Break things and see where traffic goes: in failure analysis a click on a node or link fails it instead of
          selecting it, and the canvas shows the new paths, what was dropped and how long each flow takes to converge.
        </p>
      ) : (
        <>
          <ClickMode />
          <MenuFailure design={design} />
          <FailureList design={design} />
          <SavedScenarios design={design} />
          {a.failures.length > 0 && scenario ? <ScenarioReport scenario={scenario} design={design} /> : null}
          <Legend view="what-if" />
        </>
      )}
    </div>
  );
}

function ClickMode() {
  const mode = useAnalysisStore((s) => s.clickFailureMode);
  const degradeBy = useAnalysisStore((s) => s.degradeBy);
  const setMode = useAnalysisStore((s) => s.setClickFailureMode);
  const setDegradeBy = useAnalysisStore((s) => s.setDegradeBy);
  const options: { mode: ClickFailureMode; label: string; help: string }[] = [
    { mode: 'hard', label: 'Hard', help: 'interface down: noticed at once' },
    { mode: 'silent', label: 'Silent', help: 'packets lost, interface up: noticed by BFD, probes or the hold timer' },
    { mode: 'degrade', label: 'Degrade', help: 'the link stays up with added latency and loss (links only)' },
  ];
  return (
    <div>
      <h3>A click on the canvas fails it…</h3>
      <div className="ap-row">
        {options.map((o) => (
          <button
            key={o.mode}
            type="button"
            className="ap-chip"
            aria-pressed={mode === o.mode}
            title={o.help}
            data-testid={`click-mode-${o.mode}`}
            onClick={() => setMode(o.mode)}
          >
            {o.label}
          </button>
        ))}
      </div>
      <p className="ap-help">
        {options.find((o) => o.mode === mode)?.help}. Click a failed element again to restore it.
      </p>
      {mode === 'degrade' ? (
        <div className="ap-row">
          <label>
            + latency{' '}
            <input
              className="ap-input"
              style={{ minWidth: 0, width: 70 }}
              type="number"
              min={0}
              value={degradeBy.addLatencyMs}
              onChange={(e) => setDegradeBy({ ...degradeBy, addLatencyMs: Math.max(0, Number(e.target.value) || 0) })}
            />{' '}
            ms
          </label>
          <label>
            + loss{' '}
            <input
              className="ap-input"
              style={{ minWidth: 0, width: 60 }}
              type="number"
              min={0}
              max={100}
              step={0.1}
              value={degradeBy.addLossPct}
              onChange={(e) =>
                setDegradeBy({ ...degradeBy, addLossPct: Math.min(100, Math.max(0, Number(e.target.value) || 0)) })
              }
            />{' '}
            %
          </label>
        </div>
      ) : null}
    </div>
  );
}

/** Memoised: the panel re-renders on every failure clicked and every scenario result. The target
 * is picked by search (SearchSelect): a 1,000-node design has 2,000 links to choose from. */
const MenuFailure = memo(function MenuFailure({ design }: { design: Design }) {
  const [kind, setKind] = useState<Failure['kind']>('circuit');
  const [target, setTarget] = useState('');
  const [mode, setMode] = useState<'hard' | 'silent'>('hard');
  const putFailure = useAnalysisStore((s) => s.putFailure);
  const targets = useMemo(() => failureTargets(design, kind), [design, kind]);
  const chosen = targets.some((t) => t.value === target) ? target : (targets[0]?.value ?? '');
  return (
    <div>
      <h3>…or fail from the menu</h3>
      <div className="ap-row">
        <select
          className="ap-select"
          aria-label="What to fail"
          data-testid="whatif-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as Failure['kind'])}
        >
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
        <SearchSelect
          options={targets}
          value={chosen || null}
          onChange={(value) => {
            if (value) setTarget(value);
          }}
          ariaLabel="Which one"
          placeholder="none in this design"
          testId="whatif-target"
        />
        <select
          className="ap-select"
          aria-label="How"
          data-testid="whatif-mode"
          value={mode}
          onChange={(e) => setMode(e.target.value as 'hard' | 'silent')}
        >
          <option value="hard">hard</option>
          <option value="silent">silent</option>
        </select>
        <button
          type="button"
          className="btn btn-small"
          data-testid="whatif-add"
          disabled={!chosen}
          onClick={() => putFailure({ kind, target: chosen, mode })}
        >
          Fail it
        </button>
      </div>
    </div>
  );
});

function FailureList({ design }: { design: Design }) {
  const failures = useAnalysisStore((s) => s.failures);
  const removeFailure = useAnalysisStore((s) => s.removeFailure);
  const clearFailures = useAnalysisStore((s) => s.clearFailures);
  return (
    <div data-testid="whatif-failures">
      <h3>Failed now</h3>
      {failures.length === 0 ? (
        <p className="ap-help">Nothing failed yet: click a hub on the canvas to start.</p>
      ) : (
        <ul className="ap-list">
          {failures.map((f) => (
            <li key={`${f.kind}:${f.target}`}>
              {describeFailure(f, design)}{' '}
              <button
                type="button"
                className="ap-link"
                aria-label={`Restore ${f.target}`}
                onClick={() => removeFailure(f.kind, f.target)}
              >
                restore
              </button>
            </li>
          ))}
          <li style={{ listStyle: 'none' }}>
            <button type="button" className="ap-link" onClick={clearFailures}>
              restore everything
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}

function SavedScenarios({ design }: { design: Design }) {
  const failures = useAnalysisStore((s) => s.failures);
  const setFailures = useAnalysisStore((s) => s.setFailures);
  const [name, setName] = useState('');
  return (
    <div data-testid="whatif-scenarios">
      <h3>Scenarios saved in the design</h3>
      <div className="ap-row">
        {design.scenarios.map((s) => (
          <button
            key={s.id}
            type="button"
            className="ap-chip"
            data-testid={`scenario-${s.id}`}
            title={s.failures.map((f) => describeFailure(f, design)).join('; ')}
            onClick={() => setFailures(s.failures)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <form
        className="ap-row"
        style={{ marginTop: 6 }}
        onSubmit={(e) => {
          e.preventDefault();
          updateDesign(`Save scenario ${name.trim()}`, (d) => saveScenario(d, name, failures));
          setName('');
        }}
      >
        <input
          className="ap-input"
          placeholder="Name this scenario"
          aria-label="Scenario name"
          data-testid="scenario-name"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="btn btn-small" disabled={!name.trim() || failures.length === 0}>
          Save
        </button>
      </form>
    </div>
  );
}

/** Cards laid out per frame: about 30 layout objects each. */
const CARDS_PER_FRAME = 4;

/** The worker sends the first CARD_LIMIT moved and dropped flows (scenario-view.ts): a hub
 * failure in a big design moves thousands; the flow table lists them all. */
function ScenarioReport({ scenario: d, design }: { scenario: ScenarioView; design: Design }) {
  // Moved cards, then dropped ones, a few per frame (useRevealed.ts).
  const revealed = useRevealed(d, d.moved.length + d.dropped.length, CARDS_PER_FRAME);
  const moved = d.moved.slice(0, revealed);
  const dropped = d.dropped.slice(0, Math.max(0, revealed - d.moved.length));
  // Once per design, not per render: the cards above re-render the report a few times per scenario.
  const names = useMemo(() => new Map(design.nodes.map((n) => [n.id, n.name])), [design.nodes]);
  const classes = useMemo(() => new Map(design.trafficClasses.map((c) => [c.id, c])), [design.trafficClasses]);
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : '—');
  const label = (c: FlowChange) => (
    <>
      <span className="ap-swatch" style={{ background: classes.get(c.trafficClass)?.color ?? '#64748b' }} />{' '}
      {name(c.site)} · {classes.get(c.trafficClass)?.name ?? c.trafficClass} → {name(c.destination)}
    </>
  );
  return (
    <div data-testid="whatif-report" style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <h3>What happens</h3>
      <p style={{ margin: 0 }} data-testid="whatif-summary">
        <b>{d.movedCount}</b> moved · <b className={d.droppedCount ? 'ap-bad' : undefined}>{d.droppedCount}</b> dropped
        · {d.newSlaMisses} new SLA misses · {d.newComplianceBlocks} new compliance blocks · {d.newOverloads.length} new
        overloads · worst convergence <b>{formatSeconds(d.worstConvergenceS)}</b>
      </p>
      {d.movedCount > 0 ? (
        <div>
          <h3>Moved</h3>
          {moved.map((c) => (
            <div key={c.flowId} className="ap-card" data-testid={`moved-${c.flowId}`} style={{ marginTop: 6 }}>
              <div className="ap-row">{label(c)}</div>
              <div>
                egress <b>{name(c.before.egressHub)}</b> → <b data-testid="moved-to">{name(c.after.egressHub)}</b>
                {c.after.state !== 'ok' ? <span className="ap-warn"> ({STATE_LABELS[c.after.state]})</span> : null}
              </div>
              <Timeline convergence={d.convergence[c.flowId]} />
            </div>
          ))}
          <More shown={CARD_LIMIT} total={d.movedCount} />
        </div>
      ) : null}
      {d.droppedCount > 0 ? (
        <div>
          <h3>Dropped</h3>
          {dropped.map((c) => (
            <div key={c.flowId} className="ap-card" data-testid={`dropped-${c.flowId}`} style={{ marginTop: 6 }}>
              <div className="ap-row">
                {label(c)}
                <span className="ap-state" data-state={c.after.state}>
                  {STATE_LABELS[c.after.state]}
                </span>
              </div>
              <div className="muted">was via {name(c.before.egressHub)}</div>
              <div style={{ whiteSpace: 'normal' }}>{d.droppedWhy[c.flowId]}</div>
            </div>
          ))}
          <More shown={CARD_LIMIT} total={d.droppedCount} />
        </div>
      ) : null}
      {d.newOverloads.length > 0 ? (
        <p className="ap-bad" style={{ margin: 0 }}>
          Over capacity after the failure: {d.newOverloads.join(', ')}
        </p>
      ) : null}
    </div>
  );
}

function More({ shown, total }: { shown: number; total: number }) {
  return total > shown ? <p className="ap-help">…and {total - shown} more: the flow table lists them all.</p> : null;
}

function Timeline({ convergence: c }: { convergence: FlowConvergence | undefined }) {
  if (!c) return <p className="ap-help">No convergence estimate for this flow.</p>;
  const share = phaseShares(c.phases);
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  return (
    <div style={{ marginTop: 6 }} data-testid="convergence">
      <div className="ap-row" style={{ justifyContent: 'space-between' }}>
        <span>
          converges in <b data-testid="convergence-total">{formatSeconds(c.phases.totalS)}</b>
        </span>
        <span className="muted">
          measured range {formatSeconds(c.range.minS)} – {formatSeconds(c.range.maxS)}
        </span>
      </div>
      <div className="ap-timeline" role="img" aria-label="convergence timeline">
        <span className="ap-tl-detect" style={{ width: pct(share.detection) }} />
        <span className="ap-tl-prop" style={{ width: pct(share.propagation) }} />
        <span className="ap-tl-fib" style={{ width: pct(share.fib) }} />
      </div>
      <div className="ap-row small" style={{ marginTop: 3 }}>
        <span>
          <span className="ap-swatch ap-tl-detect" /> detection{' '}
          <b data-testid="convergence-detection">{formatSeconds(c.phases.detectionS)}</b>
          {c.mechanism ? ` (${c.detection}, ${c.mechanism})` : ` (${c.detection})`}
        </span>
        <span>
          <span className="ap-swatch ap-tl-prop" /> propagation {formatSeconds(c.phases.propagationS)}
        </span>
        <span>
          <span className="ap-swatch ap-tl-fib" /> forwarding update {formatSeconds(c.phases.fibS)}
        </span>
      </div>
      <p className="ap-help" style={{ marginTop: 3 }}>
        {c.note}
      </p>
    </div>
  );
}
