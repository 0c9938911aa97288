import { LINK_LIMITS } from './linkLimits';
import { formatForPeople } from './numberText';
import { parameterLabel } from './showableText';
import type { UrlProblem } from './urlProblem';

/** The link as a whole, when a problem is not about one parameter. */
export const WHOLE_LINK = 'link';

/**
 * Reads a query string (with or without its `?`) into parameters, within LINK_LIMITS: at most
 * `maxLinkChars` characters, `maxParameters` parameters, `maxValueChars` per value; a
 * repeated name keeps its first value. Whatever is cut is reported. Malformed percent-encoding
 * reads as U+FFFD, as browsers do; nothing here throws.
 */
export function readQuery(search: string): { params: URLSearchParams; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const { maxLinkChars, maxParameters, maxValueChars } = LINK_LIMITS;
  let text = search.startsWith('?') ? search.slice(1) : search;
  if (text.length > maxLinkChars) {
    // Cut at the last whole parameter that fits, so none is read half-way.
    const lastSeparator = text.lastIndexOf('&', maxLinkChars);
    problems.push({
      parameter: WHOLE_LINK,
      action: 'ignored',
      message: `The link is ${formatForPeople(text.length)} characters long: only its first ${formatForPeople(maxLinkChars)} were read.`,
    });
    text = text.slice(0, lastSeparator > 0 ? lastSeparator : maxLinkChars);
  }
  let raw: URLSearchParams;
  try {
    raw = new URLSearchParams(text);
  } catch {
    problems.push({ parameter: WHOLE_LINK, action: 'ignored', message: 'The link could not be read as parameters.' });
    return { params: new URLSearchParams(), problems };
  }
  const params = new URLSearchParams();
  /** Times each name read so far appeared. */
  const seen = new Map<string, number>();
  let beyond = 0;
  for (const [name, value] of raw) {
    const times = seen.get(name);
    if (times !== undefined) {
      seen.set(name, times + 1);
      continue;
    }
    if (seen.size === maxParameters) {
      beyond++;
      continue;
    }
    seen.set(name, 1);
    if (value.length > maxValueChars) {
      problems.push({
        parameter: parameterLabel(name),
        action: 'ignored',
        message: `Ignored ${parameterLabel(name)}: its value is ${formatForPeople(value.length)} characters long, more than the ${formatForPeople(maxValueChars)} a value may have.`,
      });
      continue;
    }
    params.append(name, value);
  }
  for (const [name, times] of seen) {
    if (times > 1) {
      problems.push({
        parameter: parameterLabel(name),
        action: 'ignored',
        message: `${parameterLabel(name)} appears ${times} times: only the first was read.`,
      });
    }
  }
  if (beyond > 0) {
    problems.push({
      parameter: WHOLE_LINK,
      action: 'ignored',
      message: `Ignored ${formatForPeople(beyond)} parameters past the first ${maxParameters}.`,
    });
  }
  return { params, problems };
}
