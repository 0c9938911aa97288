import { WideSegments } from './WideSegments';

export interface HighlightSegmentsProps {
  /** Two points per segment. */
  vertices: Float32Array;
  /** Line color. */
  color: string;
  /** Width in CSS px: overlays are drawn about twice as wide as links. Default 5. */
  width?: number;
  /** Dash length in world units, 0 for solid. Default 0. */
  dashSize?: number;
  /** Object name, for tests and the stats. Default "highlight". */
  name?: string;
}

/** Links to stand out (a path, failed links, the links a collective uses): thick, over everything, one draw call. */
export function HighlightSegments({
  vertices,
  color,
  width = 5,
  dashSize = 0,
  name = 'highlight',
}: HighlightSegmentsProps) {
  return (
    <WideSegments
      vertices={vertices}
      color={color}
      width={width}
      dashSize={dashSize}
      onTop
      renderOrder={10}
      name={name}
    />
  );
}
