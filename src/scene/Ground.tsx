import { GROUND_COLOR } from './palette';

export interface GroundProps {
  /** Side of the square ground plane, metres. */
  size: number;
  /** Height of the plane. Default just below 0, so floors never flicker against it. */
  y?: number;
  /** Centre of the plane on the ground (x, z). Default the origin. */
  center?: readonly [number, number];
  /** Colour. Default the dark site palette's ground. */
  color?: string;
  /**
   * Fade into the background from `fadeFrom` to `fadeTo` metres from the camera (scene fog), so
   * the plane has no visible edge. Default no fade.
   */
  fade?: { color: string; from: number; to: number };
}

/** The site's ground: one quad, faded into the background far away. */
export function Ground({ size, y = -0.05, center = [0, 0], color = GROUND_COLOR, fade }: GroundProps) {
  return (
    <>
      {fade && <fog attach="fog" args={[fade.color, fade.from, fade.to]} />}
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[center[0], y, center[1]]} name="ground">
        <planeGeometry args={[size, size]} />
        <meshBasicMaterial color={color} />
      </mesh>
    </>
  );
}
