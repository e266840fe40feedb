// The policies panel: traffic classes, routing policy and PBR rules as forms, the same content as
// YAML (policy as code), lint findings, and intent templates. Registered in app/registry.ts.
import './policies.css';
import { ClassesTab } from './ClassesTab';
import { LintList } from './LintList';
import { PbrTab } from './PbrTab';
import { type PoliciesTab, setPoliciesTab, usePoliciesUi } from './policies-ui-store';
import { RoutingTab } from './RoutingTab';
import { TemplatesMenu } from './TemplatesMenu';
import { useLint } from './use-lint';
import { YamlTab } from './YamlTab';

const TABS: readonly { id: PoliciesTab; label: string }[] = [
  { id: 'classes', label: 'Traffic classes' },
  { id: 'routing', label: 'BGP policy' },
  { id: 'pbr', label: 'PBR rules' },
  { id: 'yaml', label: 'YAML' },
  { id: 'lint', label: 'Lint' },
];

export default function PoliciesPanel() {
  const tab = usePoliciesUi((s) => s.tab);
  const findings = useLint();
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <div className="policies" data-testid="policies-panel">
      <div className="policies-head">
        <div className="policies-tabs" role="tablist" aria-label="Policies">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={t.id === tab}
              className="policies-tab"
              data-testid={`policies-tab-${t.id}`}
              onClick={() => setPoliciesTab(t.id)}
            >
              {t.label}
              {t.id === 'lint' && findings.length > 0 ? (
                <span className={`lint-count${errors > 0 ? ' has-errors' : ''}`} data-testid="lint-count">
                  {findings.length}
                </span>
              ) : null}
            </button>
          ))}
        </div>
        <TemplatesMenu />
      </div>
      <div className="policies-body" role="tabpanel">
        {tab === 'classes' ? <ClassesTab /> : null}
        {tab === 'routing' ? <RoutingTab /> : null}
        {tab === 'pbr' ? <PbrTab /> : null}
        {tab === 'yaml' ? <YamlTab /> : null}
        {tab === 'lint' ? <LintList findings={findings} /> : null}
      </div>
    </div>
  );
}
