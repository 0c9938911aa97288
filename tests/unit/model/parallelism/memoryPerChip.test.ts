import { describe, expect, it } from 'vitest';
import { layerActivationBytes, stateBytes } from '../../../../src/model/parallelism/memoryPerChip';
import type { ParallelLayout } from '../../../../src/model/parallelism/parallelLayout';
import { transformerById } from '../../../../src/model/parallelism/transformerCatalog';

const total = (parts: { weights: number; gradients: number; optimizer: number }) =>
  parts.weights + parts.gradients + parts.optimizer;

describe('weights, gradients and optimizer state (ZeRO, Rajbhandari et al. 2020, Figure 1)', () => {
  // The paper's example: Ψ = 7.5B parameters, mixed-precision Adam (K = 12), Nd = 64 GPUs.
  const psi = 7.5e9;
  it('unsharded: (2 + 2 + K)·Ψ = 120 GB', () => {
    expect(total(stateBytes(psi, 'none', 64)) / 1e9).toBeCloseTo(120, 1);
  });
  it('optimizer state sharded (P_os): 2Ψ + 2Ψ + KΨ/Nd = 31.4 GB', () => {
    expect(total(stateBytes(psi, 'optimizer', 64)) / 1e9).toBeCloseTo(31.4, 1);
  });
  it('optimizer and gradients sharded (P_os+g): 2Ψ + (2 + K)Ψ/Nd = 16.6 GB', () => {
    expect(total(stateBytes(psi, 'gradients', 64)) / 1e9).toBeCloseTo(16.6, 1);
  });
  it('everything sharded (P_os+g+p): (2 + 2 + K)Ψ/Nd = 1.9 GB', () => {
    expect(total(stateBytes(psi, 'full', 64)) / 1e9).toBeCloseTo(1.9, 1);
  });
});

describe('activations per layer (Korthikanti et al. 2022, Table 2)', () => {
  const gpt3 = transformerById('gpt3-175b')!;
  const layout: ParallelLayout = {
    tp: 8,
    pp: 1,
    dp: 1,
    cp: 1,
    ep: 1,
    microbatch: 1,
    virtualStages: 1,
    sharding: 'none',
    recompute: 'none',
    order: ['tp', 'cp', 'ep', 'pp', 'dp'],
  };
  // s = 2,048, b = 1, h = 12,288, a = 96, t = 8: sbh = 25,165,824 bytes-elements.
  it('tensor and sequence parallel, nothing recomputed: sbh·(34/t + 5as/(ht)) = 358,612,992 B', () => {
    // 34/8 = 4.25; 5·96·2,048/(12,288·8) = 10; 25,165,824 × 14.25 = 358,612,992.
    expect(layerActivationBytes(gpt3, layout, 'none')).toBe(358_612_992);
  });
  it('selective recomputation keeps sbh·34/t = 106,954,752 B', () => {
    expect(layerActivationBytes(gpt3, layout, 'selective')).toBe(106_954_752);
  });
  it('full recomputation keeps the layer input, 2·sbh/t = 6,291,456 B', () => {
    expect(layerActivationBytes(gpt3, layout, 'full')).toBe(6_291_456);
  });
});
