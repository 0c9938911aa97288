import type { Panel } from '../share/shareState';
import { useExplorer } from '../state/store';

/** The id of the one tab panel every tab controls (its content follows the selected tab). */
export const SIDEBAR_PANEL_ID = 'sidebar-panel';

const TABS: { panel: Panel; label: string }[] = [
  { panel: 'metrics', label: 'Explore' },
  { panel: 'controls', label: 'Configure' },
  { panel: 'compare', label: 'Compare' },
  { panel: 'training', label: 'Train' },
];

/** The sidebar's sections as tabs (arrow keys move between them). */
export function SidebarTabs() {
  const panel = useExplorer((s) => s.panel);
  const setPanel = useExplorer((s) => s.setPanel);
  return (
    <div
      className="tabs"
      role="tablist"
      aria-label="Sidebar"
      onKeyDown={(e) => {
        if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
        const i = TABS.findIndex((t) => t.panel === panel);
        const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
        setPanel(next.panel);
        document.getElementById(`tab-${next.panel}`)?.focus();
      }}
    >
      {TABS.map((t) => (
        <button
          key={t.panel}
          id={`tab-${t.panel}`}
          type="button"
          role="tab"
          aria-selected={panel === t.panel}
          aria-controls={SIDEBAR_PANEL_ID}
          tabIndex={panel === t.panel ? 0 : -1}
          onClick={() => setPanel(t.panel)}
          data-testid={`tab-${t.panel}`}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
