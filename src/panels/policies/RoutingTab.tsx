// Routing policy: BGP policies per session / router / prefix set, the design-wide BGP defaults,
// and per-router knobs (maximum-paths, always-compare-med, compare-routerid).
import { BGP_DIRECTIONS, type BgpPolicy, type Design, type RouterBgp } from '../../model';
import { useDesignStore } from '../../state/design-store';
import { DraftField, Row, Section, SelectField } from '../inspector/fields';
import { P } from '../inspector/schema-fields';
import { addBgpPolicy, newBgpPolicy, removeBgpPolicy, setRouterKnob } from './commands';
import { edit, editPolicy, withOptional } from './edit';
import { FF, PP } from './fields';
import { usePoliciesUi } from './policies-ui-store';

export function RoutingTab() {
  const design = useDesignStore((s) => s.design);
  const openId = usePoliciesUi((s) => s.policyId);
  const open = design.bgpPolicies.find((p) => p.id === openId) ?? design.bgpPolicies[0];
  const add = () => {
    let created = '';
    edit('Add BGP policy', (d) => {
      const p = newBgpPolicy(d);
      created = p.id;
      return addBgpPolicy(d, p);
    });
    usePoliciesUi.setState({ policyId: created });
  };
  return (
    <div className="master-detail">
      <nav className="master-list" aria-label="BGP policies">
        <ul>
          {design.bgpPolicies.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={`master-item${p.id === open?.id ? ' is-open' : ''}`}
                data-testid={`bgp-policy-item-${p.id}`}
                aria-current={p.id === open?.id}
                onClick={() => usePoliciesUi.setState({ policyId: p.id })}
              >
                <span className="master-name">{p.name ?? p.id}</span>
                <span className="master-sub">
                  {p.router} {p.direction === 'in' ? '←' : '→'} {p.neighbor ?? 'all'}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="btn btn-small" data-testid="bgp-policy-add" onClick={add}>
          + Add BGP policy
        </button>
      </nav>
      <div className="detail">
        {open ? <PolicyForm key={open.id} policy={open} /> : <p className="empty muted">No BGP policy yet.</p>}
        <RouterKnobs design={design} />
      </div>
    </div>
  );
}

function PolicyForm({ policy }: { policy: BgpPolicy }) {
  const id = policy.id;
  const setAttr = (key: keyof BgpPolicy['set'], label: string) => (v: number | undefined) =>
    editPolicy(id, label, (p) => ({ ...p, set: withOptional(p.set, key, v) }));
  return (
    <div className="form policy-form" data-testid="bgp-policy-form" data-policy={id}>
      <div className="form-head">
        <code className="element-id">{id}</code>
        <button
          type="button"
          className="btn btn-small btn-danger policy-delete"
          data-testid="bgp-policy-delete"
          onClick={() => edit(`Delete BGP policy ${id}`, (d) => removeBgpPolicy(d, id))}
        >
          Delete
        </button>
      </div>
      <Section title="Session">
        <DraftField
          label="Name"
          testId="bgp-policy-name"
          value={policy.name}
          format={FF.optionalText}
          parse={PP.optionalName}
          onCommit={(name) => editPolicy(id, 'name', (p) => withOptional(p, 'name', name))}
        />
        <Row>
          <DraftField
            label="At router"
            testId="bgp-policy-router"
            value={policy.router}
            format={FF.text}
            parse={PP.selector}
            help="node id or tag:<tag>"
            onCommit={(router) => editPolicy(id, 'router', (p) => ({ ...p, router }))}
          />
          <DraftField
            label="Neighbor"
            testId="bgp-policy-neighbor"
            value={policy.neighbor}
            format={FF.optionalText}
            parse={PP.optionalSelector}
            placeholder="every neighbour"
            help="node id, tag:<tag> or empty"
            onCommit={(neighbor) => editPolicy(id, 'neighbor', (p) => withOptional(p, 'neighbor', neighbor))}
          />
          <SelectField
            label="Direction"
            testId="bgp-policy-direction"
            value={policy.direction}
            options={BGP_DIRECTIONS.map((d) => ({
              value: d,
              label: d === 'in' ? 'in (received)' : 'out (advertised)',
            }))}
            onChange={(direction) => editPolicy(id, 'direction', (p) => ({ ...p, direction }))}
          />
        </Row>
        <DraftField
          label="Prefix set"
          testId="bgp-policy-prefixes"
          value={policy.prefixes}
          format={FF.list}
          parse={PP.prefixes}
          multiline
          placeholder="every route"
          help="Routes inside these prefixes (exact or longer)"
          onCommit={(prefixes) => editPolicy(id, 'prefixes', (p) => ({ ...p, prefixes }))}
        />
      </Section>
      <Section title="Set">
        <Row>
          <DraftField
            label="Weight"
            testId="bgp-policy-weight"
            value={policy.set.weight}
            format={FF.optionalNumber}
            parse={PP.weight}
            inputMode="numeric"
            onCommit={setAttr('weight', 'weight')}
          />
          <DraftField
            label="LOCAL_PREF"
            testId="bgp-policy-local-pref"
            value={policy.set.localPref}
            format={FF.optionalNumber}
            parse={PP.localPref}
            inputMode="numeric"
            onCommit={setAttr('localPref', 'LOCAL_PREF')}
          />
          <DraftField
            label="MED"
            testId="bgp-policy-med"
            value={policy.set.med}
            format={FF.optionalNumber}
            parse={PP.med}
            inputMode="numeric"
            onCommit={setAttr('med', 'MED')}
          />
          <DraftField
            label="AS_PATH prepend"
            unit="×"
            testId="bgp-policy-prepend"
            value={policy.set.asPathPrepend}
            format={FF.optionalNumber}
            parse={PP.prepend}
            inputMode="numeric"
            onCommit={setAttr('asPathPrepend', 'prepend')}
          />
        </Row>
      </Section>
    </div>
  );
}

type Tri = 'default' | 'on' | 'off';
const TRI_OPTIONS = [
  { value: 'default', label: 'default' },
  { value: 'on', label: 'on' },
  { value: 'off', label: 'off' },
] as const;

function tri(v: boolean | undefined): Tri {
  return v === undefined ? 'default' : v ? 'on' : 'off';
}

function fromTri(v: Tri): boolean | undefined {
  return v === 'default' ? undefined : v === 'on';
}

function RouterKnobs({ design }: { design: Design }) {
  const bgp = design.settings.bgp;
  const knob = <K extends keyof RouterBgp>(nodeId: string, key: K, value: RouterBgp[K] | undefined) =>
    edit(`Set ${key} on ${nodeId}`, (d) => setRouterKnob(d, nodeId, key, value), `knob:${nodeId}:${key}`);
  return (
    <Section title="Router BGP knobs">
      <p className="small muted">
        Design defaults: maximum-paths {bgp.maximumPaths}, compare-routerid {bgp.compareRouterId ? 'on' : 'off'},
        always-compare-med {bgp.alwaysCompareMed ? 'on' : 'off'} (edit them with the design in the inspector or in YAML
        under <code>bgp</code>).
      </p>
      <table className="knob-table" data-testid="router-knobs">
        <thead>
          <tr>
            <th>Router</th>
            <th>maximum-paths</th>
            <th>always-compare-med</th>
            <th>compare-routerid</th>
          </tr>
        </thead>
        <tbody>
          {design.nodes.map((n) => (
            <tr key={n.id} data-testid={`router-knobs-${n.id}`}>
              <td>{n.name}</td>
              <td>
                <DraftField
                  label=""
                  testId={`knob-max-paths-${n.id}`}
                  value={n.bgp.maximumPaths}
                  format={FF.optionalNumber}
                  parse={P.maximumPaths}
                  placeholder={String(bgp.maximumPaths)}
                  inputMode="numeric"
                  onCommit={(v) => knob(n.id, 'maximumPaths', v)}
                />
              </td>
              <td>
                <SelectField
                  label=""
                  testId={`knob-acm-${n.id}`}
                  value={tri(n.bgp.alwaysCompareMed)}
                  options={TRI_OPTIONS}
                  onChange={(v) => knob(n.id, 'alwaysCompareMed', fromTri(v))}
                />
              </td>
              <td>
                <SelectField
                  label=""
                  testId={`knob-crid-${n.id}`}
                  value={tri(n.bgp.compareRouterId)}
                  options={TRI_OPTIONS}
                  onChange={(v) => knob(n.id, 'compareRouterId', fromTri(v))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
