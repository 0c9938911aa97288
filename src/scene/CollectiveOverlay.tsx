import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { ConeGeometry, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { phaseAt, type CollectiveSchedule, type DomainWiring, type ViewDomain } from '../model/index';
import { useCollectiveSchedule, useView, useWiring } from '../state/selectors';
import { useExplorer } from '../state/store';
import { HighlightSegments } from './HighlightSegments';
import { isDrawnTraversal, torusTraversal, traversalSegments, pointAlong, type Traversal } from './linkPolylines';
import { prefersReducedMotion } from './motion';
import { useScenePalette } from './useScenePalette';

/** How long one step of the animation lasts. */
const STEP_MS = 900;

// Scratch objects: nothing is allocated per packet or per frame.
const here = new Float32Array(3);
const ahead = new Float32Array(3);
const matrix = new Matrix4();
const position = new Vector3();
const direction = new Vector3();
const rotation = new Quaternion();
const scale = new Vector3();
const UP = new Vector3(0, 1, 0);

/** The sends of one phase: every chip to the next one of its ring. */
function phaseTraversals(
  view: ViewDomain,
  wiring: DomainWiring,
  schedule: CollectiveSchedule,
  dim: number,
): Traversal[] {
  const n = view.chips;
  const out: Traversal[] = [];
  if (dim < 0) {
    const order = schedule.ringOrder!;
    for (let i = 0; i < n; i++) {
      const from = order[i]!;
      const to = order[(i + 1) % n]!;
      if (view.fabric === 'switched')
        out.push({ from, to, first: 0, count: 0, reversed: false, viaSwitch: i % Math.max(view.switches, 1) });
      else out.push(torusTraversal(wiring, view.dims, from, to));
    }
    return out;
  }
  const k = view.dims[dim]!;
  let stride = 1;
  for (let d = 0; d < dim; d++) stride *= view.dims[d]!;
  for (let from = 0; from < n; from++) {
    const c = Math.floor(from / stride) % k;
    const to = from + (((c + 1) % k) - c) * stride;
    out.push(torusTraversal(wiring, view.dims, from, to));
  }
  return out;
}

/**
 * An all-reduce made visible: the links in use at the current step light up and one packet per
 * link — an arrow head pointing the way the data goes — travels from sender to receiver. Steps
 * advance on their own while playing.
 */
export function CollectiveOverlay() {
  const schedule = useCollectiveSchedule();
  const collective = useExplorer((s) => s.collective);
  const view = useView();
  const wiring = useWiring();
  const palette = useScenePalette();
  const invalidate = useThree((s) => s.invalidate);
  const at = schedule && collective ? phaseAt(schedule, Math.min(collective.step, schedule.totalSteps - 1)) : null;
  const dim = at?.phase.dim ?? null;

  const traversals = useMemo(
    () =>
      schedule && dim !== null
        ? phaseTraversals(view, wiring, schedule, dim).filter((t) => isDrawnTraversal(wiring, t))
        : [],
    [schedule, dim, view, wiring],
  );
  const lit = useMemo(() => traversalSegments(wiring, traversals), [wiring, traversals]);

  const packets = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => new ConeGeometry(0.42, 1, 10), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const packetSize = Math.min(wiring.chipSize[0] * 0.55, 0.6);

  const stepStarted = useRef(performance.now());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step or play/pause restarts the packets' clock.
  useEffect(() => {
    stepStarted.current = performance.now();
    invalidate();
  }, [collective?.step, collective?.playing, invalidate]);

  useFrame(() => {
    const mesh = packets.current;
    if (!collective || !schedule || traversals.length === 0 || !mesh) return;
    const reduced = prefersReducedMotion();
    const elapsed = performance.now() - stepStarted.current;
    const t = collective.playing && !reduced ? Math.min(elapsed / STEP_MS, 1) * 0.9 + 0.05 : 0.5;
    scale.setScalar(packetSize);
    for (let i = 0; i < traversals.length; i++) {
      pointAlong(wiring, traversals[i]!, t, here, 0);
      pointAlong(wiring, traversals[i]!, Math.min(t + 0.04, 1), ahead, 0);
      position.set(here[0]!, here[1]!, here[2]!);
      direction.set(ahead[0]! - here[0]!, ahead[1]! - here[1]!, ahead[2]! - here[2]!);
      if (direction.lengthSq() < 1e-12) direction.copy(UP);
      rotation.setFromUnitVectors(UP, direction.normalize());
      mesh.setMatrixAt(i, matrix.compose(position, rotation, scale));
    }
    mesh.instanceMatrix.needsUpdate = true;
    if (!collective.playing) return;
    if (elapsed >= (reduced ? STEP_MS * 1.5 : STEP_MS)) {
      const state = useExplorer.getState();
      if (collective.step + 1 >= schedule.totalSteps) state.setCollectivePlaying(false);
      else state.setCollectiveStep(collective.step + 1);
    } else {
      invalidate();
    }
  });

  if (!collective || !schedule) return null;
  return (
    <>
      <HighlightSegments vertices={lit} color={palette.overlay.collectiveLink} width={4.5} name="collective-links" />
      {/* Packets move every frame: skip culling rather than recompute their bounds each frame. */}
      <instancedMesh
        key={traversals.length}
        ref={packets}
        args={[geometry, undefined, Math.max(traversals.length, 1)]}
        count={traversals.length}
        renderOrder={12}
        name="packets"
        frustumCulled={false}
        raycast={() => {}}
      >
        <meshBasicMaterial color={palette.overlay.packet} depthTest={false} transparent />
      </instancedMesh>
    </>
  );
}
