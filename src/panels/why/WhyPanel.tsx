// Why a flow goes where it goes: the site's BGP routes side by side with the step that decided,
// then the steering rule that fired and every steering candidate with what excluded it. The
// main thread holds only the flow table's columns; the flow with its whole explanation comes
// from the worker that holds the result.
import { useCallback, useEffect, useState } from 'react';
import { SearchSelect } from '../../app/search-select/SearchSelect';
import type { PickOption } from '../../app/search-select/search-options';
import type { Flow, RouteCandidate, SteeringCandidate, SteeringRule } from '../../engine/types';
import { useAnalysisStore } from '../../state/analysis-store';
import { useDesignStore } from '../../state/design-store';
import { whyFlow } from '../../state/live-compute';
import { useShownResult } from '../../state/results-store';
import type { ResultView } from '../../worker/analysis-view';
import { flowIdAt, indexOfFlow } from '../flows/flow-columns';
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
  const flowLabel = (id: string) => {
    const [site, cls, destination] = id.split('|');
    return `${name(site)} · ${classNames.get(cls ?? '') ?? cls} → ${name(destination)}`;
  };
  // Every flow of the result, found by typing a site, class or destination (SearchSelect): built
  // when the picker opens, not with every result (27,000 labels are a 15-45 ms task).
  // biome-ignore lint/correctness/useExhaustiveDependencies: flowLabel reads only the design
  const options = useCallback(() => {
    const list: PickOption[] = [];
    if (result)
      for (let i = 0; i < result.flows.count; i++) {
        const id = flowIdAt(result.flows, i);
        list.push({ value: id, label: flowLabel(id) });
      }
    return list;
  }, [result, design]);
  const known = result !== null && selectedFlow !== null && indexOfFlow(result.flows, selectedFlow) >= 0;
  const flow = useWhyFlow(result, known ? selectedFlow : null);

  return (
    <div className="ap" data-testid="why-panel">
      <span className="ap-pick">
        Flow
        <SearchSelect
          options={options}
          value={known ? selectedFlow : null}
          valueLabel={known && selectedFlow ? flowLabel(selectedFlow) : undefined}
          onChange={(value) => selectFlow(value)}
          ariaLabel="Flow to explain"
          placeholder="type a site, class or destination…"
          testId="why-flow"
          className="ss-wide"
        />
      </span>
      {!known ? (
        <p className="ap-help">Pick a flow here or click "why?" in the flow table to see how its path was chosen.</p>
      ) : !flow ? (
        <p className="ap-help">Loading the explanation…</p>
      ) : (
        <Explanation key={flow.id} flow={flow} name={name} />
      )}
    </div>
  );
}

/** The flow with its whole explanation, from the worker holding the result; null while loading. */
function useWhyFlow(result: ResultView | null, flowId: string | null): Flow | null {
  const [got, setGot] = useState<{ ticket: number; flow: Flow } | null>(null);
  const ticket = result?.ticket ?? null;
  useEffect(() => {
    if (ticket === null || flowId === null) return;
    let live = true;
    void whyFlow(ticket, flowId).then((flow) => {
      if (live && flow) setGot({ ticket, flow });
    });
    return () => {
      live = false;
    };
  }, [ticket, flowId]);
  return got && got.ticket === ticket && got.flow.id === flowId ? got.flow : null;
}

function Explanation({ flow, name }: { flow: Flow; name: (id: string | null | undefined) => string }) {
  const explanation = flow.explanation;
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
