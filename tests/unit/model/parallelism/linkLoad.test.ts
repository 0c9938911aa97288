import { describe, expect, it } from 'vitest';
import { DEFAULT_ORDER } from '../../../../src/model/parallelism/parallelLayout';
import { DEFAULT_STEP_ASSUMPTIONS } from '../../../../src/model/parallelism/stepAssumptions';
import { stepTime } from '../../../../src/model/parallelism/stepTime';
import type { TrainingMachine } from '../../../../src/model/parallelism/trainingMachine';
import type { TransformerShape } from '../../../../src/model/parallelism/transformerShape';

const tiny: TransformerShape = {
  id: 'tiny',
  name: 'tiny',
  layers: 2,
  hidden: 1024,
  ffn: 4096,
  gatedFfn: false,
  heads: 8,
  kvHeads: 8,
  vocabulary: 1000,
  tiedEmbeddings: true,
  experts: 1,
  activeExperts: 1,
  sequenceLength: 1024,
  globalBatchSequences: 1,
  source: [],
};

// Four chips on one ring (links of 1 GB/s each way, no latency) and nothing else.
const ring: TrainingMachine = {
  chips: 4,
  peakFlops: 1e15,
  hbmBytes: 1e12,
  hbmBandwidth: 1e12,
  dimensions: [
    { name: 'X ring', kind: 'ring', size: 4, linkBandwidth: 1e9, chipBandwidth: 2e9, latency: 0 },
    { name: 'network', kind: 'network', size: 1, linkBandwidth: 1e9, chipBandwidth: 1e9, latency: 0 },
  ],
};

describe('how busy each kind of link is in a step', () => {
  it('TP 4 on a ring of 4: every link carries 0.75 of each all-reduce’s data, eight all-reduces a step', () => {
    const result = stepTime(
      tiny,
      {
        tp: 4,
        pp: 1,
        dp: 1,
        cp: 1,
        ep: 1,
        microbatch: 1,
        virtualStages: 1,
        sharding: 'none',
        recompute: 'none',
        order: [...DEFAULT_ORDER],
      },
      ring,
      DEFAULT_STEP_ASSUMPTIONS,
    );
    if (!result.ok) throw new Error(result.reason);
    // One microbatch of 1,024 tokens × 1,024 × 2 bytes = 2,097,152 B of activations. A ring
    // all-reduce sends 2·(3/4) of it per member, split over its two links: 1,572,864 B per link
    // each way. Megatron's TP does 2 forward + 2 backward per layer, 2 layers: 8 all-reduces.
    const [x, network] = result.linkLoad;
    expect(x!.bytesPerStep).toBeCloseTo(8 * 1_572_864, 3);
    expect(x!.busySeconds).toBeCloseTo((8 * 1_572_864) / 1e9, 12);
    expect(network!.bytesPerStep).toBe(0);
    expect(x!.utilisation).toBeGreaterThan(0);
    expect(x!.utilisation).toBeLessThanOrEqual(1);
  });
});
