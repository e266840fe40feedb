// The steering view's controls: which traffic to show (class, site, destination), a one-line
// summary of how the design does, the egress hubs the chosen class uses, and the legend.
import { useMemo } from 'react';
import { SearchSelect } from '../../app/search-select/SearchSelect';
import { namedOption, type PickOption } from '../../app/search-select/search-options';
import type { TrafficClass } from '../../model';
import { useAnalysisStore } from '../../state/analysis-store';
import { useDesignStore } from '../../state/design-store';
import { useShownResult } from '../../state/results-store';
import { Legend } from '../legend/Legend';
import { ComputeStatus } from '../status/ComputeStatus';
import { type FocusSummary, summariseFocus } from './flow-columns';
import { fmtCost, STATE_LABELS } from './flow-table';
import './analysis.css';

export default function TrafficPanel() {
  const design = useDesignStore((s) => s.design);
  const result = useShownResult();
  const a = useAnalysisStore();
  // Picked by search (SearchSelect): a 1,000-site design has 1,000 sites to choose from.
  const siteOptions = useMemo(
    () =>
      focusOptions(
        'every site',
        design.nodes.filter((n) => n.kind === 'site'),
      ),
    [design.nodes],
  );
  const destinationOptions = useMemo(
    () =>
      focusOptions(
        'every destination',
        design.nodes.filter((n) => n.kind === 'cloud' || n.kind === 'internet'),
      ),
    [design.nodes],
  );
  const cls = design.trafficClasses.find((c) => c.id === a.selectedClass) ?? null;
  const summary = useMemo(
    () =>
      result
        ? summariseFocus(result.flows, {
            trafficClass: a.selectedClass,
            site: a.selectedSite,
            destination: a.selectedDestination,
          })
        : null,
    [result, a.selectedClass, a.selectedSite, a.selectedDestination],
  );
  const names = new Map(design.nodes.map((n) => [n.id, n.name]));

  return (
    <div className="ap" data-testid="traffic-panel">
      <ComputeStatus />
      <p className="ap-help">
        Pick a traffic class to see where it goes: its paths light up in its colour, moving in the direction of travel,
        and the hub where it leaves your network is ringed in green.
      </p>
      <h3>Traffic class</h3>
      <fieldset className="ap-row ap-fieldset" aria-label="Traffic class">
        <button
          type="button"
          className="ap-chip"
          aria-pressed={a.selectedClass === null}
          data-testid="class-chip-all"
          onClick={() => {
            a.setSelectedClass(null);
            a.selectFlow(null);
          }}
        >
          All classes
        </button>
        {design.trafficClasses.map((c) => (
          <button
            key={c.id}
            type="button"
            className="ap-chip"
            aria-pressed={a.selectedClass === c.id}
            data-testid={`class-chip-${c.id}`}
            title={describeClass(c)}
            onClick={() => {
              a.setSelectedClass(a.selectedClass === c.id ? null : c.id);
              a.selectFlow(null);
            }}
          >
            <span className="ap-swatch" style={{ background: c.color }} />
            {c.name}
          </button>
        ))}
      </fieldset>
      <div className="ap-row">
        <span className="ap-pick">
          From
          <SearchSelect
            options={siteOptions}
            value={a.selectedSite ?? ''}
            onChange={(value) => {
              a.setSelectedSite(value || null);
              a.selectFlow(null);
            }}
            ariaLabel="Traffic from site"
            testId="focus-site"
          />
        </span>
        <span className="ap-pick">
          to
          <SearchSelect
            options={destinationOptions}
            value={a.selectedDestination ?? ''}
            onChange={(value) => {
              a.setSelectedDestination(value || null);
              a.selectFlow(null);
            }}
            ariaLabel="Traffic to destination"
            testId="focus-destination"
          />
        </span>
      </div>
      {a.selectedFlow ? (
        <div className="ap-row">
          <span>
            Showing one flow:{' '}
            <b>
              {a.selectedFlow
                .split('|')
                .map((id) => names.get(id) ?? id)
                .join(' · ')}
            </b>
          </span>
          <button type="button" className="ap-link" onClick={() => a.selectFlow(null)}>
            show all
          </button>
        </div>
      ) : null}
      {cls ? <p className="ap-help">{describeClass(cls)}</p> : null}
      {summary ? <Summary summary={summary} names={names} /> : null}
      <Legend view="steering" />
    </div>
  );
}

/** "Every …" first (value ''), then the nodes by name with their ids (both searchable). */
function focusOptions(every: string, nodes: readonly { id: string; name: string }[]): PickOption[] {
  return [{ value: '', label: every }, ...nodes.map(namedOption)];
}

function Summary({ summary, names }: { summary: FocusSummary; names: Map<string, string> }) {
  const { byState, egressHubs: hubs, costPerMonth: cost } = summary;
  return (
    <div data-testid="traffic-summary">
      <h3>In view</h3>
      <p style={{ margin: '4px 0' }}>
        <b>{summary.flows}</b> flows ·{' '}
        {[...byState.entries()].map(([state, n], i) => (
          <span key={state} className={state === 'ok' ? 'ap-good' : state === 'sla-miss' ? 'ap-warn' : 'ap-bad'}>
            {i > 0 ? ', ' : ''}
            {n} {STATE_LABELS[state]}
          </span>
        ))}{' '}
        · {fmtCost(cost)}/month
      </p>
      {hubs.size > 0 ? (
        <p style={{ margin: '4px 0' }} data-testid="egress-hubs">
          Leaves through:{' '}
          {[...hubs.entries()]
            .sort((x, y) => y[1] - x[1])
            .map(([hub, n]) => `${names.get(hub) ?? hub} (${n})`)
            .join(', ')}
        </p>
      ) : null}
    </div>
  );
}

const STRATEGY_WORDS: Record<TrafficClass['strategy'], string> = {
  'follow-bgp': 'follows BGP',
  manual: 'uses hubs in a fixed order',
  'best-quality': 'takes the best-quality path',
  'lowest-cost-sla': 'takes the cheapest path meeting its SLA',
  'load-balance-sla': 'balances over every path meeting its SLA',
};

export function describeClass(c: TrafficClass): string {
  const sla = [
    c.sla.maxLatencyMs !== undefined ? `≤ ${c.sla.maxLatencyMs} ms` : null,
    c.sla.maxLossPct !== undefined ? `≤ ${c.sla.maxLossPct} % loss` : null,
    c.sla.maxJitterMs !== undefined ? `≤ ${c.sla.maxJitterMs} ms jitter` : null,
  ].filter(Boolean);
  const parts = [`${c.name} ${STRATEGY_WORDS[c.strategy]}`];
  if (sla.length > 0) parts.push(`SLA ${sla.join(', ')}`);
  if (c.allowedJurisdictions.length > 0)
    parts.push(
      `may only leave in ${c.allowedJurisdictions.map((j) => (j === 'site' ? "the site's country" : j)).join(', ')}`,
    );
  if (c.requiredInspection.length > 0) parts.push(`needs ${c.requiredInspection.join(' + ')}`);
  if (c.fallback === 'drop') parts.push('dropped when nothing qualifies');
  return `${parts.join('; ')}.`;
}
