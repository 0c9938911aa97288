import type { GroupSpan } from './groupPlacement';

/**
 * Collective times on a group laid over one or more wiring dimensions, in seconds. Bytes are
 * per member. Infinity where the group crosses a dimension with no bandwidth. Each `…PerSpan`
 * form gives the seconds spent in each dimension the group spans (in the order of its spans),
 * so the step model can say how busy each kind of link is; the plain forms add them up.
 *
 * All-reduce runs dimension by dimension (the bucket algorithm on a torus, hierarchical on
 * switch + network): a reduce-scatter over the innermost dimension leaves each member 1/e of
 * the data for the next, so dimension d carries S_d = S / (e_0 ⋯ e_{d−1}) and costs
 * 2·(e_d − 1)/e_d · S_d / B_d plus 2·(e_d − 1) latencies (ring formulas, fact sheet §10.2).
 * Reduce-scatter and all-gather are half of that.
 */
export function halfPassPerSpan(spans: readonly GroupSpan[], bytes: number): number[] {
  let share = bytes;
  return spans.map((span) => {
    const e = span.extent;
    const seconds = ((e - 1) / e) * (share / span.bandwidth) + (e - 1) * span.dimension.latency;
    share /= e;
    return seconds;
  });
}

export const allReducePerSpan = (spans: readonly GroupSpan[], bytes: number): number[] =>
  halfPassPerSpan(spans, bytes).map((s) => 2 * s);

/**
 * All-to-all of `bytes` per member (1/g of it to each member), dimension by dimension. In a
 * ring dimension the bisection binds: half the members send e/2 shares of S/e across a cut of
 * two links (one for a line), so e·S/4 bytes cross 2·b (or b) one way, where the member's own
 * links give (e − 1)/e·S over its bandwidth; the slower of the two counts. Through a switch
 * or the network only the member's own bandwidth binds.
 */
export function allToAllPerSpan(spans: readonly GroupSpan[], bytes: number): number[] {
  return spans.map((span) => {
    const e = span.extent;
    const injection = ((e - 1) / e) * (bytes / span.bandwidth);
    let bisection = 0;
    if (span.dimension.kind === 'ring') {
      const closes = e * span.stride === span.dimension.size;
      const cutBandwidth = ((closes ? 2 : 1) * span.dimension.linkBandwidth) / span.stride;
      bisection = (e * bytes) / 4 / cutBandwidth;
    }
    return Math.max(injection, bisection) + (e - 1) * span.dimension.latency;
  });
}

/** One point-to-point transfer to the next member, over the group's innermost dimension only. */
export function sendPerSpan(spans: readonly GroupSpan[], bytes: number): number[] {
  return spans.map((span, i) => {
    if (i > 0) return 0;
    const perLink = span.dimension.kind === 'ring' ? span.dimension.linkBandwidth / span.stride : span.bandwidth;
    return bytes / perLink + span.dimension.latency;
  });
}

const total = (seconds: number[]) => seconds.reduce((sum, s) => sum + s, 0);

export const allReduceSeconds = (spans: readonly GroupSpan[], bytes: number) => total(allReducePerSpan(spans, bytes));
export const reduceScatterSeconds = (spans: readonly GroupSpan[], bytes: number) =>
  total(halfPassPerSpan(spans, bytes));
export const allGatherSeconds = reduceScatterSeconds;
export const allToAllSeconds = (spans: readonly GroupSpan[], bytes: number) => total(allToAllPerSpan(spans, bytes));
export const sendSeconds = (spans: readonly GroupSpan[], bytes: number) => total(sendPerSpan(spans, bytes));
