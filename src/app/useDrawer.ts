import { useEffect, useRef, useState } from 'react';

/** Where the sidebar is a drawer; keep in step with the media query in app.css. */
const NARROW = '(max-width: 900px)';

/**
 * The sidebar as a drawer on narrow screens. Opening moves focus into it (the page behind is
 * inert meanwhile); Escape anywhere, the close button or the scrim shut it, and focus goes back
 * to the button that opened it. Widening the window past the breakpoint closes it.
 */
export function useDrawer() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const closer = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    // After the commit, so the page is no longer inert when focus returns to it.
    if (!open) {
      if (wasOpen.current) opener.current?.focus();
      wasOpen.current = false;
      return;
    }
    wasOpen.current = true;
    closer.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // Capture, so Escape shuts the drawer rather than climbing a level.
      e.preventDefault();
      setOpen(false);
    };
    const narrow = window.matchMedia(NARROW);
    const onWiden = () => {
      if (!narrow.matches) setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    narrow.addEventListener('change', onWiden);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      narrow.removeEventListener('change', onWiden);
    };
  }, [open]);

  return { open, toggle: () => setOpen((o) => !o), close: () => setOpen(false), opener, closer };
}
