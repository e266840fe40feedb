// Policies as code: the same content as the forms, as YAML in monaco. Valid text applies to the
// design at once (one undo step while typing); text that does not parse or validate changes
// nothing: markers and the list below say why, and the design keeps its last valid version.
// An outside change (a form, undo, a template) replaces the text.
import { useEffect, useMemo, useRef, useState } from 'react';
import { APPLICATION_PRESETS } from '../../model';
import { type EditorMarker, YamlEditor } from '../../monaco';
import { designNames, POLICY_SCHEMA_URI, policyJsonSchemaFor } from '../../policies/json-schema';
import { designPoliciesToYaml, type PolicyProblem, parsePolicyYaml } from '../../policies/yaml-document';
import { locateFindings } from '../../policies/yaml-locate';
import { updateDesign, useDesignStore } from '../../state/design-store';
import { useLint } from './use-lint';

const MODEL_PATH = 'policies.yaml';
const APPLICATIONS = APPLICATION_PRESETS.map((a) => a.id);
/** Apply after a short pause in typing, not on every keystroke. */
const APPLY_DELAY_MS = 250;

export function YamlTab() {
  const design = useDesignStore((s) => s.design);
  // Positions and names change the design but not this text; the string compare below skips them.
  const designText = useMemo(() => designPoliciesToYaml(design), [design]);
  const [text, setText] = useState(designText);
  const [problems, setProblems] = useState<readonly PolicyProblem[]>([]);
  /** The canonical text of the design as the editor last applied or showed it. */
  const inSync = useRef(designText);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const findings = useLint();
  // Rebinding restarts the YAML worker, so only when the ids offered as completions change.
  const namesKey = JSON.stringify(designNames(design));
  const schema = useMemo(
    () => ({
      uri: POLICY_SCHEMA_URI,
      fileMatch: [MODEL_PATH],
      schema: policyJsonSchemaFor(JSON.parse(namesKey), APPLICATIONS) as never,
    }),
    [namesKey],
  );

  useEffect(() => {
    if (designText === inSync.current) return;
    inSync.current = designText;
    setText(designText);
    setProblems([]);
  }, [designText]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const apply = (next: string) => {
    let result: ReturnType<typeof parsePolicyYaml> | null = null;
    updateDesign(
      'Edit policies (YAML)',
      (d) => {
        result = parsePolicyYaml(next, d);
        if (!result.ok) return d;
        inSync.current = designPoliciesToYaml(result.design);
        return result.design;
      },
      { coalesceKey: 'policies-yaml' },
    );
    const done = result as ReturnType<typeof parsePolicyYaml> | null;
    setProblems(done && !done.ok ? done.problems : []);
  };

  const onChange = (next: string) => {
    setText(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => apply(next), APPLY_DELAY_MS);
  };

  const markers = useMemo<EditorMarker[]>(
    () => (problems.length > 0 ? [...problems] : locateFindings(text, findings)),
    [problems, text, findings],
  );

  return (
    <div className="yaml-tab">
      <div className="yaml-editor-host">
        <YamlEditor
          value={text}
          onChange={onChange}
          path={MODEL_PATH}
          schema={schema}
          markers={markers}
          ariaLabel="Policies as YAML"
        />
      </div>
      <div
        className="yaml-status"
        data-testid="yaml-status"
        data-state={problems.length > 0 ? 'invalid' : 'valid'}
        role="status"
      >
        {problems.length > 0 ? (
          <>
            <strong>Not applied: the design keeps its last valid policies.</strong>
            <ul>
              {problems.slice(0, 5).map((p) => (
                <li key={`${p.line}:${p.column}:${p.message}`} data-testid="yaml-problem">
                  line {p.line}: {p.message}
                </li>
              ))}
              {problems.length > 5 ? <li>and {problems.length - 5} more</li> : null}
            </ul>
          </>
        ) : (
          <span>Valid: edits apply as you type. Ctrl+Space completes, hover explains a field.</span>
        )}
      </div>
    </div>
  );
}
