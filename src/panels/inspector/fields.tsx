// Form fields that validate as you type. Each keeps what the user typed (the draft); a valid
// draft is written to the design at once (consecutive keystrokes merge into one undo step), an
// invalid one stays visible with its reason and the design keeps the last valid value.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Parsed } from './parse';

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

interface DraftFieldProps<T> {
  label: string;
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  testId: string;
  help?: string;
  placeholder?: string;
  unit?: string;
  multiline?: boolean;
  /** Id of a <datalist> with suggestions. */
  list?: string;
  /** Visible input normalisation (e.g. upper-casing a country code as it is typed). */
  transform?: (text: string) => string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  readOnly?: boolean;
}

export function DraftField<T>(props: DraftFieldProps<T>) {
  const { value, format, parse, onCommit } = props;
  const id = useId();
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  // The document changed elsewhere (undo, another panel): show it, unless the draft already means it.
  useEffect(() => {
    const parsed = parse(draftRef.current);
    if (!(parsed.ok && same(parsed.value, value))) {
      setDraft(format(value));
      setError(null);
    }
  }, [value, format, parse]);

  const onChange = (raw: string) => {
    const text = props.transform ? props.transform(raw) : raw;
    setDraft(text);
    const parsed = parse(text);
    if (parsed.ok) {
      setError(null);
      if (!same(parsed.value, value)) onCommit(parsed.value);
    } else setError(parsed.error);
  };

  const common = {
    id,
    value: draft,
    'data-testid': props.testId,
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${id}-error` : props.help ? `${id}-help` : undefined,
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    className: `field-input${error ? ' is-invalid' : ''}`,
    spellCheck: false,
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <div className="field-control">
        {props.multiline ? (
          <textarea
            {...common}
            rows={Math.min(8, Math.max(2, draft.split('\n').length + 1))}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input {...common} list={props.list} inputMode={props.inputMode} onChange={(e) => onChange(e.target.value)} />
        )}
        {props.unit ? <span className="field-unit">{props.unit}</span> : null}
      </div>
      {error ? (
        <div id={`${id}-error`} className="field-error" role="alert" data-testid={`${props.testId}-error`}>
          {error}
        </div>
      ) : props.help ? (
        <div id={`${id}-help`} className="field-help">
          {props.help}
        </div>
      ) : null}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  testId: string;
  help?: string;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <select
        id={id}
        className="field-input"
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.help ? <div className="field-help">{props.help}</div> : null}
    </div>
  );
}

export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  help?: string;
}) {
  return (
    <label className="check" title={props.help}>
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

export function Section({
  title,
  children,
  defaultOpen = true,
}: {
  title: string;
  children: ReactNode;
  defaultOpen?: boolean;
}) {
  return (
    <details className="section" open={defaultOpen}>
      <summary>{title}</summary>
      <div className="section-body">{children}</div>
    </details>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <div className="field-row">{children}</div>;
}
