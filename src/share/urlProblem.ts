/** What the decoder did with a parameter it could not apply as given. */
export type ProblemAction = 'ignored' | 'clamped' | 'defaulted';

/**
 * One thing a link asked for that could not be applied as given, in words a user can act on.
 * Plain text, never markup: user text in it is clipped, quoted and stripped of control characters.
 */
export interface UrlProblem {
  /** The parameter as the link spelt it, or "link" for the link as a whole. */
  parameter: string;
  /** ignored: the value was not used; clamped: a value inside the allowed range was used; defaulted: a default replaced it. */
  action: ProblemAction;
  message: string;
}

/** Collects the problems of one parameter; the decoder binds the parameter's name. */
export type ReportProblem = (action: ProblemAction, message: string) => void;
