import type { Theme } from '../share/shareState';

const QUERY = '(prefers-color-scheme: light)';

/** The reader's system preference; dark where the browser cannot say (tests, Node). */
export function systemTheme(): Theme {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'dark';
  return window.matchMedia(QUERY).matches ? 'light' : 'dark';
}

/** Calls back when the system preference changes; returns the unsubscribe function. */
export function watchSystemTheme(onChange: (theme: Theme) => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(QUERY);
  const listener = () => onChange(query.matches ? 'light' : 'dark');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
