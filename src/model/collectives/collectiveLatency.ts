import { figure, type Figure } from '../figure';

/** Step latency inside a NeuronLink torus: ~1–2 µs per ring hop, HBM-load dependent. Midpoint. */
export const NEURONLINK_STEP_LATENCY: Figure = figure(1.5e-6, 's', 'AWS-IntraColl', 'H', {
  note: 'AWS: per-hop latency of Ring/KangaRing is about 1–2 µs (HBM load dependent); we take 1.5 µs.',
});

/** Step latency over EFA between instances: ~15 µs HBM→HBM for a minimal packet. */
export const EFA_STEP_LATENCY: Figure = figure(15e-6, 's', ['AWS-InterColl', 'AWS-Coll'], 'H', {
  note: '"Each hop is expected to add ~15 µs latency" (ib_write_lat, HBM to HBM).',
});

/** Switched scale-up domains (NVLink, NeuronSwitch): no per-step figure in our sources. */
export const SWITCHED_STEP_LATENCY: Figure = figure(1.5e-6, 's', 'clusterscope', 'U', {
  note: 'Not published in our sources; taken equal to a NeuronLink hop. TPU ICI is ~1 µs per hop (JAX scaling book).',
});

/** Neuron's empirical sweet ranges (AWS-IntraColl): Mesh below 1 MB, RDH 1–56 MB, KangaRing above. */
export const NEURON_MESH_LIMIT_BYTES: Figure = figure(1e6, 'B', 'AWS-IntraColl', 'H', {
  note: 'AWS writes "1MB" without saying 10⁶ or 2²⁰ bytes; we read decimal. Measured for Trn2 NeuronCore ranks.',
});
export const NEURON_RDH_LIMIT_BYTES: Figure = figure(56e6, 'B', 'AWS-IntraColl', 'H', {
  note: 'AWS writes "56MB"; decimal reading, as for the Mesh limit.',
});
