import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built page may load nothing from anywhere but its own origin: no fonts, scripts or
 * beacons from elsewhere, no inline scripts, no plugins. Inline styles stay allowed because
 * React sets style attributes (tooltips, label positions). Build only: the dev server injects
 * inline scripts for hot reload.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'clusterscope-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The footer links to the fact sheet at its path in the repository; the build ships it there too,
 * so the link works on a deployed site as it does on the dev server (which serves the repository).
 */
function factSheet(): Plugin {
  const fileName = 'docs/hardware-facts.md';
  return {
    name: 'clusterscope-fact-sheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(fileName, 'utf8') });
    },
  };
}

export default defineConfig({
  // Relative asset paths: the built site works from any folder (a project page, a bucket
  // prefix, /tools/clusterscope/), not only at a domain's root. Links keep their query.
  base: './',
  plugins: [react(), contentSecurityPolicy(), factSheet()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
