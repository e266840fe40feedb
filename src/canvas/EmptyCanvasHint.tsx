// What an empty canvas says to a first-time user: how to start, in three steps.
export function EmptyCanvasHint() {
  return (
    <div className="empty-hint" data-testid="empty-hint">
      <h2>Start your design</h2>
      <ol>
        <li>
          Drag a <b>site</b>, an <b>egress hub</b>, a <b>cloud region</b> or the <b>internet</b> from the palette on the
          left (or click one to add it).
        </li>
        <li>Drag from the dot on a node's edge to another node to connect them.</li>
        <li>Select anything to edit it in the inspector on the right.</li>
      </ol>
      <p>Or start from a template: File → New from template.</p>
    </div>
  );
}
