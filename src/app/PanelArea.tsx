// A tabbed side panel listing the PANELS registered for one area.
import { Suspense, useEffect, useMemo, useRef } from 'react';
import { useUiStore } from '../state/ui-store';
import { PANELS } from './registry';

export function PanelArea({ area }: { area: 'right' | 'bottom' }) {
  const panels = useMemo(() => PANELS.filter((p) => p.area === area).sort((a, b) => a.order - b.order), [area]);
  const requested = useUiStore((s) => (area === 'right' ? s.rightTab : s.bottomTab));
  const bottomOpen = useUiStore((s) => s.bottomOpen);
  const active = panels.find((p) => p.id === requested) ?? panels[0];
  const strip = useRef<HTMLDivElement>(null);
  // The strip scrolls sideways when its tabs outgrow the panel: keep the open tab in view, also
  // when a shortcut or another panel opens it.
  // In the next frame, not in this effect: scrolling needs an up-to-date layout, and forcing it
  // here, right after the new panel mounted, added the whole page's layout (20 ms with a
  // 1,000-node canvas) to the task that rendered the panel. The frame lays out anyway.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const tab = strip.current?.querySelector<HTMLElement>(`[data-testid="panel-tab-${active?.id}"]`);
      tab?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [active?.id]);
  if (!active) return null;
  const collapsed = area === 'bottom' && !bottomOpen;
  const select = (id: string) =>
    useUiStore.setState(
      area === 'right'
        ? { rightTab: id }
        : (s) => ({ bottomTab: id, bottomOpen: s.bottomTab === id ? !s.bottomOpen : true }),
    );
  const Active = active.component;
  return (
    <section
      className={`panel-area panel-${area}${collapsed ? ' is-collapsed' : ''}`}
      data-testid={`panel-area-${area}`}
    >
      <div
        ref={strip}
        className="panel-tabs"
        role="tablist"
        aria-label={area === 'right' ? 'Side panels' : 'Bottom panels'}
      >
        {panels.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            className="panel-tab"
            aria-selected={!collapsed && p.id === active.id}
            data-testid={`panel-tab-${p.id}`}
            onClick={() => select(p.id)}
          >
            {p.title}
          </button>
        ))}
        {area === 'bottom' ? (
          <button
            type="button"
            className="panel-collapse"
            title={collapsed ? 'Show the panel' : 'Hide the panel'}
            aria-label={collapsed ? 'Show the bottom panel' : 'Hide the bottom panel'}
            onClick={() => useUiStore.setState((s) => ({ bottomOpen: !s.bottomOpen }))}
          >
            {collapsed ? '▴' : '▾'}
          </button>
        ) : null}
      </div>
      {collapsed ? null : (
        <div className="panel-body" role="tabpanel" data-testid={`panel-${active.id}`}>
          <Suspense fallback={<div className="panel-loading">Loading…</div>}>
            <Active />
          </Suspense>
        </div>
      )}
    </section>
  );
}
