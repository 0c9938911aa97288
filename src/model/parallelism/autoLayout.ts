import { DEFAULT_ORDER, type GroupName, type ParallelLayout, type Recompute } from './parallelLayout';
import type { StepAssumptions } from './stepAssumptions';
import { memoryPerChip } from './memoryPerChip';
import { layoutProblem, type StepResult, stepTime } from './stepTime';
import type { TrainingMachine } from './trainingMachine';
import type { TransformerShape } from './transformerShape';

/** Factors the user has set; the search fills in the others. */
export type FixedFactors = Partial<Record<GroupName, number>>;

export interface RankedLayout {
  layout: ParallelLayout;
  result: StepResult;
}

export interface AutoLayoutResult {
  best: RankedLayout | null;
  /** The fastest layout that differs from the best in TP or PP, to say why the best won. */
  runnerUp: RankedLayout | null;
  /** Layouts that fit in memory, and all that were tried. */
  fitting: number;
  tried: number;
  explanation: string;
}

/** Powers of two up to `limit` that divide `n`: the factors real frameworks use. */
function powerOfTwoDivisors(n: number, limit: number): number[] {
  const out: number[] = [];
  for (let f = 1; f <= limit && n % f === 0; f *= 2) out.push(f);
  return out;
}

/** Whole divisors of n up to limit (PP may be any divisor, e.g. 126 layers or 3 instances). */
function divisors(n: number, limit: number): number[] {
  const out: number[] = [];
  for (let f = 1; f <= Math.min(n, limit); f++) if (n % f === 0) out.push(f);
  return out;
}

/** Orders tried: TP always innermost; then context, expert, pipeline and data in two arrangements. */
const ORDERS: readonly (readonly GroupName[])[] = [
  DEFAULT_ORDER,
  ['tp', 'cp', 'ep', 'dp', 'pp'],
  ['tp', 'pp', 'cp', 'ep', 'dp'],
];

/**
 * Searches factorizations and placements for the fastest step that fits in memory:
 * TP over powers of two dividing the heads (at most the scale-up domain), CP over powers of two
 * up to 16, EP over the experts' divisors, PP over divisors of the chips up to the layer count,
 * DP what is left; 1 or 2 virtual stages; optimizer sharding with selective or full
 * recomputation; three placement orders. Bounded: a few thousand evaluations of closed forms.
 */
export function autoLayout(
  shape: TransformerShape,
  machine: TrainingMachine,
  assumptions: StepAssumptions,
  fixed: FixedFactors = {},
): AutoLayoutResult {
  const only = (group: GroupName, candidates: number[]) => {
    const wanted = fixed[group];
    return wanted === undefined ? candidates : [wanted];
  };
  const scaleUp = machine.dimensions.filter((d) => d.kind !== 'network').reduce((n, d) => n * d.size, 1);
  const ranked: RankedLayout[] = [];
  let tried = 0;
  let runnable = 0;
  for (const tp of only('tp', powerOfTwoDivisors(shape.heads, Math.min(scaleUp, 64)))) {
    for (const cp of only('cp', powerOfTwoDivisors(shape.sequenceLength, 16))) {
      for (const ep of only('ep', shape.experts > 1 ? divisors(shape.experts, shape.experts) : [1])) {
        const rest = machine.chips / (tp * cp * ep);
        if (!Number.isInteger(rest)) continue;
        for (const pp of only('pp', divisors(rest, shape.layers))) {
          const dp = rest / pp;
          if (fixed.dp !== undefined && dp !== fixed.dp) continue;
          for (const virtualStages of pp > 1 ? [1, 2] : [1]) {
            for (const recompute of ['selective', 'full'] as Recompute[]) {
              const seen = new Set<string>();
              for (const order of ORDERS) {
                // Orders that differ only in where size-1 groups sit place the same chips.
                const effective = order.filter((g) => ({ tp, cp, ep, pp, dp })[g] > 1).join();
                if (seen.has(effective)) continue;
                seen.add(effective);
                tried++;
                const layout: ParallelLayout = {
                  tp,
                  pp,
                  dp,
                  cp,
                  ep,
                  microbatch: 1,
                  virtualStages,
                  sharding: 'optimizer',
                  recompute,
                  order: [...order],
                };
                // Memory needs no wiring: refuse what cannot fit before pricing communication.
                if (layoutProblem(shape, layout, machine) !== null) continue;
                runnable++;
                const microbatches = shape.globalBatchSequences / (dp * ep);
                if (memoryPerChip(shape, layout, microbatches).total > machine.hbmBytes) continue;
                const result = stepTime(shape, layout, machine, assumptions);
                if (result.ok && result.fits) ranked.push({ layout, result });
              }
            }
          }
        }
      }
    }
  }
  ranked.sort((a, b) => a.result.stepSeconds - b.result.stepSeconds);
  const best = ranked[0] ?? null;
  const runnerUp = best
    ? (ranked.find((r) => r.layout.tp !== best.layout.tp || r.layout.pp !== best.layout.pp) ?? null)
    : null;
  return {
    best,
    runnerUp,
    fitting: ranked.length,
    tried,
    explanation: best ? explain(best, runnerUp, ranked.length, tried) : nothingRuns(shape, machine, runnable, tried),
  };
}

const NAMES: Record<GroupName, string> = { tp: 'TP', cp: 'CP', ep: 'EP', pp: 'PP', dp: 'DP' };

export function layoutText(layout: ParallelLayout): string {
  return (['tp', 'pp', 'dp', 'cp', 'ep'] as GroupName[])
    .filter((g) => g === 'tp' || g === 'pp' || g === 'dp' || layout[g] > 1)
    .map((g) => `${NAMES[g]} ${layout[g]}`)
    .join(' × ');
}

function placementText(ranked: RankedLayout): string {
  return ranked.layout.order
    .filter((g) => ranked.layout[g] > 1)
    .map((g) => {
      const spans = ranked.result.placement[g];
      const where = spans.map((s) =>
        s.extent === s.dimension.size ? s.dimension.name : `${s.extent} of the ${s.dimension.name}`,
      );
      return `${NAMES[g]} ${ranked.layout[g]} on ${where.join(' + ')}`;
    })
    .join('; ');
}

/**
 * The global batch nearest the model's that some split of the machine can serve: DP × EP must
 * divide it, so it is a multiple of chips ÷ (TP·CP·PP) for some allowed TP, CP and PP.
 */
export function nearestWorkableBatch(shape: TransformerShape, machine: TrainingMachine): number | null {
  const scaleUp = machine.dimensions.filter((d) => d.kind !== 'network').reduce((n, d) => n * d.size, 1);
  const wanted = shape.globalBatchSequences;
  let best: number | null = null;
  for (const tp of powerOfTwoDivisors(shape.heads, Math.min(scaleUp, 64))) {
    for (const cp of powerOfTwoDivisors(shape.sequenceLength, 16)) {
      const rest = machine.chips / (tp * cp);
      if (!Number.isInteger(rest)) continue;
      for (const pp of divisors(rest, shape.layers)) {
        const replicas = rest / pp;
        const batch = Math.max(1, Math.round(wanted / replicas)) * replicas;
        if (best === null || Math.abs(batch - wanted) < Math.abs(best - wanted)) best = batch;
      }
    }
  }
  return best;
}

function suggestion(shape: TransformerShape, machine: TrainingMachine): string {
  const batch = shape.experts > 1 ? null : nearestWorkableBatch(shape, machine);
  return batch === null ? '' : ` (${batch.toLocaleString('en-US')} sequences would split)`;
}

function nothingRuns(shape: TransformerShape, machine: TrainingMachine, runnable: number, tried: number): string {
  if (runnable > 0) {
    return `${runnable} of the ${tried} layouts tried can run, but none fits in the memory of one chip: the model needs more chips or more memory per chip.`;
  }
  return (
    `No split of ${machine.chips.toLocaleString('en-US')} chips works: DP × EP must divide the global batch of ` +
    `${shape.globalBatchSequences.toLocaleString('en-US')} sequences, PP be at most the ${shape.layers} layers and TP a power of two ` +
    `dividing the ${shape.heads} heads inside one scale-up domain. Change the global batch${suggestion(shape, machine)} or the number of chips.`
  );
}

function explain(best: RankedLayout, runnerUp: RankedLayout | null, fitting: number, tried: number): string {
  const b = best.result.breakdown;
  const exposed = b.tensorParallel + b.contextParallel + b.expertParallel + b.pipelineSends + b.dataParallel;
  const share = (x: number) => `${Math.round((100 * x) / best.result.stepSeconds)}%`;
  let text =
    `${layoutText(best.layout)} is the fastest of ${fitting} layouts that fit (of ${tried} tried): ${placementText(best)}. ` +
    `Compute is ${share(b.compute)} of the step, the pipeline bubble ${share(b.pipelineBubble)}, exposed communication ${share(exposed)}.`;
  if (runnerUp) {
    const slower = runnerUp.result.stepSeconds / best.result.stepSeconds - 1;
    const r = runnerUp.result.breakdown;
    const worse =
      r.tensorParallel - b.tensorParallel > r.pipelineBubble - b.pipelineBubble
        ? 'its tensor-parallel all-reduces take longer'
        : 'its pipeline bubble is larger';
    text += ` The best with other TP or PP, ${layoutText(runnerUp.layout)}, is ${(100 * slower).toFixed(1)}% slower: ${worse}.`;
  }
  return text;
}
