// A marker in editor coordinates (1-based lines and columns, end exclusive), independent of
// monaco so pure code (src/policies) can compute them and tests can check them.
export interface EditorMarker {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
