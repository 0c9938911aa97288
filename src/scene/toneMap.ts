import {
  ACESFilmicToneMapping,
  AgXToneMapping,
  LinearToneMapping,
  NeutralToneMapping,
  ReinhardToneMapping,
  type Color,
  type ToneMapping,
} from 'three';

type Vec = [number, number, number];
/** A 3×3 matrix as GLSL writes it: three columns. */
type Columns = [Vec, Vec, Vec];

const clamp = (v: number) => Math.min(Math.max(v, 0), 1);
const times = ([a, b, c]: Columns, [r, g, bl]: Vec): Vec => [
  a[0] * r + b[0] * g + c[0] * bl,
  a[1] * r + b[1] * g + c[1] * bl,
  a[2] * r + b[2] * g + c[2] * bl,
];

// The constants below are three.js's own (ShaderChunk/tonemapping_pars_fragment), so a vector
// drawing gets the colours the GPU gives the screen.
const ACES_IN: Columns = [
  [0.59719, 0.076, 0.0284],
  [0.35458, 0.90834, 0.13383],
  [0.04823, 0.01566, 0.83777],
];
const ACES_OUT: Columns = [
  [1.60475, -0.10208, -0.00327],
  [-0.53108, 1.10813, -0.07276],
  [-0.07367, -0.00605, 1.07602],
];
const REC2020_TO_SRGB: Columns = [
  [1.6605, -0.1246, -0.0182],
  [-0.5876, 1.1329, -0.1006],
  [-0.0728, -0.0083, 1.1187],
];
const SRGB_TO_REC2020: Columns = [
  [0.6274, 0.0691, 0.0164],
  [0.3293, 0.9195, 0.088],
  [0.0433, 0.0113, 0.8956],
];
const AGX_INSET: Columns = [
  [0.856627153315983, 0.137318972929847, 0.11189821299995],
  [0.0951212405381588, 0.761241990602591, 0.0767994186031903],
  [0.0482516061458583, 0.101439036467562, 0.811302368396859],
];
const AGX_OUTSET: Columns = [
  [1.1271005818144368, -0.1413297634984383, -0.14132976349843826],
  [-0.11060664309660323, 1.157823702216272, -0.11060664309660294],
  [-0.016493938717834573, -0.016493938717834257, 1.2519364065950405],
];

function aces(color: Vec, exposure: number): Vec {
  const v = times(ACES_IN, color.map((c) => (c * exposure) / 0.6) as Vec);
  const fitted = v.map((x) => (x * (x + 0.0245786) - 0.000090537) / (x * (0.983729 * x + 0.432951) + 0.238081)) as Vec;
  return times(ACES_OUT, fitted).map(clamp) as Vec;
}

function agx(color: Vec, exposure: number): Vec {
  const minEv = -12.47393;
  const maxEv = 4.026069;
  let v = times(AGX_INSET, times(SRGB_TO_REC2020, color.map((c) => c * exposure) as Vec));
  v = v.map((x) => clamp((Math.log2(Math.max(x, 1e-10)) - minEv) / (maxEv - minEv))) as Vec;
  v = v.map((x) => {
    const x2 = x * x;
    const x4 = x2 * x2;
    return 15.5 * x4 * x2 - 40.14 * x4 * x + 31.96 * x4 - 6.868 * x2 * x + 0.4298 * x2 + 0.1191 * x - 0.00232;
  }) as Vec;
  v = times(AGX_OUTSET, v).map((x) => Math.max(0, x) ** 2.2) as Vec;
  return times(REC2020_TO_SRGB, v).map(clamp) as Vec;
}

function neutral(color: Vec, exposure: number): Vec {
  const start = 0.8 - 0.04;
  const desaturation = 0.15;
  let v = color.map((c) => c * exposure) as Vec;
  const x = Math.min(...v);
  const offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
  v = v.map((c) => c - offset) as Vec;
  const peak = Math.max(...v);
  if (peak < start) return v;
  const d = 1 - start;
  const newPeak = 1 - (d * d) / (peak + d - start);
  v = v.map((c) => (c * newPeak) / peak) as Vec;
  const g = 1 - 1 / (desaturation * (peak - newPeak) + 1);
  return v.map((c) => c + (newPeak - c) * g) as Vec;
}

/** Applies the renderer's tone mapping to a linear colour in place, as three's shaders do. */
export function toneMap(color: Color, mapping: ToneMapping, exposure: number): Color {
  const v: Vec = [color.r, color.g, color.b];
  let out: Vec = v;
  if (mapping === LinearToneMapping) out = v.map((c) => clamp(c * exposure)) as Vec;
  else if (mapping === ReinhardToneMapping)
    out = v.map((c) => {
      const e = c * exposure;
      return clamp(e / (1 + e));
    }) as Vec;
  else if (mapping === ACESFilmicToneMapping) out = aces(v, exposure);
  else if (mapping === AgXToneMapping) out = agx(v, exposure);
  else if (mapping === NeutralToneMapping) out = neutral(v, exposure);
  return color.setRGB(out[0], out[1], out[2]);
}
