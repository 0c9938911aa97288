import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// WCAG 2.x contrast, written out here from the definition (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio)
// rather than taken from the app: relative luminance of sRGB, then (L1 + 0.05) / (L2 + 0.05).
function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const channel = (i: number) => {
    const c = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const css = readFileSync(new URL('../../../src/app/app.css', import.meta.url), 'utf8');

/** The custom properties of the first rule whose selector is exactly `selector`. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `${selector} in app.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => [m[1]!, m[2]!]));
}

const THEMES = { dark: tokens(':root'), light: tokens(':root[data-theme="light"]') };
/** Text colours and the surfaces they are set on (WCAG AA for normal text: 4.5:1). */
const TEXT = ['text', 'muted', 'muted-strong', 'faint', 'accent', 'warn', 'bad'];
const SURFACES = ['bg', 'panel', 'control'];

describe('theme colours', () => {
  for (const [name, theme] of Object.entries(THEMES)) {
    it(`${name}: every text colour reaches 4.5:1 on every surface`, () => {
      for (const text of TEXT) {
        for (const surface of SURFACES) {
          expect(theme[text], `--${text}`).toBeDefined();
          expect(theme[surface], `--${surface}`).toBeDefined();
          expect(contrast(theme[text]!, theme[surface]!), `--${text} on --${surface}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(contrast(theme['warn-text']!, theme['warn-bg']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme['on-accent']!, theme.accent!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme['on-warn']!, theme.warn!)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('the two themes differ where it shows: the page background', () => {
    // #0d1117 is near black (luminance ≈ 0.006); #ffffff is white (1.0).
    expect(luminance(THEMES.dark.bg!)).toBeLessThan(0.05);
    expect(luminance(THEMES.light.bg!)).toBeGreaterThan(0.9);
  });
});

/** Every stylesheet under src/, by path. */
function stylesheets(folder = new URL('../../../src', import.meta.url).pathname): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('text colours come from the theme', () => {
  it('no stylesheet sets a text colour as a literal, so both themes (and the check above) cover all text', () => {
    const literals = stylesheets().flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), at: `${path.split('/src/')[1]}:${i + 1}` }))
        // `color:` alone (not background-color, border-color): a hex or rgb literal rather than var(--…).
        .filter(({ line }) => /(^|[\s;{])color:\s*(#|rgb)/.test(line))
        .map(({ line, at }) => `${at} ${line}`),
    );
    expect(literals).toEqual([]);
  });
});
