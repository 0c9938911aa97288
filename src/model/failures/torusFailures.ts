/** A failed link, named by the chips at its two ends. */
export type FailedLink = readonly [number, number];

/**
 * What is broken in one torus domain. A radix-2 dimension has two parallel links between its
 * pair of chips: each listing of the pair takes down one of them (list it twice for both).
 * A failed chip takes all its links with it.
 */
export interface TorusFailures {
  links?: readonly FailedLink[];
  chips?: readonly number[];
}

/** A physical link that is down, once, with its lower-numbered end first. */
export interface DownLink {
  a: number;
  b: number;
  dim: number;
}
