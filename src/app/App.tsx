// Placeholder shell: replaced by the designer layout (issue: foundation).
export function App() {
  return <h1>Egress Designer</h1>;
}
