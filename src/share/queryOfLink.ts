/** What a pasted link yields: its query (without `?`), or why it is not a clusterscope link. */
export type LinkQuery = { ok: true; query: string } | { ok: false; reason: string };

/** Resolves paths and bare queries; never fetched, never shown. */
const BASE = 'http://clusterscope.invalid/';
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB_SCHEMES = new Set(['http:', 'https:', 'file:']);
const HOST_WITHOUT_SCHEME = /^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d+)?(?=[/?#]|$)/i;

/**
 * Reads whatever a user pastes, by the URL standard (`new URL`): a full URL
 * (`http://host/?v=1&…#x`), a path with a query (`/?v=1`), or the query itself (`v=1&preset=trn2`,
 * `?v=1`). Refuses what cannot be a link to this page: an empty text, another scheme
 * (`javascript:`, `mailto:`), or words that carry no parameter (`hello world`). Pure; never throws.
 */
export function readLinkQuery(link: string): LinkQuery {
  const trimmed = link.trim();
  if (trimmed === '') return { ok: false, reason: 'the link is empty' };
  // `localhost:5173/?…` or `example.com/?…`: a web address pasted without its scheme.
  const text = HOST_WITHOUT_SCHEME.test(trimmed) ? `http://${trimmed}` : trimmed;
  const hasScheme = SCHEME.test(text);
  // A bare query (`v=1&us=4`): parameters before anything that looks like a path or a scheme.
  const bareQuery = !hasScheme && !text.startsWith('/') && !text.startsWith('?') && /^[^/?#]*=/.test(text);
  let url: URL;
  try {
    url = new URL(bareQuery ? `?${text}` : text, BASE);
  } catch {
    return { ok: false, reason: 'it is not a URL' };
  }
  if (hasScheme && !WEB_SCHEMES.has(url.protocol))
    return { ok: false, reason: `a ${url.protocol} link is not a web page` };
  if (!hasScheme && !bareQuery && !text.startsWith('/') && !text.startsWith('?'))
    return { ok: false, reason: 'it is neither a URL, a path such as /?preset=trn2, nor a query such as preset=trn2' };
  return { ok: true, query: url.search.slice(1) };
}

/** The query part of a link (see readLinkQuery); empty when it is not a link to this page. */
export function queryOfLink(link: string): string {
  const read = readLinkQuery(link);
  return read.ok ? read.query : '';
}
