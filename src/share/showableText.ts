/**
 * Characters a link may not smuggle into text we show: C0/C1 controls, line and paragraph
 * separators, bidirectional overrides (which can reorder what a reader sees), and unpaired
 * surrogates (which cannot be percent-encoded). No `u` flag: the pattern works on UTF-16 units.
 */
const UNSHOWABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job.
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

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

/** User text made short and inert before a message echoes it back. */
export function quote(value: string): string {
  const clean = showableText(value);
  const clipped = clean.length > 40 ? `${clipText(clean, 40)}…` : clean;
  return JSON.stringify(clipped);
}

/** A parameter name as a message shows it. */
export function parameterLabel(name: string): string {
  const clean = clipText(showableText(name), 40);
  return clean.length > 0 ? clean : '(unnamed)';
}
