// Ordered PBR rules: first match wins, so the list order is the meaning; rules move up and down.
import type { PbrRule } from '../../model';
import { PROTOCOLS } from '../../model';
import { useDesignStore } from '../../state/design-store';
import { DraftField, Row, Section, SelectField } from '../inspector/fields';
import { addPbrRule, movePbrRule, newPbrRule, removePbrRule } from './commands';
import { edit, editRule, withOptional } from './edit';
import { FF, PP } from './fields';
import { usePoliciesUi } from './policies-ui-store';

type ActionKind = 'egressHub' | 'nextHop' | 'drop';

export function PbrTab() {
  const design = useDesignStore((s) => s.design);
  const openId = usePoliciesUi((s) => s.ruleId);
  const rules = design.pbrRules;
  const open = rules.find((r) => r.id === openId) ?? rules[0];
  const add = () => {
    let created = '';
    edit('Add PBR rule', (d) => {
      const r = newPbrRule(d);
      created = r.id;
      return addPbrRule(d, r);
    });
    usePoliciesUi.setState({ ruleId: created });
  };
  const move = (id: string, delta: number) =>
    edit(`Move PBR rule ${id} ${delta < 0 ? 'up' : 'down'}`, (d) => movePbrRule(d, id, delta));
  return (
    <div className="master-detail">
      <nav className="master-list" aria-label="PBR rules, first match wins">
        <ol data-testid="pbr-list">
          {rules.map((r, i) => (
            <li key={r.id} className="pbr-item" data-testid={`pbr-item-${r.id}`}>
              <button
                type="button"
                className={`master-item${r.id === open?.id ? ' is-open' : ''}`}
                aria-current={r.id === open?.id}
                onClick={() => usePoliciesUi.setState({ ruleId: r.id })}
              >
                <span className="master-index">{i + 1}</span>
                <span className="master-name">{r.name ?? r.id}</span>
                <span className="master-sub">{describeAction(r)}</span>
              </button>
              <span className="reorder">
                <button
                  type="button"
                  className="btn-icon"
                  aria-label={`Move ${r.id} up`}
                  data-testid={`pbr-up-${r.id}`}
                  disabled={i === 0}
                  onClick={() => move(r.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn-icon"
                  aria-label={`Move ${r.id} down`}
                  data-testid={`pbr-down-${r.id}`}
                  disabled={i === rules.length - 1}
                  onClick={() => move(r.id, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn-small" data-testid="pbr-add" onClick={add}>
          + Add rule
        </button>
      </nav>
      <div className="detail">
        {open ? (
          <RuleForm
            key={open.id}
            rule={open}
            classIds={design.trafficClasses.map((c) => c.id)}
            firstHub={design.nodes.find((n) => n.kind === 'hub')?.id}
          />
        ) : (
          <p className="empty muted">No PBR rule yet. Rules run before the class strategies, first match wins.</p>
        )}
      </div>
    </div>
  );
}

function describeAction(r: PbrRule): string {
  if (r.action.drop) return 'drop';
  if (r.action.egressHub) return `→ ${r.action.egressHub}`;
  if (r.action.nextHop) return `next hop ${r.action.nextHop}`;
  return 'no action';
}

function actionKind(r: PbrRule): ActionKind {
  return r.action.drop
    ? 'drop'
    : r.action.nextHop !== undefined && r.action.egressHub === undefined
      ? 'nextHop'
      : 'egressHub';
}

function RuleForm({ rule, classIds, firstHub }: { rule: PbrRule; classIds: string[]; firstHub: string | undefined }) {
  const id = rule.id;
  const m = rule.match;
  const kind = actionKind(rule);
  const target = kind === 'nextHop' ? rule.action.nextHop : rule.action.egressHub;
  return (
    <div className="form policy-form" data-testid="pbr-form" data-rule={id}>
      <div className="form-head">
        <code className="element-id">{id}</code>
        <button
          type="button"
          className="btn btn-small btn-danger policy-delete"
          data-testid="pbr-delete"
          onClick={() => edit(`Delete PBR rule ${id}`, (d) => removePbrRule(d, id))}
        >
          Delete
        </button>
      </div>
      <Section title="Rule">
        <Row>
          <DraftField
            label="Name"
            testId="pbr-name"
            value={rule.name}
            format={FF.optionalText}
            parse={PP.optionalName}
            onCommit={(name) => editRule(id, 'name', (r) => withOptional(r, 'name', name))}
          />
          <DraftField
            label="Installed on"
            testId="pbr-applies-to"
            value={rule.appliesTo}
            format={FF.inline}
            parse={PP.selectors}
            help="site ids, tag:<tag> or *"
            onCommit={(appliesTo) => editRule(id, 'sites', (r) => ({ ...r, appliesTo }))}
          />
        </Row>
      </Section>
      <Section title="Match">
        <Row>
          <SelectField
            label="Traffic class"
            testId="pbr-class"
            value={m.trafficClass ?? ''}
            options={[{ value: '', label: 'any' }, ...classIds.map((c) => ({ value: c, label: c }))]}
            onChange={(v) =>
              editRule(id, 'class', (r) => ({
                ...r,
                match: withOptional(r.match, 'trafficClass', v === '' ? undefined : v),
              }))
            }
          />
          <SelectField
            label="Protocol"
            testId="pbr-protocol"
            value={m.protocol}
            options={PROTOCOLS.map((p) => ({ value: p, label: p }))}
            onChange={(protocol) => editRule(id, 'protocol', (r) => ({ ...r, match: { ...r.match, protocol } }))}
          />
          <DraftField
            label="DSCP"
            testId="pbr-dscp"
            value={m.dscp}
            format={FF.inline}
            parse={PP.dscp}
            placeholder="any"
            onCommit={(dscp) => editRule(id, 'DSCP', (r) => ({ ...r, match: { ...r.match, dscp } }))}
          />
          <DraftField
            label="Ports"
            testId="pbr-ports"
            value={m.ports}
            format={FF.inline}
            parse={PP.pbrPorts}
            placeholder="any"
            onCommit={(ports) => editRule(id, 'ports', (r) => ({ ...r, match: { ...r.match, ports } }))}
          />
        </Row>
        <DraftField
          label="Destination prefixes"
          testId="pbr-destination-prefixes"
          value={m.destinationPrefixes}
          format={FF.list}
          parse={PP.prefixes}
          multiline
          placeholder="any"
          onCommit={(destinationPrefixes) =>
            editRule(id, 'destination prefixes', (r) => ({ ...r, match: { ...r.match, destinationPrefixes } }))
          }
        />
      </Section>
      <Section title="Action">
        <Row>
          <SelectField<ActionKind>
            label="Then"
            testId="pbr-action"
            value={kind}
            options={[
              { value: 'egressHub', label: 'leave through hub' },
              { value: 'nextHop', label: 'send to next hop' },
              { value: 'drop', label: 'drop' },
            ]}
            onChange={(next) =>
              editRule(id, 'action', (r) => {
                // A hub or next hop needs an id: keep the one the rule had, else the first hub.
                const targetId = r.action.egressHub ?? r.action.nextHop ?? firstHub;
                if (next === 'drop' || targetId === undefined) return { ...r, action: { drop: true } };
                return { ...r, action: { [next]: targetId } };
              })
            }
          />
          {kind === 'drop' ? null : (
            <DraftField
              label={kind === 'egressHub' ? 'Hub' : 'Next hop'}
              testId="pbr-target"
              value={target ?? ''}
              format={FF.text}
              parse={PP.id}
              onCommit={(v) => editRule(id, 'target', (r) => ({ ...r, action: { [kind]: v } }))}
            />
          )}
        </Row>
      </Section>
    </div>
  );
}
