// The key to every colour, line and badge the analysis draws. The colours come from the same
// constants the overlay uses (canvas/overlay/heat.ts), so the legend cannot drift from the canvas.

import {
  CRITICALITY_BANDS,
  DEGRADED_COLOR,
  FAILED_COLOR,
  UTILISATION_BANDS,
  WARNING_COLOR,
} from '../../canvas/overlay/heat';
import { useDesignStore } from '../../state/design-store';
import '../flows/analysis.css';

export type LegendView = 'steering' | 'what-if' | 'resilience' | 'all';

export function Legend({ view = 'all' }: { view?: LegendView }) {
  const classes = useDesignStore((s) => s.design.trafficClasses);
  const show = (v: LegendView) => view === 'all' || view === v;
  return (
    <div className="ap-legend-wrap" data-testid={`legend-${view}`}>
      {show('steering') || show('what-if') ? (
        <>
          <h3>Traffic classes (line colour)</h3>
          <dl className="ap-legend">
            {classes.map((c) => (
              <LegendItem key={c.id} mark={<span className="ap-line" style={{ borderColor: c.color }} />}>
                {c.name}
              </LegendItem>
            ))}
            <LegendItem mark={<span className="ap-line" style={{ borderColor: WARNING_COLOR }} />}>
              over capacity (whatever the class)
            </LegendItem>
            <LegendItem mark={<span className="ap-line" style={{ borderColor: '#94a3b8', opacity: 0.35 }} />}>
              faded: no traffic in view uses this link
            </LegendItem>
          </dl>
          <p className="ap-help">
            Moving dashes run in the direction of travel. Thicker lines carry more traffic. Labels read{' '}
            <b>traffic in view · link utilisation</b>.
          </p>
          <h3>Nodes</h3>
          <dl className="ap-legend">
            <LegendItem mark={<span className="ap-ring" style={ring('--success')} />}>
              egress hub: where the traffic leaves
            </LegendItem>
            <LegendItem mark={<span className="ap-ring" style={ring('--warning')} />}>source site</LegendItem>
            <LegendItem mark={<span className="ap-ring" style={ring('--accent')} />}>
              on the path (transit or destination)
            </LegendItem>
            <LegendItem
              mark={
                <span
                  className="ap-ring"
                  style={{ outline: '3px solid color-mix(in srgb, var(--danger) 70%, transparent)' }}
                />
              }
            >
              red outline: hub load (or, in the resilience view, criticality)
            </LegendItem>
          </dl>
          <h3>Badges</h3>
          <dl className="ap-legend">
            <LegendItem mark={<span className="dn-badge badge-sla">2 SLA miss</span>}>
              flows from this site miss their latency / loss / jitter target
            </LegendItem>
            <LegendItem mark={<span className="dn-badge badge-compliance">1 blocked</span>}>
              flows blocked or dropped because no path is in an allowed jurisdiction / has the required inspection
            </LegendItem>
            <LegendItem mark={<span className="dn-badge badge-overload">over capacity</span>}>
              hub egress beyond its capacity
            </LegendItem>
            <LegendItem mark={<span className="dn-badge badge-failed">1 unreachable</span>}>
              no route at all to the destination
            </LegendItem>
          </dl>
          <h3>Link utilisation (glow under the line)</h3>
          <dl className="ap-legend">
            {UTILISATION_BANDS.map((b) => (
              <LegendItem key={b.label} mark={<span className="ap-swatch" style={{ background: b.color }} />}>
                {b.label}
              </LegendItem>
            ))}
          </dl>
          <p className="ap-help">
            The glow is the link's utilisation; the line keeps its class colour (or takes the utilisation colour when no
            class applies).
          </p>
        </>
      ) : null}
      {show('what-if') ? (
        <>
          <h3>Failures</h3>
          <dl className="ap-legend">
            <LegendItem
              mark={<span className="ap-line" style={{ borderColor: FAILED_COLOR, borderTopStyle: 'dashed' }} />}
            >
              failed link (✕ label says why: the link, its circuit or its node)
            </LegendItem>
            <LegendItem mark={<span className="dn-badge badge-failed">✕ failed</span>}>failed node</LegendItem>
            <LegendItem mark={<span className="ap-line" style={{ borderColor: DEGRADED_COLOR }} />}>
              degraded link (added latency / loss), still up
            </LegendItem>
            <LegendItem mark={<span className="ap-line" style={{ borderColor: '#2563eb', opacity: 0.3 }} />}>
              faint class colour, "before the failure": the path a moved or dropped flow used
            </LegendItem>
          </dl>
        </>
      ) : null}
      {show('resilience') ? (
        <>
          <h3>Criticality (what breaks if this element fails)</h3>
          <dl className="ap-legend">
            {CRITICALITY_BANDS.map((b) => (
              <LegendItem key={b.label} mark={<span className="ap-swatch" style={{ background: b.color }} />}>
                {b.label}
              </LegendItem>
            ))}
            <LegendItem mark={<span className="dn-badge badge-spof">SPOF: pii-us</span>}>
              single point of failure: its loss cuts these classes off
            </LegendItem>
          </dl>
          <p className="ap-help">
            Colours are relative to the most critical hub, link or circuit of this design; link labels count the flows a
            failure breaks and moves. Sites and destinations are not rated: losing one always cuts its own traffic.
          </p>
        </>
      ) : null}
    </div>
  );
}

/** The same ring the canvas draws (styles/app.css .dn.hl-*). */
const ring = (variable: string): React.CSSProperties => ({
  boxShadow: `0 0 0 3px color-mix(in srgb, var(${variable}) 55%, transparent)`,
});

function LegendItem({ mark, children }: { mark: React.ReactNode; children: React.ReactNode }) {
  return (
    <>
      <dt>{mark}</dt>
      <dd>{children}</dd>
    </>
  );
}

export default function LegendPanel() {
  return (
    <div className="ap">
      <Legend view="all" />
    </div>
  );
}
