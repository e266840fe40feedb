// A finding about a design, from validation, the engine or lint. `elementId` lets the UI
// select and reveal the offending element.
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. "link.dangling-end". */
  code: string;
  message: string;
  elementId?: string;
}
