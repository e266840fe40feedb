// Every attribute of a traffic class: identity, what it matches, its SLA, how it is steered,
// where it may leave, and how much traffic each site sends.

import { selectedSites } from '../../lint/scope';
import {
  APPLICATION_PRESETS,
  type Design,
  PROTOCOLS,
  SECURITY_FUNCTIONS,
  type SiteNode,
  SLA_FALLBACKS,
  STRATEGIES,
  type TrafficClass,
  valueForId,
} from '../../model';
import { useDesignStore } from '../../state/design-store';
import { CheckField, DraftField, Row, Section, SelectField } from '../inspector/fields';
import { removeClass, setSiteDemand, toggleSelector } from './commands';
import { edit, editClass, withOptional } from './edit';
import { FF, PP } from './fields';

export const STRATEGY_LABELS: Readonly<Record<TrafficClass['strategy'], string>> = {
  'follow-bgp': 'Follow BGP',
  manual: 'Manual priority (preferred hubs)',
  'best-quality': 'Best quality (lowest latency)',
  'lowest-cost-sla': 'Lowest cost meeting the SLA',
  'load-balance-sla': 'Load-balance over all meeting the SLA',
};

const FALLBACK_LABELS: Readonly<Record<TrafficClass['fallback'], string>> = {
  'follow-bgp': 'Follow BGP',
  'best-quality': 'Best quality anyway',
  drop: 'Drop',
};

const SECURITY_LABELS = { firewall: 'Firewall', ips: 'IPS', swg: 'Secure web gateway' } as const;

export function ClassForm({ tc }: { tc: TrafficClass }) {
  const id = tc.id;
  const design = useDesignStore((s) => s.design);
  const tags = [...new Set(design.nodes.flatMap((n) => n.tags))].sort();
  return (
    <div className="form policy-form" data-testid="class-form" data-class={id}>
      <div className="form-head">
        <span className="class-swatch" style={{ background: tc.color }} />
        <code className="element-id">{id}</code>
        <button
          type="button"
          className="btn btn-small btn-danger policy-delete"
          data-testid="class-delete"
          onClick={() => edit(`Delete class ${id}`, (d) => removeClass(d, id))}
        >
          Delete
        </button>
      </div>
      <Section title="General">
        <Row>
          <DraftField
            label="Name"
            testId="class-name"
            value={tc.name}
            format={FF.text}
            parse={PP.name}
            onCommit={(name) => editClass(id, 'name', (c) => ({ ...c, name }))}
          />
          <div className="field color-field">
            <label className="field-label" htmlFor={`class-color-${id}`}>
              Colour
            </label>
            <input
              id={`class-color-${id}`}
              type="color"
              data-testid="class-color"
              value={tc.color.toLowerCase()}
              onChange={(e) => editClass(id, 'colour', (c) => ({ ...c, color: e.target.value }))}
            />
          </div>
        </Row>
        <DraftField
          label="Applies to"
          testId="class-applies-to"
          value={tc.appliesTo}
          format={FF.inline}
          parse={PP.selectors}
          help={`Sites: node ids, tag:<tag> or * for every site.${tags.length ? ` Tags: ${tags.map((t) => `tag:${t}`).join(', ')}` : ''}`}
          onCommit={(appliesTo) => editClass(id, 'scope', (c) => ({ ...c, appliesTo }))}
        />
        <AttachChips
          scope={tc.appliesTo}
          options={[
            '*',
            ...tags.map((t) => `tag:${t}`),
            ...design.nodes.filter((n) => n.kind === 'site').map((n) => n.id),
          ]}
          onToggle={(selector) =>
            editClass(id, 'scope', (c) => ({ ...c, appliesTo: toggleSelector(c.appliesTo, selector) }))
          }
        />
        <CheckField
          label="Critical (a single point of failure fails `egress check`)"
          testId="class-critical"
          checked={tc.critical}
          onChange={(critical) => editClass(id, 'critical', (c) => ({ ...c, critical }))}
        />
      </Section>
      <MatchSection tc={tc} />
      <Section title="SLA and steering">
        <Row>
          <DraftField
            label="Max latency"
            unit="ms"
            testId="class-sla-latency"
            value={tc.sla.maxLatencyMs}
            format={FF.optionalNumber}
            parse={PP.latency}
            inputMode="decimal"
            onCommit={(v) =>
              editClass(id, 'latency SLA', (c) => ({ ...c, sla: withOptional(c.sla, 'maxLatencyMs', v) }))
            }
          />
          <DraftField
            label="Max loss"
            unit="%"
            testId="class-sla-loss"
            value={tc.sla.maxLossPct}
            format={FF.optionalNumber}
            parse={PP.loss}
            inputMode="decimal"
            onCommit={(v) => editClass(id, 'loss SLA', (c) => ({ ...c, sla: withOptional(c.sla, 'maxLossPct', v) }))}
          />
          <DraftField
            label="Max jitter"
            unit="ms"
            testId="class-sla-jitter"
            value={tc.sla.maxJitterMs}
            format={FF.optionalNumber}
            parse={PP.jitter}
            inputMode="decimal"
            onCommit={(v) => editClass(id, 'jitter SLA', (c) => ({ ...c, sla: withOptional(c.sla, 'maxJitterMs', v) }))}
          />
        </Row>
        <Row>
          <SelectField
            label="Strategy"
            testId="class-strategy"
            value={tc.strategy}
            options={STRATEGIES.map((s) => ({ value: s, label: STRATEGY_LABELS[s] }))}
            onChange={(strategy) => editClass(id, 'strategy', (c) => ({ ...c, strategy }))}
          />
          <SelectField
            label="When nothing meets the SLA"
            testId="class-fallback"
            value={tc.fallback}
            options={SLA_FALLBACKS.map((s) => ({ value: s, label: FALLBACK_LABELS[s] }))}
            onChange={(fallback) => editClass(id, 'fallback', (c) => ({ ...c, fallback }))}
          />
        </Row>
        {tc.strategy === 'manual' ? (
          <DraftField
            label="Preferred hubs, in order"
            testId="class-preferred-hubs"
            value={tc.preferredHubs}
            format={FF.inline}
            parse={PP.ids}
            help={`Hubs: ${
              design.nodes
                .filter((n) => n.kind === 'hub')
                .map((n) => n.id)
                .join(', ') || 'none yet'
            }`}
            onCommit={(preferredHubs) => editClass(id, 'preferred hubs', (c) => ({ ...c, preferredHubs }))}
          />
        ) : null}
      </Section>
      <Section title="Compliance">
        <DraftField
          label="Allowed jurisdictions"
          testId="class-jurisdictions"
          value={tc.allowedJurisdictions}
          format={FF.inline}
          parse={PP.jurisdictions}
          help="Country codes (DE), groups (EU, EEA) or site (the source site's own country). Empty: anywhere. Holds on failover paths too."
          onCommit={(allowedJurisdictions) => editClass(id, 'jurisdictions', (c) => ({ ...c, allowedJurisdictions }))}
        />
        <fieldset className="check-row">
          <legend className="field-label">Required inspection</legend>
          {SECURITY_FUNCTIONS.map((f) => (
            <CheckField
              key={f}
              label={SECURITY_LABELS[f]}
              testId={`class-inspection-${f}`}
              checked={tc.requiredInspection.includes(f)}
              onChange={(on) =>
                editClass(id, 'inspection', (c) => ({
                  ...c,
                  requiredInspection: SECURITY_FUNCTIONS.filter((x) =>
                    x === f ? on : c.requiredInspection.includes(x),
                  ),
                }))
              }
            />
          ))}
        </fieldset>
      </Section>
      <DemandSection tc={tc} design={design} />
    </div>
  );
}

function MatchSection({ tc }: { tc: TrafficClass }) {
  const id = tc.id;
  const m = tc.match;
  return (
    <Section title="Match">
      <fieldset className="check-row wrap">
        <legend className="field-label">Applications</legend>
        {APPLICATION_PRESETS.map((app) => (
          <CheckField
            key={app.id}
            label={app.label}
            testId={`class-app-${app.id}`}
            help={`${app.protocol} ${app.ports.join(', ')}, DSCP ${app.dscp.join('/')}`}
            checked={m.applications.includes(app.id)}
            onChange={(on) =>
              editClass(id, 'applications', (c) => ({
                ...c,
                match: {
                  ...c.match,
                  applications: on
                    ? [...c.match.applications, app.id]
                    : c.match.applications.filter((a) => a !== app.id),
                },
              }))
            }
          />
        ))}
      </fieldset>
      <Row>
        <SelectField
          label="Protocol"
          testId="class-protocol"
          value={m.protocol}
          options={PROTOCOLS.map((p) => ({ value: p, label: p }))}
          onChange={(protocol) => editClass(id, 'protocol', (c) => ({ ...c, match: { ...c.match, protocol } }))}
        />
        <DraftField
          label="DSCP"
          testId="class-dscp"
          value={m.dscp}
          format={FF.inline}
          parse={PP.dscp}
          placeholder="46, 34"
          onCommit={(dscp) => editClass(id, 'DSCP', (c) => ({ ...c, match: { ...c.match, dscp } }))}
        />
        <DraftField
          label="Ports"
          testId="class-ports"
          value={m.ports}
          format={FF.inline}
          parse={PP.ports}
          placeholder="443, 3478-3481"
          onCommit={(ports) => editClass(id, 'ports', (c) => ({ ...c, match: { ...c.match, ports } }))}
        />
      </Row>
      <Row>
        <DraftField
          label="Source prefixes"
          testId="class-source-prefixes"
          value={m.sourcePrefixes}
          format={FF.list}
          parse={PP.prefixes}
          multiline
          placeholder="any"
          onCommit={(sourcePrefixes) =>
            editClass(id, 'source prefixes', (c) => ({ ...c, match: { ...c.match, sourcePrefixes } }))
          }
        />
        <DraftField
          label="Destination prefixes"
          testId="class-destination-prefixes"
          value={m.destinationPrefixes}
          format={FF.list}
          parse={PP.prefixes}
          multiline
          placeholder="every destination"
          help="The class applies to destinations whose prefixes lie inside these"
          onCommit={(destinationPrefixes) =>
            editClass(id, 'destination prefixes', (c) => ({ ...c, match: { ...c.match, destinationPrefixes } }))
          }
        />
      </Row>
    </Section>
  );
}

function DemandSection({ tc, design }: { tc: TrafficClass; design: Design }) {
  const id = tc.id;
  const sites: SiteNode[] = selectedSites(design, tc.appliesTo);
  return (
    <Section title="Demand">
      <DraftField
        label="Default per site"
        unit="Mbps"
        testId="class-default-demand"
        value={tc.defaultDemandMbps}
        format={FF.number}
        parse={PP.demand}
        inputMode="decimal"
        onCommit={(defaultDemandMbps) => editClass(id, 'default demand', (c) => ({ ...c, defaultDemandMbps }))}
      />
      {sites.length === 0 ? <p className="small muted">The class applies to no site yet.</p> : null}
      <div className="demand-grid">
        {sites.map((site) => (
          <DraftField
            key={site.id}
            label={site.name}
            unit="Mbps"
            testId={`class-demand-${site.id}`}
            value={valueForId(site.demandMbps, id)}
            format={FF.optionalNumber}
            parse={PP.siteDemand}
            placeholder={`${tc.defaultDemandMbps} (default)`}
            inputMode="decimal"
            onCommit={(mbps) =>
              edit(
                `Edit demand of ${site.id} for ${id}`,
                (d) => setSiteDemand(d, site.id, id, mbps),
                `demand:${site.id}:${id}`,
              )
            }
          />
        ))}
      </div>
    </Section>
  );
}

/** One click to attach the class to every site, a group (tag) or one site. */
function AttachChips(props: {
  scope: readonly string[];
  options: readonly string[];
  onToggle(selector: string): void;
}) {
  return (
    <div className="attach-chips" role="toolbar" aria-label="Attach to">
      {props.options.map((o) => (
        <button
          key={o}
          type="button"
          className="attach-chip"
          aria-pressed={props.scope.includes(o)}
          data-testid={`attach-${o.replace(':', '-')}`}
          onClick={() => props.onToggle(o)}
        >
          {o === '*' ? 'every site' : o}
        </button>
      ))}
    </div>
  );
}
