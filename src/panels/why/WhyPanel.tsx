// Why a flow goes where it goes: the site's BGP routes side by side with the step that decided,
// then the steering rule that fired and every steering candidate with what excluded it.
import { useEffect, useState } from 'react';
import type { Flow, FlowExplanation, RouteCandidate, SteeringCandidate, SteeringRule } from '../../engine/types';
import { useAnalysisStore } from '../../state/analysis-store';
import { useDesignStore } from '../../state/design-store';
import { explainFlow } from '../../state/live-compute';
import { useShownResult } from '../../state/results-store';
import { fmtCost, fmtMs, fmtPct, STATE_LABELS } from '../flows/flow-table';
import { routeAttributes, STEP_MEANING } from './attributes';
import '../flows/analysis.css';

export default function WhyPanel() {
  const result = useShownResult();
  const design = useDesignStore((s) => s.design);
  const selectedFlow = useAnalysisStore((s) => s.selectedFlow);
  const selectFlow = useAnalysisStore((s) => s.selectFlow);
  const names = new Map(design.nodes.map((n) => [n.id, n.name]));
  const name = (id: string | null | undefined) => (id ? (names.get(id) ?? id) : '—');
  const classNames = new Map(design.trafficClasses.map((c) => [c.id, c.name]));
  const flow = result?.flows.find((f) => f.id === selectedFlow) ?? null;
  const flowLabel = (f: Flow) =>
    `${name(f.site)} · ${classNames.get(f.trafficClass) ?? f.trafficClass} → ${name(f.destination)}`;

  return (
    <div className="ap" data-testid="why-panel">
      <label>
        Flow{' '}
        <select
          className="ap-select"
          data-testid="why-flow"
          value={flow?.id ?? ''}
          onChange={(e) => selectFlow(e.target.value || null)}
        >
          <option value="">choose a flow…</option>
          {(result?.flows ?? []).slice(0, 2000).map((f) => (
            <option key={f.id} value={f.id}>
              {flowLabel(f)}
            </option>
          ))}
        </select>
      </label>
      {!flow ? (
        <p className="ap-help">Pick a flow here or click "why?" in the flow table to see how its path was chosen.</p>
      ) : (
        <Explanation key={flow.id} flow={flow} name={name} />
      )}
    </div>
  );
}

/** The whole explanation of a flow, fetched from the engine: results on the main thread carry
 * only its summary (see panels/whatif/analysis-protocol.ts). Null while loading. */
function useFullExplanation(flow: Flow): FlowExplanation | null {
  const source = useAnalysisStore((s) => (s.mode === 'what-if' && s.failures.length > 0 ? 'scenario' : 'baseline'));
  const [full, setFull] = useState<{ flow: Flow; explanation: FlowExplanation } | null>(null);
  useEffect(() => {
    let live = true;
    void explainFlow(flow.id, source).then((explanation) => {
      // Without an engine (or a flow it no longer has), what the result carries is all there is.
      if (live) setFull({ flow, explanation: explanation ?? flow.explanation });
    });
    return () => {
      live = false;
    };
  }, [flow, source]);
  return full?.flow === flow ? full.explanation : null;
}

function Explanation({ flow, name }: { flow: Flow; name: (id: string | null | undefined) => string }) {
  const full = useFullExplanation(flow);
  const explanation = full ?? flow.explanation;
  const bgp = explanation.bgp;
  const routes: { c: RouteCandidate; beatenAt: string | null }[] = bgp?.best
    ? [{ c: bgp.best, beatenAt: null }, ...bgp.rivals.map((r) => ({ c: r.candidate, beatenAt: r.beatenAt }))]
    : [];
  return (
    <>
      <p style={{ margin: 0 }}>
        <span className="ap-state" data-state={flow.state}>
          {STATE_LABELS[flow.state]}
        </span>{' '}
        <span data-testid="why-summary">{explanation.summary}</span>
      </p>
      {flow.returnAsymmetric ? (
        <p className="ap-bad" style={{ margin: 0 }}>
          Return traffic comes back through {flow.returnHubs.map(name).join(', ')}, not {name(flow.egressHub)}: stateful
          inspection breaks.
        </p>
      ) : null}

      {full ? null : <p className="ap-help">Loading the full explanation…</p>}
      <h3>1 · BGP at {name(bgp?.node)}</h3>
      {bgp ? (
        <>
          <p style={{ margin: 0 }}>
            Route to <code>{bgp.prefix}</code> decided by{' '}
            <span className="ap-step" data-testid="deciding-step">
              {bgp.decidingStep ?? '—'}
            </span>
            {bgp.decidingStep && STEP_MEANING[bgp.decidingStep] ? (
              <span className="muted"> — {STEP_MEANING[bgp.decidingStep]}</span>
            ) : null}
          </p>
          {bgp.arrivalOrderDependent ? (
            <p className="ap-warn" style={{ margin: 0 }}>
              Arrival-order dependent: a real router may keep whichever equal route it learned first. Turn on
              compare-routerid for a deterministic choice.
            </p>
          ) : null}
          {bgp.possibleReasons.length > 1 ? (
            <p className="ap-help">
              FRR reports only its last comparison, so <code>show bgp</code> may say: {bgp.possibleReasons.join(', ')}.
            </p>
          ) : null}
          <div className="ap-cards" data-testid="bgp-routes">
            {routes.map(({ c, beatenAt }) => (
              <div
                key={`${c.fromNode}:${c.viaLink ?? 'local'}`}
                className="ap-card"
                data-chosen={beatenAt === null}
                data-testid={`bgp-route-${c.fromNode}`}
              >
                <b>via {name(c.fromNode)}</b>
                <div className="muted">{beatenAt === null ? 'best' : `lost at ${beatenAt}`}</div>
                <dl className="ap-kv">
                  {routeAttributes(c).map((row) => {
                    const decides = row.step === (beatenAt ?? bgp.decidingStep);
                    return (
                      <Kv key={row.label} label={row.label} decides={decides}>
                        {row.value}
                      </Kv>
                    );
                  })}
                </dl>
              </div>
            ))}
          </div>
        </>
      ) : (
        <p className="ap-help">The site holds no route for this destination.</p>
      )}

      <h3>2 · Steering rule</h3>
      <p style={{ margin: 0 }} data-testid="steering-rule">
        <b>{ruleText(explanation.steering.rule)}</b>
        {explanation.steering.detail ? <span className="muted"> — {explanation.steering.detail}</span> : null}
      </p>

      <h3>3 · Candidates</h3>
      <div className="ap-cards" data-testid="steering-candidates">
        {explanation.candidates.map((c) => (
          <CandidateCard key={`${c.viaLink}:${c.egressHub ?? ''}`} c={c} name={name} />
        ))}
      </div>

      {explanation.steps.length > 0 ? (
        <>
          <h3>Reasoning</h3>
          <ol className="ap-list">
            {explanation.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

function CandidateCard({ c, name }: { c: SteeringCandidate; name: (id: string | null | undefined) => string }) {
  const hard = c.excludedBy.filter((r) => r !== 'sla');
  return (
    <div className="ap-card" data-chosen={c.chosen} data-excluded={hard.length > 0}>
      <b>
        via {name(c.viaNode)} → egress {name(c.egressHub)}
      </b>
      <div className={c.chosen ? 'ap-good' : hard.length > 0 ? 'ap-bad' : 'muted'}>
        {c.chosen
          ? `chosen${c.share < 1 ? ` (${Math.round(c.share * 100)} %)` : ''}`
          : hard.length > 0
            ? `excluded: ${hard.join(', ')}`
            : 'not chosen'}
      </div>
      <dl className="ap-kv">
        <Kv label="Link">{c.viaLink}</Kv>
        <Kv label="Latency">{fmtMs(c.latencyMs)}</Kv>
        <Kv label="Loss">{fmtPct(c.lossPct)}</Kv>
        <Kv label="Jitter">{fmtMs(c.jitterMs)}</Kv>
        <Kv label="Path cost">{fmtCost(c.pathCostPerMonth)}/mo</Kv>
        <Kv label="BGP rank">
          {c.bgpRank + 1}
          {c.bgpEcmp ? ' (ECMP)' : ''}
        </Kv>
        <Kv label="Meets SLA" decides={!c.meetsSla}>
          {c.meetsSla ? 'yes' : 'no'}
        </Kv>
      </dl>
      {c.exclusionDetails.length > 0 ? (
        <ul className="ap-list" style={{ marginTop: 6 }}>
          {c.exclusionDetails.map((d) => (
            <li key={d} className="ap-bad">
              {d}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Kv({ label, decides = false, children }: { label: string; decides?: boolean; children: React.ReactNode }) {
  return (
    <>
      <dt data-decides={decides}>{label}</dt>
      <dd data-decides={decides}>{children}</dd>
    </>
  );
}

export function ruleText(rule: SteeringRule): string {
  switch (rule.kind) {
    case 'pbr':
      return `PBR rule ${rule.ruleId} fired`;
    case 'strategy':
      return `class strategy: ${rule.strategy}`;
    case 'fallback':
      return `nothing met the SLA: fallback ${rule.fallback}`;
    case 'none':
      return 'no rule: no candidate route';
  }
}
