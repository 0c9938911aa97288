import { useMemo } from 'react';
import { Color } from 'three';
import { DRAW_DIM_SWITCH } from '../model/wiring/wiring';
import type { ScenePalette } from './palette';
import { WideSegments } from './WideSegments';

const scratch = new Color();
const backdrop = new Color();

export interface LinkSegmentsProps {
  /** Two points per segment. */
  vertices: Float32Array;
  /** Torus dimension of each segment (DRAW_DIM_SWITCH: to a switch): its colour. */
  dims: Uint8Array;
  /** 1 where a segment is part of a wrap-around link: drawn dashed. */
  wrap: Uint8Array;
  palette: ScenePalette;
  /** How far colours fade towards the background, 0–1: big tori fade their bulk so rings can stand out. Default 0. */
  fade?: number;
  /** Width of straight links in CSS px. Default 2.5. */
  width?: number;
  /** World length of one wrap-around dash. Default 0.35. */
  dashSize?: number;
  /** Object name of the straight set; the wrap-around set adds "-wrap". Default "links". */
  name?: string;
}

/** Splits the links into straight and wrap-around sets with one colour per segment vertex. */
function splitLinks(vertices: Float32Array, dims: Uint8Array, wrap: Uint8Array, palette: ScenePalette, fade: number) {
  let wraps = 0;
  let straights = 0;
  for (let s = 0; s < dims.length; s++) {
    if (wrap[s]) wraps++;
    else straights++;
  }
  const out = {
    straight: new Float32Array(straights * 6),
    straightColors: new Float32Array(straights * 6),
    wrap: new Float32Array(wraps * 6),
    wrapColors: new Float32Array(wraps * 6),
  };
  backdrop.set(palette.background);
  let si = 0;
  let wi = 0;
  for (let s = 0; s < dims.length; s++) {
    const d = dims[s]!;
    scratch.set(d === DRAW_DIM_SWITCH ? palette.switchLink : palette.dims[d]!).lerp(backdrop, fade);
    const isWrap = wrap[s] === 1;
    const target = isWrap ? out.wrap : out.straight;
    const colors = isWrap ? out.wrapColors : out.straightColors;
    const o = (isWrap ? wi++ : si++) * 6;
    target.set(vertices.subarray(s * 6, s * 6 + 6), o);
    for (let v = 0; v < 2; v++) {
      colors[o + v * 3] = scratch.r;
      colors[o + v * 3 + 1] = scratch.g;
      colors[o + v * 3 + 2] = scratch.b;
    }
  }
  return out;
}

/**
 * The links of the view as two wide-line sets — straight links solid, wrap-around links dashed —
 * each coloured by torus dimension: two draw calls whatever the torus size.
 */
export function LinkSegments({
  vertices,
  dims,
  wrap,
  palette,
  fade = 0,
  width = 2.5,
  dashSize = 0.35,
  name = 'links',
}: LinkSegmentsProps) {
  const sets = useMemo(() => splitLinks(vertices, dims, wrap, palette, fade), [vertices, dims, wrap, palette, fade]);
  return (
    <>
      <WideSegments vertices={sets.straight} colors={sets.straightColors} width={width} name={name} />
      <WideSegments
        vertices={sets.wrap}
        colors={sets.wrapColors}
        width={width * 0.85}
        dashSize={dashSize}
        dashGap={dashSize * 0.7}
        name={`${name}-wrap`}
      />
    </>
  );
}
