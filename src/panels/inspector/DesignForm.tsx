// Nothing selected: the design's own attributes and the settings every router shares.

import type { Design } from '../../model';
import { updateMetaCommand } from '../../state/commands';
import { updateDesign, useDesignStore } from '../../state/design-store';
import { DraftField, Row, Section, SelectField } from './fields';
import { F, P } from './schema-fields';

function editDesign(field: string, recipe: (d: Design) => Design) {
  updateDesign(`Edit ${field}`, recipe, { coalesceKey: `design:${field}` });
}

const ON_OFF = [
  { value: 'on', label: 'On' },
  { value: 'off', label: 'Off' },
] as const;

const BGP_KNOBS = [
  ['compareRouterId', 'Compare router IDs'],
  ['alwaysCompareMed', 'Always compare MED'],
  ['deterministicMed', 'Deterministic MED'],
  ['multipathRelax', 'Multipath relax (AS-path)'],
] as const;

export function DesignForm() {
  const design = useDesignStore((s) => s.design);
  const bgp = design.settings.bgp;
  const pools = design.settings.addressing;
  return (
    <div className="form" data-testid="design-form">
      {design.nodes.length > 0 ? (
        <p className="inspector-hint">Select a node or a link to edit it. Shift-drag to select several.</p>
      ) : null}
      <Section title="Design">
        <DraftField
          label="Name"
          testId="field-design-name"
          value={design.meta.name}
          format={F.text}
          parse={P.name}
          onCommit={(name) => editDesign('design name', (d) => updateMetaCommand(d, { name }))}
        />
        <DraftField
          label="Description"
          testId="field-design-description"
          value={design.meta.description}
          format={F.text}
          parse={P.description}
          multiline
          onCommit={(description) => editDesign('description', (d) => updateMetaCommand(d, { description }))}
        />
        <p className="muted small">
          {design.nodes.length} nodes, {design.links.length} links, {design.trafficClasses.length} traffic classes
        </p>
      </Section>
      <Section title="BGP defaults" defaultOpen={false}>
        <Row>
          <DraftField
            label="Local preference"
            testId="field-default-local-pref"
            value={bgp.defaultLocalPref}
            format={F.number}
            parse={P.localPref}
            onCommit={(v) => editDesign('local preference', (d) => withBgp(d, { defaultLocalPref: v }))}
          />
          <DraftField
            label="Maximum paths"
            testId="field-design-maximum-paths"
            value={bgp.maximumPaths}
            format={F.number}
            parse={P.designMaximumPaths}
            onCommit={(v) => editDesign('maximum paths', (d) => withBgp(d, { maximumPaths: v }))}
          />
        </Row>
        {BGP_KNOBS.map(([key, label]) => (
          <SelectField
            key={key}
            label={label}
            testId={`field-design-${key}`}
            value={bgp[key] ? 'on' : 'off'}
            options={ON_OFF}
            onChange={(v) => editDesign(label, (d) => withBgp(d, { [key]: v === 'on' }))}
          />
        ))}
      </Section>
      <Section title="Address pools" defaultOpen={false}>
        <Row>
          <DraftField
            label="Loopbacks"
            testId="field-loopback-pool"
            value={pools.loopbackPool}
            format={F.text}
            parse={P.pool}
            onCommit={(v) => editDesign('loopback pool', (d) => withPools(d, { loopbackPool: v }))}
          />
          <DraftField
            label="Link subnets"
            testId="field-link-pool"
            value={pools.linkPool}
            format={F.text}
            parse={P.pool}
            onCommit={(v) => editDesign('link pool', (d) => withPools(d, { linkPool: v }))}
          />
        </Row>
      </Section>
    </div>
  );
}

function withBgp(d: Design, patch: Partial<Design['settings']['bgp']>): Design {
  return { ...d, settings: { ...d.settings, bgp: { ...d.settings.bgp, ...patch } } };
}

function withPools(d: Design, patch: Partial<Design['settings']['addressing']>): Design {
  return { ...d, settings: { ...d.settings, addressing: { ...d.settings.addressing, ...patch } } };
}
