// Changing what a link is made of. Metrics and the detection mechanism follow the new transport
// only where the user left them at the old defaults: a typed-in latency is never overwritten.
import { DETECTION_DEFAULTS, defaultMechanism, type LinkMetrics, TRANSPORT_DEFAULTS } from '../../model/defaults';
import type { DetectionMechanism, Encapsulation, Transport } from '../../model/enums';
import type { DesignLink } from '../../model/types';

const METRIC_KEYS = ['latencyMs', 'jitterMs', 'lossPct', 'bandwidthMbps', 'costPerMonth'] as const;

export function withTransport(link: DesignLink, transport: Transport, encapsulation: Encapsulation): DesignLink {
  if (link.transport === transport && link.encapsulation === encapsulation) return link;
  const oldDefaults = TRANSPORT_DEFAULTS[link.transport];
  const newDefaults = TRANSPORT_DEFAULTS[transport];
  const metrics: Partial<LinkMetrics> = {};
  for (const key of METRIC_KEYS) {
    metrics[key] = link[key] === oldDefaults[key] ? newDefaults[key] : link[key];
  }
  const oldMechanism = defaultMechanism(link.transport, link.encapsulation);
  const mechanism =
    link.detection.mechanism === oldMechanism ? defaultMechanism(transport, encapsulation) : link.detection.mechanism;
  return {
    ...link,
    ...metrics,
    transport,
    encapsulation,
    detection: { ...link.detection, mechanism },
  };
}

/** Switches the detection mechanism, keeping the timers of the others (they are still valid). */
export function withMechanism(link: DesignLink, mechanism: DetectionMechanism): DesignLink {
  if (link.detection.mechanism === mechanism) return link;
  return { ...link, detection: { ...link.detection, mechanism } };
}

/** Resets the timers of the link's mechanism to the DOMAIN.md defaults. */
export function withDefaultTimers(link: DesignLink): DesignLink {
  return { ...link, detection: { ...DETECTION_DEFAULTS[link.detection.mechanism] } };
}
