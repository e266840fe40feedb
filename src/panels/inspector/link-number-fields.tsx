// The link's numeric fields as data: one table says which field edits which number, so the
// quality and detection sections render from it instead of repeating the same block per field.
import type { DesignLink } from '../../model';
import { editLink } from './edit';
import { DraftField } from './fields';
import type { Parsed } from './parse';
import { F, P } from './schema-fields';

type Detection = DesignLink['detection'];
type NumericKey<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T];

interface NumberFieldSpec<K> {
  key: K;
  label: string;
  testId: string;
  parse: (text: string) => Parsed<number>;
  unit?: string;
  /** The undo-history name of the edit ("Edit <what> of link-1"). */
  what: string;
}

export const QUALITY_FIELDS = {
  latency: {
    key: 'latencyMs',
    label: 'Latency',
    testId: 'field-latency',
    parse: P.latency,
    unit: 'ms',
    what: 'latency',
  },
  jitter: { key: 'jitterMs', label: 'Jitter', testId: 'field-jitter', parse: P.jitter, unit: 'ms', what: 'jitter' },
  loss: { key: 'lossPct', label: 'Loss', testId: 'field-loss', parse: P.loss, unit: '%', what: 'loss' },
  bandwidth: {
    key: 'bandwidthMbps',
    label: 'Bandwidth',
    testId: 'field-bandwidth',
    parse: P.bandwidth,
    unit: 'Mbps',
    what: 'bandwidth',
  },
  cost: { key: 'costPerMonth', label: 'Cost', testId: 'field-cost', parse: P.cost, unit: 'per month', what: 'cost' },
} satisfies Record<string, NumberFieldSpec<NumericKey<DesignLink>>>;

export const DETECTION_FIELDS = {
  bgpKeepalive: {
    key: 'bgpKeepaliveS',
    label: 'BGP keepalive',
    testId: 'field-bgp-keepalive',
    parse: P.bgpKeepalive,
    unit: 's',
    what: 'BGP keepalive',
  },
  bgpHold: {
    key: 'bgpHoldS',
    label: 'BGP hold',
    testId: 'field-bgp-hold',
    parse: P.bgpHold,
    unit: 's',
    what: 'BGP hold',
  },
  bfdInterval: {
    key: 'bfdIntervalMs',
    label: 'BFD interval',
    testId: 'field-bfd-interval',
    parse: P.bfdInterval,
    unit: 'ms',
    what: 'BFD interval',
  },
  bfdMultiplier: {
    key: 'bfdMultiplier',
    label: 'Multiplier',
    testId: 'field-bfd-multiplier',
    parse: P.bfdMultiplier,
    what: 'BFD multiplier',
  },
  probeInterval: {
    key: 'probeIntervalMs',
    label: 'Probe interval',
    testId: 'field-probe-interval',
    parse: P.probeInterval,
    unit: 'ms',
    what: 'probe interval',
  },
  probeFailures: {
    key: 'probeFailures',
    label: 'Failures to go down',
    testId: 'field-probe-failures',
    parse: P.probeFailures,
    what: 'probe failures',
  },
  dpdTimeout: {
    key: 'dpdTimeoutS',
    label: 'DPD timeout',
    testId: 'field-dpd-timeout',
    parse: P.dpdTimeout,
    unit: 's',
    what: 'DPD timeout',
  },
} satisfies Record<string, NumberFieldSpec<NumericKey<Detection>>>;

/** One of the link's own numbers (latency, loss, cost, ...). */
export function LinkNumberField({ link, spec }: { link: DesignLink; spec: NumberFieldSpec<NumericKey<DesignLink>> }) {
  return (
    <DraftField
      label={spec.label}
      testId={spec.testId}
      value={link[spec.key]}
      format={F.number}
      parse={spec.parse}
      unit={spec.unit}
      inputMode="decimal"
      onCommit={(value) => editLink(link.id, spec.what, (l) => ({ ...l, [spec.key]: value }))}
    />
  );
}

/** One of the link's failure-detection timers. */
export function DetectionNumberField({
  link,
  spec,
}: {
  link: DesignLink;
  spec: NumberFieldSpec<NumericKey<Detection>>;
}) {
  return (
    <DraftField
      label={spec.label}
      testId={spec.testId}
      value={link.detection[spec.key]}
      format={F.number}
      parse={spec.parse}
      unit={spec.unit}
      onCommit={(value) =>
        editLink(link.id, spec.what, (l) => ({ ...l, detection: { ...l.detection, [spec.key]: value } }))
      }
    />
  );
}
