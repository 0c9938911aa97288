import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The sidebar as a drawer on narrow screens: open moves focus into it, Escape (anywhere) or the
 * close button shuts it and gives focus back to the button that opened it. On wide screens the
 * CSS shows the sidebar whatever `open` says.
 */
export function useDrawer() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const closer = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    opener.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    closer.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // Capture, so Escape shuts the drawer rather than climbing a level.
      e.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, close]);

  return { open, toggle: () => setOpen((o) => !o), close, opener, closer };
}
