import { describe, expect, it } from 'vitest';
import {
  evaluate,
  INDIANA_SITE,
  planSite,
  presetConfig,
  type ClusterConfig,
  type PresetId,
} from '../../../src/model/index';
import { tourLevels, tourSteps } from '../../../src/ui/presentation/tour';

const input = (config: ClusterConfig) => {
  const metrics = evaluate(config);
  return { config, metrics, plan: planSite(INDIANA_SITE, config, metrics) };
};
const preset = (id: PresetId) => input(presetConfig(id));
const text = (id: PresetId | ClusterConfig) =>
  tourSteps(typeof id === 'string' ? preset(id) : input(id))
    .map((s) => `${s.title} ${s.caption}`)
    .join('\n');

describe('the tour tells the story of the system on screen', () => {
  it("GB200 NVL72's tour is about GB200 and NVLink, never Trainium", () => {
    const story = text('gb200-nvl72');
    expect(story).toContain('GB200');
    expect(story).toContain('NVLink domain');
    // 18 compute trays of 4 GPUs (NVIDIA's NVL72 spec sheet): 72 chips.
    expect(story).toContain('18 compute trays');
    expect(story).toContain('72 chips');
    expect(story).not.toMatch(/Trainium|Trn2|UltraServer|EFA/);
  });

  it('a 4×4 instance is at most 4 hops across, an 8×8 one at most 8, from the torus', () => {
    // A k-ring's farthest chip is floor(k/2) hops away; a torus adds its rings: 2 + 2 = 4, 4 + 4 = 8.
    const rainier = tourSteps(preset('rainier')).find((s) => s.level === 'instance')!;
    expect(rainier.caption).toContain('at most 4 hops');
    const wide = { ...presetConfig('trn2-ultraserver'), instanceDims: [8, 8] };
    const instance = tourSteps(input(wide)).find((s) => s.level === 'instance')!;
    expect(instance.title).toContain('8×8 torus');
    expect(instance.caption).toContain('at most 8 hops');
  });

  it('counts the instances of the UltraServer from the config, not "four"', () => {
    // Trn2 UltraServer: 4 instances of 16 (AWS); with 2 instances it is 2 × 16 = 32 chips.
    const two = { ...presetConfig('trn2-ultraserver'), instancesPerUltraServer: 2 };
    const domain = tourSteps(input(two)).find((s) => s.level === 'ultraserver')!;
    expect(domain.title).toContain('4×4×2 torus');
    expect(domain.caption).toContain('2 instances joined by rings');
    expect(domain.caption).toContain('32 chips');
  });

  it('visits the instance and the UltraServer only when several instances make the domain', () => {
    // TPU v5p pod: one 16×20×28 torus, no instances to join.
    expect(tourLevels(presetConfig('tpu-v5p-pod'), preset('tpu-v5p-pod').plan).slice(0, 3)).toEqual([
      'chip',
      'instance',
      'rack',
    ]);
    expect(tourLevels(presetConfig('rainier'), preset('rainier').plan)).toEqual([
      'chip',
      'instance',
      'ultraserver',
      'rack',
      'building',
      'campus',
    ]);
    expect(text('tpu-v5p-pod')).toContain('16×20×28 torus');
  });

  it('a lone Trn2 instance is told as an instance in its racks, not as a cluster of one UltraServer', () => {
    const story = text('trn2');
    expect(story).toContain('The instance: a 4×4 torus');
    expect(story).not.toMatch(/UltraServer|The cluster/);
  });
});
