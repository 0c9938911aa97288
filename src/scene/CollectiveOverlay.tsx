import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { BufferGeometry, Float32BufferAttribute, type Points } from 'three';
import { phaseAt, type CollectiveSchedule, type DomainWiring, type ViewDomain } from '../model/index';
import { useCollectiveSchedule, useView, useWiring } from '../state/selectors';
import { useExplorer } from '../state/store';
import { HighlightSegments } from './HighlightSegments';
import { torusTraversal, traversalSegments, pointAlong, type Traversal } from './linkPolylines';
import { HIGHLIGHT } from './palette';
import { prefersReducedMotion } from './motion';

/** How long one step of the animation lasts. */
const STEP_MS = 900;

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
 * link travels from sender to receiver. Steps advance on their own while playing.
 */
export function CollectiveOverlay() {
  const schedule = useCollectiveSchedule();
  const collective = useExplorer((s) => s.collective);
  const view = useView();
  const wiring = useWiring();
  const invalidate = useThree((s) => s.invalidate);
  const at = schedule && collective ? phaseAt(schedule, Math.min(collective.step, schedule.totalSteps - 1)) : null;
  const dim = at?.phase.dim ?? null;

  const traversals = useMemo(
    () => (schedule && dim !== null ? phaseTraversals(view, wiring, schedule, dim) : []),
    [schedule, dim, view, wiring],
  );
  const lit = useMemo(() => traversalSegments(wiring, traversals), [wiring, traversals]);

  const points = useRef<Points>(null);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(new Float32Array(traversals.length * 3), 3));
    return g;
  }, [traversals]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  const stepStarted = useRef(performance.now());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step or play/pause restarts the packets' clock.
  useEffect(() => {
    stepStarted.current = performance.now();
    invalidate();
  }, [collective?.step, collective?.playing, invalidate]);

  useFrame(() => {
    if (!collective || !schedule || traversals.length === 0) return;
    const reduced = prefersReducedMotion();
    const elapsed = performance.now() - stepStarted.current;
    const t = collective.playing && !reduced ? Math.min(elapsed / STEP_MS, 1) : 0.5;
    const attribute = geometry.getAttribute('position') as Float32BufferAttribute;
    const array = attribute.array as Float32Array;
    for (let i = 0; i < traversals.length; i++) pointAlong(wiring, traversals[i]!, t, array, i * 3);
    attribute.needsUpdate = true;
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
      <HighlightSegments vertices={lit} color={HIGHLIGHT.collectiveLink} name="collective-links" />
      {/* Packets move every frame: skip culling rather than recompute their bounds each frame. */}
      <points ref={points} geometry={geometry} renderOrder={11} name="packets" frustumCulled={false}>
        <pointsMaterial color={HIGHLIGHT.packet} size={0.35} sizeAttenuation depthTest={false} />
      </points>
    </>
  );
}
