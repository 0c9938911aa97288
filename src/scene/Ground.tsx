import { GROUND_COLOR } from './palette';

export interface GroundProps {
  /** Side of the square ground plane, metres. */
  size: number;
  /** Height of the plane. Default just below 0, so floors never flicker against it. */
  y?: number;
}

/** The site's ground: one quad. */
export function Ground({ size, y = -0.05 }: GroundProps) {
  return (
    <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, y, 0]} name="ground">
      <planeGeometry args={[size, size]} />
      <meshBasicMaterial color={GROUND_COLOR} />
    </mesh>
  );
}
