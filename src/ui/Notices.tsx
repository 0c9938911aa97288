import { useExplorer } from '../state/store';

/** What the app rejected (from a link, or input), in plain words; each can be dismissed. */
export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {notices.map((n) => (
        <div className="notice" key={n.id}>
          {/* Text only: nothing from a URL is ever rendered as HTML. */}
          <div>
            <span>{n.text}</span>
            <ul>
              {n.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
