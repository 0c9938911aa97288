/**
 * The query part of whatever a user pastes: a full URL (`http://host/?v=1&…#x`), a path with a
 * query (`/?v=1`), or the query itself (`v=1&preset=trn2`, `?v=1`). Pure; never throws.
 */
export function queryOfLink(link: string): string {
  const text = link.trim();
  const question = text.indexOf('?');
  // A `?` is the query's start only when nothing before it looks like a parameter.
  const beforeQuestion = question >= 0 ? text.slice(0, question) : '';
  const query =
    question >= 0 && !/[=&]/.test(beforeQuestion) ? text.slice(question + 1) : /[=&]/.test(text) ? text : '';
  const hash = query.indexOf('#');
  return hash >= 0 ? query.slice(0, hash) : query;
}
