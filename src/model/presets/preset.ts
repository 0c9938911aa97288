import type { ClusterConfig } from '../config';
import type { Figure } from '../figure';
import type { MetricKey } from '../metrics';

/** A figure the vendor publishes for the whole system, to set beside what the model computes. */
export interface PublishedFigure {
  metric: MetricKey;
  label: string;
  figure: Figure;
}

/** Where each non-chip parameter of a preset comes from. */
export type ConfigProvenance = Partial<Record<keyof ClusterConfig, Figure>>;

export interface Preset {
  id: PresetId;
  name: string;
  description: string;
  config: ClusterConfig;
  provenance: ConfigProvenance;
  published: PublishedFigure[];
}

export const PRESET_IDS = [
  'rainier',
  'trn2',
  'trn2-ultraserver',
  'dgx-b200',
  'gb200-nvl72',
  'trn3-ultraserver',
  'tpu-v5p-pod',
  'dgx-h100',
] as const;

export type PresetId = (typeof PRESET_IDS)[number];
