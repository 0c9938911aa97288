import { allReducePerSpan, allToAllPerSpan, halfPassPerSpan, sendPerSpan } from './groupCollectives';
import { type GroupSpan, placeGroup } from './groupPlacement';
import { memoryPerChip, type MemoryBreakdown, layersPerStage } from './memoryPerChip';
import { type GroupName, layoutProduct, type ParallelLayout } from './parallelLayout';
import type { StepAssumptions } from './stepAssumptions';
import type { TrainingMachine } from './trainingMachine';
import {
  attentionParameters,
  embeddingParameters,
  ffnParameters,
  modelFlopsPerToken,
  type TransformerShape,
} from './transformerShape';

/** Seconds per step by cause, on the busiest chip. Exposed communication only. */
export interface StepBreakdown {
  compute: number;
  tensorParallel: number;
  contextParallel: number;
  expertParallel: number;
  pipelineBubble: number;
  pipelineSends: number;
  dataParallel: number;
  optimizer: number;
}

/** How hard one kind of link works in a step: every collective that crosses it, hidden or not. */
export interface LinkLoad {
  dimension: string;
  kind: 'ring' | 'switch' | 'network';
  /** Seconds of the step in which this dimension's links carry traffic. */
  busySeconds: number;
  /** busySeconds ÷ the step, at most 1. */
  utilisation: number;
  /** Bytes one link (ring) or one chip's port (switch, network) carries per step, one direction. */
  bytesPerStep: number;
}

export interface StepResult {
  ok: true;
  stepSeconds: number;
  tokensPerSecond: number;
  /** Model FLOPs per second ÷ (chips × dense BF16 peak). */
  mfu: number;
  breakdown: StepBreakdown;
  memory: MemoryBreakdown;
  fits: boolean;
  microbatches: number;
  /** Each group's span over the wiring, for the picture and the explanation. */
  placement: Record<GroupName, GroupSpan[]>;
  /** Per wiring dimension, innermost first: how busy its links are. */
  linkLoad: LinkLoad[];
}

export type StepOutcome = StepResult | { ok: false; reason: string };

/** Why a layout cannot run this model on this machine, or null when it can. */
export function layoutProblem(
  shape: TransformerShape,
  layout: ParallelLayout,
  machine: TrainingMachine,
): string | null {
  const product = layoutProduct(layout);
  if (product !== machine.chips) {
    return `TP ${layout.tp} × PP ${layout.pp} × DP ${layout.dp} × CP ${layout.cp} × EP ${layout.ep} = ${product.toLocaleString('en-US')} chips, but the machine has ${machine.chips.toLocaleString('en-US')}`;
  }
  if (shape.heads % layout.tp !== 0) return `TP ${layout.tp} does not divide the ${shape.heads} attention heads`;
  if (layout.pp > shape.layers) return `PP ${layout.pp} is more stages than the ${shape.layers} layers`;
  if (layout.pp * layout.virtualStages > shape.layers) {
    return `${layout.pp} stages × ${layout.virtualStages} virtual stages exceed the ${shape.layers} layers`;
  }
  if (shape.sequenceLength % layout.cp !== 0)
    return `CP ${layout.cp} does not divide the ${shape.sequenceLength}-token sequence`;
  if (shape.experts % layout.ep !== 0) return `EP ${layout.ep} does not divide the ${shape.experts} experts`;
  const replicas = layout.dp * layout.ep;
  const perReplica = shape.globalBatchSequences / replicas;
  if (!Number.isInteger(perReplica) || perReplica < 1) {
    return `the global batch of ${shape.globalBatchSequences} sequences does not split over DP × EP = ${replicas}`;
  }
  if (perReplica % layout.microbatch !== 0) {
    return `${perReplica} sequences per replica do not split into microbatches of ${layout.microbatch}`;
  }
  const order = new Set(layout.order);
  if (order.size !== 5 || !['tp', 'cp', 'ep', 'pp', 'dp'].every((g) => order.has(g as GroupName))) {
    return 'the placement order must name tp, cp, ep, pp and dp once each';
  }
  return null;
}

/**
 * One training step of `shape` on `machine` split as `layout`.
 *
 * - Compute: model FLOPs (PaLM's 6N + 12·L·d·s per token) plus recomputed forward passes, at
 *   `computeEfficiency` of dense peak, scaled by the busiest stage's share of layers.
 * - Tensor parallelism (Megatron with sequence parallelism): per layer and microbatch, two
 *   all-gathers and two reduce-scatters forward and the same backward, on b·s·d activations:
 *   four all-reduces' worth, six with full recomputation. Not overlapped.
 * - Context parallelism: the chip's K and V are gathered forward and their gradients reduced
 *   backward, per layer; hidden behind attention's share of compute where it fits.
 * - Expert parallelism: dispatch and combine all-to-alls forward and backward per layer.
 * - Pipeline: the 1F1B bubble, (p − 1)/(m·v) of the per-microbatch work, and the sends of the
 *   fill and drain; steady-state sends overlap compute.
 * - Data parallelism: a reduce-scatter of gradients and an all-gather of weights (all-reduce
 *   cost), overlapping one microbatch's compute; ZeRO-3 adds a weight all-gather per
 *   microbatch forward and backward.
 * - Optimizer: reading and writing 16 bytes of state per local parameter at HBM bandwidth.
 */
export function stepTime(
  shape: TransformerShape,
  layout: ParallelLayout,
  machine: TrainingMachine,
  assumptions: StepAssumptions,
): StepOutcome {
  const problem = layoutProblem(shape, layout, machine);
  if (problem) return { ok: false, reason: problem };

  const placement = {} as Record<GroupName, GroupSpan[]>;
  let inner = 1;
  for (const group of layout.order) {
    const size = layout[group];
    const placed = placeGroup(machine.dimensions, inner, size);
    if (!placed.ok) return { ok: false, reason: `${group.toUpperCase()} ${size}: ${placed.reason}` };
    placement[group] = placed.spans;
    inner *= size;
  }
  for (const group of layout.order) {
    const dead = placement[group].find((span) => !(span.bandwidth > 0));
    if (dead) {
      return {
        ok: false,
        reason: `${group.toUpperCase()} crosses the ${dead.dimension.name}, which has no bandwidth: its chips are disconnected`,
      };
    }
  }

  const microbatches = shape.globalBatchSequences / (layout.dp * layout.ep * layout.microbatch);
  const tokens = shape.globalBatchSequences * shape.sequenceLength;
  const modelFlops = tokens * modelFlopsPerToken(shape);
  // A full recompute repeats the forward pass: a third of 6N more; selective repeats attention's
  // score and value matmuls forward, a third of the 12·L·d·s term.
  const attentionFlops = tokens * 12 * shape.layers * shape.hidden * shape.sequenceLength;
  const recomputeFlops =
    layout.recompute === 'full' ? modelFlops / 3 : layout.recompute === 'selective' ? attentionFlops / 3 : 0;
  const stageImbalance = (layersPerStage(shape, layout) * layout.pp) / shape.layers;
  const chipRate = machine.peakFlops * assumptions.computeEfficiency;
  const compute = ((modelFlops + recomputeFlops) / (machine.chips * chipRate)) * stageImbalance;
  const attentionCompute = (compute * attentionFlops) / modelFlops;

  const stageLayers = layersPerStage(shape, layout);
  const work = microbatches * stageLayers;
  const forwardPasses = layout.recompute === 'full' ? 2 : 1;
  const sequencePerChip = shape.sequenceLength / layout.cp;
  const activation = layout.microbatch * sequencePerChip * shape.hidden * assumptions.activationBytes;

  // Seconds each wiring dimension's links are busy, charged by every collective that crosses it.
  const busy = machine.dimensions.map(() => 0);
  // Returns the seconds charged, so each collective is priced once for both the step and the links.
  const charge = (spans: readonly GroupSpan[], perSpan: readonly number[], times: number) => {
    let seconds = 0;
    spans.forEach((span, i) => {
      const d = machine.dimensions.indexOf(span.dimension);
      busy[d] = busy[d]! + times * perSpan[i]!;
      seconds += times * perSpan[i]!;
    });
    return seconds;
  };

  const tensorParallel = charge(
    placement.tp,
    allReducePerSpan(placement.tp, activation),
    work * 2 * (forwardPasses + 1),
  );

  const headDim = shape.hidden / shape.heads;
  const kv =
    (layout.microbatch * sequencePerChip * 2 * shape.kvHeads * headDim * assumptions.activationBytes) / layout.tp;
  // Forward all-gathers of K and V (repeated when recomputing) and one backward reduce-scatter.
  const contextTraffic = charge(
    placement.cp,
    halfPassPerSpan(placement.cp, kv * layout.cp),
    work * (forwardPasses + 1),
  );
  const contextParallel = Math.max(0, contextTraffic - attentionCompute);

  const routed = (activation * shape.activeExperts) / layout.tp;
  const expertParallel =
    shape.experts > 1 ? charge(placement.ep, allToAllPerSpan(placement.ep, routed), work * 2 * (forwardPasses + 1)) : 0;

  const perMicrobatch = (compute + tensorParallel + contextParallel + expertParallel) / microbatches;
  const pipelineBubble = ((layout.pp - 1) / layout.virtualStages) * perMicrobatch;
  const send = sendPerSpan(placement.pp, activation / layout.tp);
  // Exposed: the sends of the fill and drain. The links carry every microbatch across every
  // stage boundary forward and back (v times when interleaved).
  const pipelineSends = layout.pp > 1 ? 2 * (layout.pp - 1) * send.reduce((sum, x) => sum + x, 0) : 0;
  charge(placement.pp, send, 2 * microbatches * layout.virtualStages);

  const denseLocal =
    (stageLayers * attentionParameters(shape) + embeddingParameters(shape) / (shape.tiedEmbeddings ? 1 : 2)) /
    layout.tp;
  const expertLocal = (stageLayers * shape.experts * ffnParameters(shape)) / (layout.tp * layout.ep);
  const gradientBytes = assumptions.activationBytes;
  const denseGroup = [...placement.ep, ...placement.dp];
  let dataTraffic =
    charge(denseGroup, allReducePerSpan(denseGroup, denseLocal * gradientBytes), 1) +
    charge(placement.dp, allReducePerSpan(placement.dp, expertLocal * gradientBytes), 1);
  if (layout.sharding === 'full') {
    // ZeRO-3: the weights are gathered again for every microbatch, forward and backward.
    dataTraffic +=
      charge(denseGroup, halfPassPerSpan(denseGroup, denseLocal * gradientBytes), 2 * microbatches) +
      charge(placement.dp, halfPassPerSpan(placement.dp, expertLocal * gradientBytes), 2 * microbatches);
  }
  const dataParallel = Math.max(0, dataTraffic - perMicrobatch);

  const memory = memoryPerChip(shape, layout, microbatches);
  const optimizer = (2 * (memory.optimizer + memory.weights)) / machine.hbmBandwidth;

  const breakdown: StepBreakdown = {
    compute,
    tensorParallel,
    contextParallel,
    expertParallel,
    pipelineBubble,
    pipelineSends,
    dataParallel,
    optimizer,
  };
  const stepSeconds = Object.values(breakdown).reduce((sum, s) => sum + s, 0);
  const linkLoad: LinkLoad[] = machine.dimensions.map((dimension, d) => {
    const seconds = busy[d]!;
    const perLink = dimension.kind === 'ring' ? dimension.linkBandwidth : dimension.chipBandwidth;
    return {
      dimension: dimension.name,
      kind: dimension.kind,
      busySeconds: seconds,
      utilisation: Math.min(1, seconds / stepSeconds),
      bytesPerStep: seconds * perLink,
    };
  });
  return {
    ok: true,
    stepSeconds,
    tokensPerSecond: tokens / stepSeconds,
    mfu: modelFlops / stepSeconds / (machine.chips * machine.peakFlops),
    breakdown,
    memory,
    fits: memory.total <= machine.hbmBytes,
    microbatches,
    placement,
    linkLoad,
  };
}
