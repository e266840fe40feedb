// Every attribute of a link: what it rides on, its quality and cost, how its failure is noticed,
// and its point-to-point addressing.
import { INTERCONNECT_NAMES } from '../../canvas/labels';
import {
  DETECTION_MECHANISMS,
  type DesignLink,
  type DetectionMechanism,
  detectionSeconds,
  ENCAPSULATION_LABELS,
  ENCAPSULATIONS,
  TRANSPORT_LABELS,
  TRANSPORTS,
} from '../../model';
import {
  addCircuitCommand,
  reverseLinkCommand,
  setLinkCircuitCommand,
  withDefaultTimers,
  withMechanism,
  withTransport,
} from '../../state/commands';
import { updateDesign, useDesignStore } from '../../state/design-store';
import { DeleteButton } from './DeleteButton';
import { editLink, setOptional } from './edit';
import { DraftField, Row, Section, SelectField } from './fields';
import { F, P } from './schema-fields';

export const MECHANISM_LABELS: Readonly<Record<DetectionMechanism, string>> = {
  bgp: 'BGP timers only',
  bfd: 'BFD',
  'sdwan-probe': 'SD-WAN probe',
  'ipsec-dpd': 'IPsec DPD',
};

const NEW_CIRCUIT = '__new__';
const NO_CIRCUIT = '';

export function LinkForm({ link }: { link: DesignLink }) {
  const nodes = useDesignStore((s) => s.design.nodes);
  const circuits = useDesignStore((s) => s.design.circuits);
  const source = nodes.find((n) => n.id === link.source);
  const target = nodes.find((n) => n.id === link.target);
  const cloud = [source, target].find((n) => n?.kind === 'cloud');
  const id = link.id;
  const transportLabel = (t: (typeof TRANSPORTS)[number]) =>
    t === 'cloud-interconnect' && cloud?.kind === 'cloud'
      ? `${INTERCONNECT_NAMES[cloud.provider]} (cloud interconnect)`
      : TRANSPORT_LABELS[t];
  const d = link.detection;
  return (
    <div className="form" data-testid="link-form">
      <div className="form-head">
        <span className="kind-chip kind-link">Link</span>
        <code className="element-id">{id}</code>
        <DeleteButton what="link" />
      </div>
      <div className="link-ends">
        <span title={link.source}>{source?.name ?? link.source}</span>
        <button
          type="button"
          className="btn btn-small"
          title="Swap the ends (the source end takes the first address of the link subnet)"
          data-testid="link-reverse"
          onClick={() => updateDesign('Reverse link', (des) => reverseLinkCommand(des, id))}
        >
          ⇄
        </button>
        <span title={link.target}>{target?.name ?? link.target}</span>
      </div>
      <Section title="Transport">
        <DraftField
          label="Name"
          testId="field-link-name"
          value={link.name}
          format={F.optionalText}
          parse={P.optionalName}
          placeholder="optional"
          onCommit={(name) => editLink(id, 'name', (l) => setOptional(l, 'name', name))}
        />
        <Row>
          <SelectField
            label="Transport"
            testId="field-transport"
            value={link.transport}
            options={TRANSPORTS.map((t) => ({ value: t, label: transportLabel(t) }))}
            help="Metrics you left at their defaults follow the transport"
            onChange={(t) => editLink(id, 'transport', (l) => withTransport(l, t, l.encapsulation))}
          />
          <SelectField
            label="Encapsulation"
            testId="field-encapsulation"
            value={link.encapsulation}
            options={ENCAPSULATIONS.map((e) => ({ value: e, label: ENCAPSULATION_LABELS[e] }))}
            onChange={(e) => editLink(id, 'encapsulation', (l) => withTransport(l, l.transport, e))}
          />
        </Row>
        <SelectField
          label="Shared circuit"
          testId="field-circuit"
          value={link.circuit ?? NO_CIRCUIT}
          options={[
            { value: NO_CIRCUIT, label: 'None (fails alone)' },
            ...circuits.map((c) => ({ value: c.id, label: c.name })),
            { value: NEW_CIRCUIT, label: 'New circuit…' },
          ]}
          help="Links on one circuit (two tunnels over one broadband line) fail together"
          onChange={(value) => {
            if (value === NEW_CIRCUIT) {
              updateDesign('New circuit', (des) => {
                const name = `${source?.name ?? link.source} ${TRANSPORT_LABELS[link.transport]}`.slice(0, 80);
                const created = addCircuitCommand(des, name, link.source);
                return setLinkCircuitCommand(created.design, id, created.id);
              });
            } else {
              updateDesign('Set circuit', (des) => setLinkCircuitCommand(des, id, value || undefined));
            }
          }}
        />
      </Section>
      <Section title="Quality and cost">
        <Row>
          <DraftField
            label="Latency"
            testId="field-latency"
            value={link.latencyMs}
            format={F.number}
            parse={P.latency}
            unit="ms"
            inputMode="decimal"
            onCommit={(latencyMs) => editLink(id, 'latency', (l) => ({ ...l, latencyMs }))}
          />
          <DraftField
            label="Jitter"
            testId="field-jitter"
            value={link.jitterMs}
            format={F.number}
            parse={P.jitter}
            unit="ms"
            inputMode="decimal"
            onCommit={(jitterMs) => editLink(id, 'jitter', (l) => ({ ...l, jitterMs }))}
          />
        </Row>
        <Row>
          <DraftField
            label="Loss"
            testId="field-loss"
            value={link.lossPct}
            format={F.number}
            parse={P.loss}
            unit="%"
            inputMode="decimal"
            onCommit={(lossPct) => editLink(id, 'loss', (l) => ({ ...l, lossPct }))}
          />
          <DraftField
            label="Bandwidth"
            testId="field-bandwidth"
            value={link.bandwidthMbps}
            format={F.number}
            parse={P.bandwidth}
            unit="Mbps"
            inputMode="decimal"
            onCommit={(bandwidthMbps) => editLink(id, 'bandwidth', (l) => ({ ...l, bandwidthMbps }))}
          />
        </Row>
        <DraftField
          label="Cost"
          testId="field-cost"
          value={link.costPerMonth}
          format={F.number}
          parse={P.cost}
          unit="per month"
          inputMode="decimal"
          onCommit={(costPerMonth) => editLink(id, 'cost', (l) => ({ ...l, costPerMonth }))}
        />
      </Section>
      <Section title="Failure detection">
        <SelectField
          label="Mechanism"
          testId="field-detection"
          value={d.mechanism}
          options={DETECTION_MECHANISMS.map((m) => ({ value: m, label: MECHANISM_LABELS[m] }))}
          onChange={(m) => editLink(id, 'detection', (l) => withMechanism(l, m))}
        />
        <DetectionFields link={link} />
        <div className="detect-summary" data-testid="detection-time">
          A silent failure is noticed in about <b>{formatSeconds(detectionSeconds(d))}</b>.
          <button
            type="button"
            className="btn btn-small btn-link"
            onClick={() => editLink(id, 'detection defaults', withDefaultTimers)}
          >
            Reset timers
          </button>
        </div>
      </Section>
      <Section title="Addressing" defaultOpen={false}>
        <DraftField
          label="Subnet"
          testId="field-subnet"
          value={link.addressing.subnet}
          format={F.optionalText}
          parse={P.cidr}
          placeholder="from the link pool"
          help="A /30 or /31; empty takes the next one from the design's link pool"
          onCommit={(subnet) =>
            editLink(id, 'subnet', (l) => ({ ...l, addressing: setOptional(l.addressing, 'subnet', subnet) }))
          }
        />
        <Row>
          <DraftField
            label={`${source?.name ?? 'Source'} address`}
            testId="field-source-address"
            value={link.addressing.sourceAddress}
            format={F.optionalText}
            parse={P.ipv4}
            placeholder="from the subnet"
            onCommit={(a) =>
              editLink(id, 'source address', (l) => ({
                ...l,
                addressing: setOptional(l.addressing, 'sourceAddress', a),
              }))
            }
          />
          <DraftField
            label={`${target?.name ?? 'Target'} address`}
            testId="field-target-address"
            value={link.addressing.targetAddress}
            format={F.optionalText}
            parse={P.ipv4}
            placeholder="from the subnet"
            onCommit={(a) =>
              editLink(id, 'target address', (l) => ({
                ...l,
                addressing: setOptional(l.addressing, 'targetAddress', a),
              }))
            }
          />
        </Row>
      </Section>
    </div>
  );
}

function DetectionFields({ link }: { link: DesignLink }) {
  const id = link.id;
  const d = link.detection;
  // BGP timers apply whatever the mechanism: they are the last resort when nothing else notices.
  const set = (field: string, patch: Partial<DesignLink['detection']>) =>
    editLink(id, field, (l) => ({ ...l, detection: { ...l.detection, ...patch } }));
  const bgp = (
    <Row>
      <DraftField
        label="BGP keepalive"
        testId="field-bgp-keepalive"
        value={d.bgpKeepaliveS}
        format={F.number}
        parse={P.bgpKeepalive}
        unit="s"
        onCommit={(bgpKeepaliveS) => set('BGP keepalive', { bgpKeepaliveS })}
      />
      <DraftField
        label="BGP hold"
        testId="field-bgp-hold"
        value={d.bgpHoldS}
        format={F.number}
        parse={P.bgpHold}
        unit="s"
        onCommit={(bgpHoldS) => set('BGP hold', { bgpHoldS })}
      />
    </Row>
  );
  return (
    <>
      <MechanismFields link={link} set={set} />
      {bgp}
    </>
  );
}

function MechanismFields({
  link,
  set,
}: {
  link: DesignLink;
  set: (field: string, patch: Partial<DesignLink['detection']>) => void;
}) {
  const d = link.detection;
  switch (d.mechanism) {
    case 'bgp':
      return null;
    case 'bfd':
      return (
        <Row>
          <DraftField
            label="BFD interval"
            testId="field-bfd-interval"
            value={d.bfdIntervalMs}
            format={F.number}
            parse={P.bfdInterval}
            unit="ms"
            onCommit={(bfdIntervalMs) => set('BFD interval', { bfdIntervalMs })}
          />
          <DraftField
            label="Multiplier"
            testId="field-bfd-multiplier"
            value={d.bfdMultiplier}
            format={F.number}
            parse={P.bfdMultiplier}
            onCommit={(bfdMultiplier) => set('BFD multiplier', { bfdMultiplier })}
          />
        </Row>
      );
    case 'sdwan-probe':
      return (
        <Row>
          <DraftField
            label="Probe interval"
            testId="field-probe-interval"
            value={d.probeIntervalMs}
            format={F.number}
            parse={P.probeInterval}
            unit="ms"
            onCommit={(probeIntervalMs) => set('probe interval', { probeIntervalMs })}
          />
          <DraftField
            label="Failures to go down"
            testId="field-probe-failures"
            value={d.probeFailures}
            format={F.number}
            parse={P.probeFailures}
            onCommit={(probeFailures) => set('probe failures', { probeFailures })}
          />
        </Row>
      );
    case 'ipsec-dpd':
      return (
        <DraftField
          label="DPD timeout"
          testId="field-dpd-timeout"
          value={d.dpdTimeoutS}
          format={F.number}
          parse={P.dpdTimeout}
          unit="s"
          onCommit={(dpdTimeoutS) => set('DPD timeout', { dpdTimeoutS })}
        />
      );
  }
}

export function formatSeconds(s: number): string {
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  if (s < 120) return `${Number(s.toFixed(1))} s`;
  return `${Number((s / 60).toFixed(1))} min`;
}
