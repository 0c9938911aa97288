/**
 * Caps that bound what one decode can cost, whatever the link: the decoder reads at most
 * `maxLinkChars` characters, `maxParameters` parameters and `maxValueChars` per value, so its
 * work is bounded by construction, not by a timing test. Links clusterscope writes stay far
 * below each (under 2,000 characters in all).
 */
export const LINK_LIMITS = {
  /** Characters of the query read; the rest is reported and dropped. */
  maxLinkChars: 8192,
  /** Parameters read, in order; the rest are reported and dropped. */
  maxParameters: 200,
  /** A longer value is not read at all. */
  maxValueChars: 1000,
  /** Problems listed; more are summed up in one last line. */
  maxProblems: 20,
} as const;

/** Bounds of the view's lists and free text, so a link cannot grow the state without limit. */
export const VIEW_LIMITS = {
  /** Chips selected in the wiring view: one, or two for a path. */
  maxSelection: 2,
  maxFailedLinks: 32,
  maxFailedChips: 32,
  /** Columns of the comparison table. */
  maxCompare: 4,
  /** Camera coordinates, metres from the scene's origin (a campus is a few kilometres). */
  maxCameraCoordinate: 1e6,
  /** All-reduce bytes per chip. */
  collectiveBytes: { min: 1, max: 1e13 },
  /** Caption and site name, in characters (code points). */
  maxCaptionChars: 120,
  maxSiteNameChars: 60,
} as const;
