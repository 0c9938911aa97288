/**
 * Characters a link may not smuggle into text we show: C0/C1 controls, line and paragraph
 * separators, bidirectional marks and overrides (which can reorder what a reader sees, U+061C
 * included), invisible characters that would make two different texts look the same (zero-width
 * space and non-joiner, word joiner and invisible operators, the byte-order mark, tag characters
 * U+E0000–U+E007F), and unpaired surrogates (which cannot be percent-encoded). The zero-width
 * joiner stays: emoji sequences need it. No `u` flag: the pattern works on UTF-16 units.
 */
const UNSHOWABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200c\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters above. */
export function showableText(text: string): string {
  return text.replace(UNSHOWABLE, '');
}

/** At most `max` code points, never splitting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** Code points, which is what a reader counts (an emoji is one character, two UTF-16 units). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

/** `\uXXXX` for each UTF-16 unit of an unshowable character: visible, inert, and what was really read. */
const escapeUnits = (text: string) =>
  Array.from({ length: text.length }, (_, i) => `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/**
 * User text made short and inert before a message echoes it back: quoted, clipped to 40
 * characters, and with every unshowable character written as its escape, so the message quotes
 * what was actually read (`us=5%00` reads as "5\u0000", not as a "5" that then fails to be a number).
 */
export function quote(value: string): string {
  const clipped = codePointLength(value) > 40 ? `${clipText(value, 40)}…` : value;
  return JSON.stringify(clipped).replace(UNSHOWABLE, escapeUnits);
}

/** A parameter name as a message shows it. */
export function parameterLabel(name: string): string {
  const clean = clipText(showableText(name), 40);
  return clean.length > 0 ? clean : '(unnamed)';
}
