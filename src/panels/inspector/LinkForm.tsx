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
import { DETECTION_FIELDS, DetectionNumberField, LinkNumberField, QUALITY_FIELDS } from './link-number-fields';
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
          <LinkNumberField link={link} spec={QUALITY_FIELDS.latency} />
          <LinkNumberField link={link} spec={QUALITY_FIELDS.jitter} />
        </Row>
        <Row>
          <LinkNumberField link={link} spec={QUALITY_FIELDS.loss} />
          <LinkNumberField link={link} spec={QUALITY_FIELDS.bandwidth} />
        </Row>
        <LinkNumberField link={link} spec={QUALITY_FIELDS.cost} />
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

/** The selected mechanism's timers, then the BGP timers, which apply whatever the mechanism:
 * they are the last resort when nothing else notices. */
function DetectionFields({ link }: { link: DesignLink }) {
  const field = (spec: (typeof DETECTION_FIELDS)[keyof typeof DETECTION_FIELDS]) => (
    <DetectionNumberField link={link} spec={spec} />
  );
  return (
    <>
      {link.detection.mechanism === 'bfd' && (
        <Row>
          {field(DETECTION_FIELDS.bfdInterval)}
          {field(DETECTION_FIELDS.bfdMultiplier)}
        </Row>
      )}
      {link.detection.mechanism === 'sdwan-probe' && (
        <Row>
          {field(DETECTION_FIELDS.probeInterval)}
          {field(DETECTION_FIELDS.probeFailures)}
        </Row>
      )}
      {link.detection.mechanism === 'ipsec-dpd' && field(DETECTION_FIELDS.dpdTimeout)}
      <Row>
        {field(DETECTION_FIELDS.bgpKeepalive)}
        {field(DETECTION_FIELDS.bgpHold)}
      </Row>
    </>
  );
}

export function formatSeconds(s: number): string {
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  if (s < 120) return `${Number(s.toFixed(1))} s`;
  return `${Number((s / 60).toFixed(1))} min`;
}
