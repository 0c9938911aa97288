import { useEffect, useMemo } from 'react';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';

export interface WideSegmentsProps {
  /** Two points (6 floats) per segment. */
  vertices: Float32Array;
  /** r, g, b per vertex (6 floats per segment); omit to draw every segment in `color`. */
  colors?: Float32Array | null;
  /** One colour for every segment when `colors` is omitted. Default white. */
  color?: string;
  /** Width in CSS pixels, whatever the distance (screen-space lines). Default 2.5. */
  width?: number;
  /** Dash length in world units; 0 draws solid lines. Default 0. */
  dashSize?: number;
  /** Gap between dashes in world units. Default equal to dashSize. */
  dashGap?: number;
  /** Opacity below 1 blends (costs fill in software WebGL). Default 1. */
  opacity?: number;
  /** Draw over everything (overlays). Default false. */
  onTop?: boolean;
  /** Draw order among transparent and overlay objects. Default 0. */
  renderOrder?: number;
  /** Object name, for tests and the stats. Default "segments". */
  name?: string;
}

/** Never hit: pointer picking is for chips, and testing thousands of wide segments per move costs frames. */
const noRaycast = () => {};

/**
 * Segments drawn as screen-space wide lines (three's LineSegments2): every segment is one instance
 * of a quad, so the whole set is one draw call whatever its size.
 */
export function WideSegments({
  vertices,
  colors = null,
  color = '#ffffff',
  width = 2.5,
  dashSize = 0,
  dashGap = dashSize,
  opacity = 1,
  onTop = false,
  renderOrder = 0,
  name = 'segments',
}: WideSegmentsProps) {
  const geometry = useMemo(() => {
    const g = new LineSegmentsGeometry();
    g.setPositions(vertices);
    if (colors) g.setColors(colors);
    return g;
  }, [vertices, colors]);

  const material = useMemo(
    () =>
      new LineMaterial({
        vertexColors: colors !== null,
        color: colors ? 0xffffff : color,
        linewidth: width,
        dashed: dashSize > 0,
        dashSize: dashSize || 1,
        gapSize: dashGap || 1,
        transparent: opacity < 1 || onTop,
        opacity,
        depthTest: !onTop,
        depthWrite: !onTop && opacity >= 1,
      }),
    [colors, color, width, dashSize, dashGap, opacity, onTop],
  );

  const line = useMemo(() => {
    const l = new LineSegments2(geometry, material);
    if (dashSize > 0) l.computeLineDistances();
    l.raycast = noRaycast;
    l.name = name;
    l.renderOrder = renderOrder;
    return l;
  }, [geometry, material, dashSize, name, renderOrder]);

  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);

  if (vertices.length === 0) return null;
  return <primitive object={line} />;
}
