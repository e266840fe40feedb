// Every attribute of a node: identity, location, routing, and what its kind adds.
import { PROVIDER_LABELS } from '../../canvas/labels';
import {
  CLOUD_PROVIDERS,
  type CloudNode,
  type DesignNode,
  type HubNode,
  type InternetNode,
  PLATFORMS,
  type Platform,
  SECURITY_FUNCTIONS,
  SITE_ROLES,
  type SiteNode,
  valueForId,
} from '../../model';
import { KIND_LABELS, withCloudPlacement } from '../../state/commands';
import { useDesignStore } from '../../state/design-store';
import { DeleteButton } from './DeleteButton';
import { editNode, setOptional } from './edit';
import { CheckField, DraftField, Row, Section, SelectField } from './fields';
import { COMMON_COUNTRIES, REGION_SUGGESTIONS } from './regions';
import { F, P } from './schema-fields';

const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  frr: 'FRRouting',
  'ios-xe': 'Cisco IOS XE',
  junos: 'Juniper Junos',
  eos: 'Arista EOS',
};
const ROLE_LABELS = { hq: 'Headquarters', branch: 'Branch', datacenter: 'Data centre' } as const;
const SECURITY_LABELS = { firewall: 'Firewall', ips: 'IPS', swg: 'Secure web gateway' } as const;

export function NodeForm({ node }: { node: DesignNode }) {
  const id = node.id;
  return (
    <div className="form" data-testid="node-form" data-kind={node.kind}>
      <div className="form-head">
        <span className={`kind-chip kind-${node.kind}`}>{KIND_LABELS[node.kind]}</span>
        <code className="element-id" title="The id is stable: configs and policies refer to it">
          {id}
        </code>
        <DeleteButton what="node" />
      </div>
      <Section title="General">
        <DraftField
          label="Name"
          testId="field-name"
          value={node.name}
          format={F.text}
          parse={P.name}
          onCommit={(name) => editNode(id, 'name', (n) => ({ ...n, name }))}
        />
        <Row>
          <DraftField
            label="Country"
            testId="field-country"
            value={node.location.country}
            format={F.text}
            parse={P.country}
            list="egress-countries"
            transform={(s) => s.toUpperCase()}
            help="ISO code; decides data sovereignty"
            onCommit={(country) => editNode(id, 'country', (n) => ({ ...n, location: { ...n.location, country } }))}
          />
          <DraftField
            label="City"
            testId="field-city"
            value={node.location.city}
            format={F.optionalText}
            parse={P.city}
            onCommit={(city) =>
              editNode(id, 'city', (n) => ({ ...n, location: setOptional(n.location, 'city', city) }))
            }
          />
        </Row>
        <datalist id="egress-countries">
          {COMMON_COUNTRIES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </datalist>
        <KindFields node={node} />
      </Section>
      <Section title="Routing">
        <Row>
          <DraftField
            label="ASN"
            testId="field-asn"
            value={node.asn}
            format={F.number}
            parse={P.asn}
            inputMode="numeric"
            help="Private: 64512–65534"
            onCommit={(asn) => editNode(id, 'ASN', (n) => ({ ...n, asn }))}
          />
          <SelectField
            label="Router platform"
            testId="field-platform"
            value={node.platform}
            options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
            onChange={(platform) => editNode(id, 'platform', (n) => ({ ...n, platform }))}
          />
        </Row>
        <DraftField
          label="Prefixes"
          testId="field-prefixes"
          value={node.prefixes}
          format={F.list}
          parse={P.prefixes}
          multiline
          placeholder="10.1.0.0/16"
          help="IPv4 prefixes this node originates, one per line"
          onCommit={(prefixes) => editNode(id, 'prefixes', (n) => ({ ...n, prefixes }))}
        />
        <Row>
          <DraftField
            label="Router ID"
            testId="field-router-id"
            value={node.routerId}
            format={F.optionalText}
            parse={P.ipv4}
            placeholder="from the plan"
            onCommit={(routerId) => editNode(id, 'router ID', (n) => setOptional(n, 'routerId', routerId))}
          />
          <DraftField
            label="Loopback"
            testId="field-loopback"
            value={node.loopback}
            format={F.optionalText}
            parse={P.ipv4}
            placeholder="from the plan"
            onCommit={(loopback) => editNode(id, 'loopback', (n) => setOptional(n, 'loopback', loopback))}
          />
        </Row>
      </Section>
      <RouterBgpSection node={node} />
      <Section title="Notes and tags" defaultOpen={false}>
        <DraftField
          label="Tags"
          testId="field-tags"
          value={node.tags}
          format={F.tags}
          parse={P.tags}
          placeholder="eu, critical"
          help="Policies can target tag:<name>"
          onCommit={(tags) => editNode(id, 'tags', (n) => ({ ...n, tags }))}
        />
        <DraftField
          label="Notes"
          testId="field-notes"
          value={node.notes}
          format={F.optionalText}
          parse={P.notes}
          multiline
          onCommit={(notes) => editNode(id, 'notes', (n) => setOptional(n, 'notes', notes))}
        />
      </Section>
    </div>
  );
}

function KindFields({ node }: { node: DesignNode }) {
  switch (node.kind) {
    case 'site':
      return <SiteFields node={node} />;
    case 'hub':
      return <HubFields node={node} />;
    case 'cloud':
      return <CloudFields node={node} />;
    case 'internet':
      return <InternetFields node={node} />;
  }
}

function SiteFields({ node }: { node: SiteNode }) {
  const classes = useDesignStore((s) => s.design.trafficClasses);
  const id = node.id;
  const edit = (field: string, recipe: (n: SiteNode) => SiteNode) =>
    editNode(id, field, (n) => (n.kind === 'site' ? recipe(n) : n));
  return (
    <>
      <Row>
        <SelectField
          label="Role"
          testId="field-role"
          value={node.role}
          options={SITE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          onChange={(role) => edit('role', (n) => ({ ...n, role }))}
        />
        <CheckField
          label="Gives transit"
          testId="field-transit"
          checked={node.transit}
          help="Sites do not carry other sites' traffic unless this is on"
          onChange={(transit) => edit('transit', (n) => ({ ...n, transit }))}
        />
      </Row>
      <div className="subhead">Demand per traffic class</div>
      {classes.length === 0 ? (
        <p className="muted small">No traffic classes yet: the site's demand is set per class.</p>
      ) : (
        classes.map((tc) => (
          <DraftField
            key={tc.id}
            label={tc.name}
            testId={`field-demand-${tc.id}`}
            value={valueForId(node.demandMbps, tc.id)}
            format={F.optionalNumber}
            parse={P.demand}
            unit="Mbps"
            inputMode="decimal"
            placeholder={`${tc.defaultDemandMbps} (class default)`}
            onCommit={(mbps) =>
              edit(`demand for ${tc.name}`, (n) => ({ ...n, demandMbps: setOptional(n.demandMbps, tc.id, mbps) }))
            }
          />
        ))
      )}
    </>
  );
}

function HubFields({ node }: { node: HubNode }) {
  const edit = (field: string, recipe: (n: HubNode) => HubNode) =>
    editNode(node.id, field, (n) => (n.kind === 'hub' ? recipe(n) : n));
  return (
    <>
      <DraftField
        label="Egress capacity"
        testId="field-capacity"
        value={node.capacityMbps}
        format={F.number}
        parse={P.capacity}
        unit="Mbps"
        inputMode="decimal"
        help="What the security stack can inspect"
        onCommit={(capacityMbps) => edit('capacity', (n) => ({ ...n, capacityMbps }))}
      />
      <div className="subhead">Security stack</div>
      <div className="checks">
        {SECURITY_FUNCTIONS.map((f) => (
          <CheckField
            key={f}
            label={SECURITY_LABELS[f]}
            testId={`field-security-${f}`}
            checked={node.security.includes(f)}
            onChange={(on) =>
              edit('security stack', (n) => ({
                ...n,
                security: SECURITY_FUNCTIONS.filter((x) => (x === f ? on : n.security.includes(x))),
              }))
            }
          />
        ))}
      </div>
    </>
  );
}

function CloudFields({ node }: { node: CloudNode }) {
  const edit = (field: string, recipe: (n: CloudNode) => CloudNode) =>
    editNode(node.id, field, (n) => (n.kind === 'cloud' ? recipe(n) : n));
  return (
    <>
      <Row>
        <SelectField
          label="Provider"
          testId="field-provider"
          value={node.provider}
          options={CLOUD_PROVIDERS.map((p) => ({ value: p, label: PROVIDER_LABELS[p] }))}
          onChange={(provider) => edit('provider', (n) => withCloudPlacement(n, provider, n.region))}
        />
        <DraftField
          label="Region code"
          testId="field-region"
          value={node.region}
          format={F.text}
          parse={P.region}
          list={`egress-regions-${node.provider}`}
          onCommit={(region) => edit('region', (n) => withCloudPlacement(n, n.provider, region))}
        />
      </Row>
      <datalist id={`egress-regions-${node.provider}`}>
        {REGION_SUGGESTIONS[node.provider].map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <CheckField
        label="Gives transit"
        testId="field-transit"
        checked={node.transit}
        help="Let traffic cross this region to reach others"
        onChange={(transit) => edit('transit', (n) => ({ ...n, transit }))}
      />
    </>
  );
}

function InternetFields({ node }: { node: InternetNode }) {
  return (
    <DraftField
      label="Service"
      testId="field-service"
      value={node.service}
      format={F.optionalText}
      parse={P.service}
      placeholder="e.g. Microsoft 365, Zoom (empty: the internet)"
      onCommit={(service) =>
        editNode(node.id, 'service', (n) => (n.kind === 'internet' ? setOptional(n, 'service', service) : n))
      }
    />
  );
}

type TriState = 'inherit' | 'on' | 'off';
const TRI_OPTIONS: readonly { value: TriState; label: string }[] = [
  { value: 'inherit', label: 'Design default' },
  { value: 'on', label: 'On' },
  { value: 'off', label: 'Off' },
];
const BOOL_KNOBS = [
  ['compareRouterId', 'Compare router IDs'],
  ['alwaysCompareMed', 'Always compare MED'],
  ['deterministicMed', 'Deterministic MED'],
  ['multipathRelax', 'Multipath relax (AS-path)'],
  ['asOverride', 'AS override'],
] as const;

function RouterBgpSection({ node }: { node: DesignNode }) {
  const id = node.id;
  return (
    <Section title="BGP on this router" defaultOpen={false}>
      <Row>
        <DraftField
          label="Maximum paths"
          testId="field-bgp-maximum-paths"
          value={node.bgp.maximumPaths}
          format={F.optionalNumber}
          parse={P.maximumPaths}
          placeholder="design default"
          onCommit={(v) => editNode(id, 'maximum paths', (n) => ({ ...n, bgp: setOptional(n.bgp, 'maximumPaths', v) }))}
        />
        <DraftField
          label="Allow own AS in"
          testId="field-bgp-allowas-in"
          value={node.bgp.allowasIn}
          format={F.optionalNumber}
          parse={P.allowasIn}
          placeholder="off"
          help="For sites sharing one ASN"
          onCommit={(v) => editNode(id, 'allowas-in', (n) => ({ ...n, bgp: setOptional(n.bgp, 'allowasIn', v) }))}
        />
      </Row>
      {BOOL_KNOBS.map(([key, label]) => {
        const value = node.bgp[key];
        return (
          <SelectField
            key={key}
            label={label}
            testId={`field-bgp-${key}`}
            value={value === undefined ? 'inherit' : value ? 'on' : 'off'}
            options={TRI_OPTIONS}
            onChange={(v) =>
              editNode(id, label, (n) => ({
                ...n,
                bgp: setOptional(n.bgp, key, v === 'inherit' ? undefined : v === 'on'),
              }))
            }
          />
        );
      })}
    </Section>
  );
}
