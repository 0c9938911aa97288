/** Remembers the last result per argument identity: derived data is computed once per change, shared by every component. */
export function memoizeLast<Args extends unknown[], R>(compute: (...args: Args) => R): (...args: Args) => R {
  let lastArgs: Args | undefined;
  let lastResult: R;
  return (...args: Args) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((a, i) => !Object.is(a, lastArgs![i]))) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
