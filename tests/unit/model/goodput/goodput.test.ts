import { describe, expect, it } from 'vitest';
import type { ClusterConfig } from '../../../../src/model/config';
import { componentCounts } from '../../../../src/model/goodput/componentCounts';
import { estimateGoodput, goodputSweep, ultraServerSteps } from '../../../../src/model/goodput/goodput';
import {
  DEFAULT_RELIABILITY,
  RELIABILITY_PROVENANCE,
  type ReliabilityConfig,
} from '../../../../src/model/goodput/reliabilityConfig';
import { failureRates, systemMtbf } from '../../../../src/model/goodput/systemMtbf';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { SOURCES } from '../../../../src/model/sources';

const HOUR = 3600;

describe('cluster MTBF', () => {
  it("turns Meta's Llama 3 interruption table into per-part MTBFs, by hand", () => {
    // Meta-Llama3 §3.3.4: 16,384 H100 in 2,048 servers, 54 days, interruptions by cause.
    // GPU-side rows: faulty GPU 148 + HBM3 72 + SRAM 19 + GSP 17 + SDC 6 + thermal 6 = 268
    //   → 16,384 × 54 d ÷ 268 = 3,301.25 GPU-days between failures.
    // Host rows: maintenance 32 + SSD 3 + PSU 3 + chassis 2 + IO board 2 + CPU 2 + DRAM 2 = 46
    //   → 2,048 × 54 d ÷ 46 = 2,404.17 host-days.
    // Network: switch/cable 35 + NIC 7 = 42 → 16,384 × 54 d ÷ 42 = 21,065.1 GPU-days.
    // Software: bugs 54 + NCCL watchdog 7 + dependency 2 = 63 → 16,384 × 54 d ÷ 63 = 14,043.4 GPU-days.
    const DAY = 24 * HOUR;
    expect(DEFAULT_RELIABILITY.chipMtbf / DAY).toBeCloseTo(3301.25, 1);
    expect(DEFAULT_RELIABILITY.hostMtbf / DAY).toBeCloseTo(2404.17, 1);
    expect(DEFAULT_RELIABILITY.scaleOutMtbfPerChip / DAY).toBeCloseTo(21065.1, 0);
    expect(DEFAULT_RELIABILITY.softwareMtbfPerChip / DAY).toBeCloseTo(14043.4, 0);
  });

  it('predicts an interruption every ~6.3 minutes for one job on all of Rainier', () => {
    // Per hour (54 d = 1,296 h): chips 499,968 × (268 + 42 + 63) ÷ (16,384 × 1,296) = 8.7826;
    // hosts 31,248 × 46 ÷ (2,048 × 1,296) = 0.5416; torus links 7,812 × 192 ÷ 10⁷ h = 0.1500.
    // Total 9.4742 per hour → 60 ÷ 9.4742 = 6.333 minutes.
    const rates = failureRates(componentCounts(presetConfig('rainier')), DEFAULT_RELIABILITY);
    expect(rates.total * HOUR).toBeCloseTo(9.4742, 3);
    expect(systemMtbf(rates) / 60).toBeCloseTo(6.333, 2);
  });

  it('adds independent rates: M_system = 1 / Σ count/MTBF', () => {
    const reliability: ReliabilityConfig = {
      ...DEFAULT_RELIABILITY,
      chipMtbf: 100 * HOUR,
      hostMtbf: 50 * HOUR,
      scaleOutMtbfPerChip: Infinity,
      softwareMtbfPerChip: Infinity,
      scaleUpLinkMtbf: 1000 * HOUR,
      scaleUpSwitchMtbf: Infinity,
    };
    const rates = failureRates({ chips: 10, hosts: 2, scaleUpLinks: 10, scaleUpSwitches: 4 }, reliability);
    // 10/100 + 2/50 + 10/1000 per hour = 0.15 per hour.
    expect(systemMtbf(rates) / HOUR).toBeCloseTo(1 / 0.15, 9);
  });

  it('is unbounded when nothing can fail', () => {
    expect(
      systemMtbf(failureRates({ chips: 0, hosts: 0, scaleUpLinks: 0, scaleUpSwitches: 0 }, DEFAULT_RELIABILITY)),
    ).toBe(Infinity);
  });

  it("counts Rainier's failing parts from its configuration", () => {
    const counts = componentCounts(presetConfig('rainier'));
    expect(counts).toEqual({ chips: 499_968, hosts: 31_248, scaleUpLinks: 7812 * 192, scaleUpSwitches: 0 });
    const nvl72 = componentCounts(presetConfig('gb200-nvl72'));
    expect(nvl72).toEqual({ chips: 72, hosts: 18, scaleUpLinks: 72 * 18, scaleUpSwitches: 18 });
  });

  it('traces every default to a known source', () => {
    for (const [key, provenance] of Object.entries(RELIABILITY_PROVENANCE)) {
      expect(provenance.value, key).toBe(DEFAULT_RELIABILITY[key as keyof ReliabilityConfig]);
      for (const source of provenance.source) expect(SOURCES).toHaveProperty(source);
      if (provenance.confidence === 'U') expect(provenance.source).toEqual(['clusterscope']);
      expect(provenance.note).toBeTruthy();
    }
  });
});

describe('goodput', () => {
  it('lands near Meta\'s ">90% effective training time" at Llama 3 scale with the default assumptions', () => {
    const meta: ClusterConfig = {
      ...presetConfig('dgx-b200'),
      ultraServers: 2048,
      linksPerChip: 0,
      switchesPerUltraServer: 0,
    };
    const estimate = estimateGoodput(meta, 405e9);
    expect(estimate.components.chips).toBe(16_384);
    expect(estimate.mtbfSeconds / HOUR).toBeCloseTo(3.09, 2);
    // By hand: M = 54 d ÷ 419 = 11,135.1 s; δ = 405e9 × 14 B ÷ min(2,048 × 2 GB/s, 1 TB/s) = 5.67 s;
    // Daly τ = √(2δM)·(1 + √(δ/2M)/3 + δ/(18M)) − δ = 355.348 × 1.005347 − 5.67 = 351.578 s;
    // goodput = τ·e^(−R/M) ÷ (M·(e^((τ+δ)/M) − 1)) with R = 600 s → 0.91762 (Meta: ">90%").
    expect(estimate.checkpointSeconds).toBeCloseTo(5.67, 9);
    expect(estimate.dalyIntervalSeconds).toBeCloseTo(351.578, 2);
    expect(estimate.goodput).toBeCloseTo(0.91762, 4);
    // The loss shares add up to what was lost.
    const { checkpointing, rework, restart } = estimate.loss;
    expect(checkpointing + rework + restart).toBeCloseTo(1 - estimate.goodput, 12);
  });

  it('sizes and writes the checkpoint from the parameter count', () => {
    const estimate = estimateGoodput(presetConfig('trn2-ultraserver'), 70e9);
    expect(estimate.checkpointBytes).toBe(70e9 * 14);
    // Four hosts at 2 GB/s each.
    expect(estimate.checkpointWriteBandwidth).toBe(8e9);
    expect(estimate.checkpointSeconds).toBeCloseTo((70e9 * 14) / 8e9, 9);
    expect(estimate.dalyIntervalSeconds).toBeLessThan(estimate.youngIntervalSeconds);
  });

  it('is 1 when nothing fails and checkpoints are free', () => {
    const perfect: ReliabilityConfig = {
      ...DEFAULT_RELIABILITY,
      chipMtbf: Infinity,
      hostMtbf: Infinity,
      scaleOutMtbfPerChip: Infinity,
      softwareMtbfPerChip: Infinity,
      scaleUpLinkMtbf: Infinity,
      scaleUpSwitchMtbf: Infinity,
    };
    const estimate = estimateGoodput(presetConfig('rainier'), 405e9, perfect);
    expect(estimate.goodput).toBe(1);
    expect(estimate.loss).toEqual({ checkpointing: 0, rework: 0, restart: 0 });
  });

  it('falls as the cluster grows, ending at the configuration itself', () => {
    expect(ultraServerSteps(7812)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 7812]);
    expect(ultraServerSteps(1)).toEqual([1]);
    const sweep = goodputSweep(presetConfig('rainier'), 405e9);
    expect(sweep.chips.at(-1)).toBe(499_968);
    for (const series of [sweep.mtbfSeconds, sweep.goodput, sweep.intervalSeconds, sweep.checkpointSeconds]) {
      expect(series).toHaveLength(sweep.ultraServers.length);
      for (const value of series) expect(Number.isNaN(value)).toBe(false);
    }
    for (let i = 1; i < sweep.goodput.length; i++) {
      expect(sweep.goodput[i]!).toBeLessThan(sweep.goodput[i - 1]!);
      expect(sweep.mtbfSeconds[i]!).toBeLessThan(sweep.mtbfSeconds[i - 1]!);
    }
    // One synchronous job on all of Rainier fails every few minutes: most of the time is lost.
    expect(sweep.mtbfSeconds.at(-1)!).toBeLessThan(10 * 60);
    expect(sweep.goodput.at(-1)!).toBeLessThan(0.5);
  });
});
