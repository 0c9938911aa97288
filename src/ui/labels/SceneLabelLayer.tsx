import { useEffect, useLayoutEffect, useRef } from 'react';
import './sceneLabels.css';
import { screenProjector } from '../../scene/screenProjector';
import { scheduleLabelOverlapCount, SCENE_LABEL_ATTRIBUTE } from './labelOverlapStat';
import { placeLabels, type LabelCandidate, type Rect } from './placeLabels';

/** One label of a 3D scene, placed in HTML over the canvas. */
export interface SceneLabel {
  /** Unique within the layer. */
  id: string;
  /** The label's first line (a name). */
  text: string;
  /** A second, smaller line; dropped first when space is short. Default none. */
  detail?: string;
  /** The world point (metres, the scene's frame) the label names. */
  position: readonly [number, number, number];
  /** Higher wins when two labels would collide; the loser moves onto a leader line, shortens or hides. */
  priority: number;
  /** Extra class names for the label element ('muted', 'accent'). Default none. */
  className?: string;
  /** data-testid for the label element. Default none. */
  testId?: string;
  /** Prefer a callout to the right on a leader line (parts of a machine). Default false. */
  callout?: boolean;
}

export interface SceneLabelLayerProps {
  /** The labels; a new array re-measures them, so memoize it. */
  labels: readonly SceneLabel[];
  /** Names the layer in the DOM (`data-label-layer`), for tests and the image export. */
  name: string;
}

/** Elements marked with this attribute (legends, scale bars, toolbars) are never covered by a label. */
export const LABEL_OBSTACLE_ATTRIBUTE = 'data-label-obstacle';

interface Measured {
  width: number;
  height: number;
  compactWidth?: number;
  compactHeight?: number;
}

/** Pixel positions to a tenth: short style strings, no float noise (not a number anyone reads). */
const tenth = (v: number) => Math.round(v * 10) / 10;

/**
 * HTML labels over the 3D view, kept apart: every frame the scene publishes its projection
 * (screenProjector); the layer projects each label's anchor, and placeLabels decides which
 * labels show, which shorten, which move out on a leader line and which hide, lowest priority
 * first. Visible labels carry `data-scene-label`; the layer sits over the canvas, which must
 * fill its positioned parent. Elements marked `data-label-obstacle` (legends, toolbars) are kept
 * clear, and with `?stats=1` the stats overlay counts overlapping visible labels of every layer
 * as `data-label-overlaps` (always 0 by construction; the count is measured from the page).
 *
 * Use it outside the <Canvas>, beside it, with a memoized array:
 *
 *   const labels = useMemo(() => chips.map((c, i) => ({
 *     id: `chip-${i}`, text: `Chip ${i}`, detail: 'plane X', position: [c.x, c.y + 0.2, c.z], priority: -i,
 *   })), [chips]);
 *   return <SceneLabelLayer labels={labels} name="wiring" />;
 *
 * The canvas must mount <LabelProjection /> (ClusterCanvas does), which publishes the camera's
 * projection every frame.
 */
export function SceneLabelLayer({ labels, name }: SceneLabelLayerProps) {
  const layer = useRef<HTMLDivElement>(null);
  const leaderPath = useRef<SVGPathElement>(null);
  const elements = useRef<(HTMLDivElement | null)[]>([]);
  const measured = useRef<Measured[]>([]);
  const area = useRef({ width: 0, height: 0 });
  const obstacles = useRef<Rect[]>([]);
  const obstaclesAt = useRef(0);

  // Sizes change only with the labels (text, font), so they are measured once, not every frame.
  useLayoutEffect(() => {
    measured.current = labels.map((label, i) => {
      const el = elements.current[i];
      if (!el) return { width: 0, height: 0 };
      el.classList.remove('compact');
      const size: Measured = { width: el.offsetWidth, height: el.offsetHeight };
      if (label.detail) {
        el.classList.add('compact');
        size.compactWidth = el.offsetWidth;
        size.compactHeight = el.offsetHeight;
        el.classList.remove('compact');
      }
      return size;
    });
  }, [labels]);

  useEffect(() => {
    const root = layer.current;
    if (!root) return;
    const readArea = () => {
      area.current = { width: root.clientWidth, height: root.clientHeight };
      obstaclesAt.current = 0;
    };
    readArea();

    // Obstacles are page furniture that rarely moves: read at most a few times a second.
    const readObstacles = () => {
      const now = performance.now();
      if (now - obstaclesAt.current < 250) return;
      obstaclesAt.current = now;
      const origin = root.getBoundingClientRect();
      const scope = root.parentElement ?? document.body;
      obstacles.current = Array.from(scope.querySelectorAll<HTMLElement>(`[${LABEL_OBSTACLE_ATTRIBUTE}]`), (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
      }).filter((r) => r.width > 0 && r.height > 0);
    };

    const place = () => {
      readObstacles();
      const candidates: LabelCandidate[] = [];
      const shown: number[] = [];
      labels.forEach((label, i) => {
        const p = screenProjector.project(label.position[0], label.position[1], label.position[2]);
        const size = measured.current[i];
        if (!p || !size) return;
        shown.push(i);
        candidates.push({
          id: label.id,
          anchorX: p.x,
          anchorY: p.y,
          priority: label.priority,
          callout: label.callout,
          ...size,
        });
      });
      const placements = placeLabels(candidates, { ...area.current, obstacles: obstacles.current });
      const visible = new Set<number>();
      let path = '';
      placements.forEach((placement, k) => {
        const i = shown[k]!;
        const el = elements.current[i];
        if (!el || !placement.visible) return;
        visible.add(i);
        el.style.transform = `translate(${tenth(placement.x)}px, ${tenth(placement.y)}px)`;
        el.classList.toggle('compact', placement.compact);
        if (placement.leader) {
          path += `M${tenth(placement.anchorX)} ${tenth(placement.anchorY)}L${tenth(placement.leaderX)} ${tenth(placement.leaderY)}`;
        }
      });
      elements.current.forEach((el, i) => {
        if (!el) return;
        const show = visible.has(i);
        el.style.visibility = show ? 'visible' : 'hidden';
        if (show) el.setAttribute(SCENE_LABEL_ATTRIBUTE, '');
        else el.removeAttribute(SCENE_LABEL_ATTRIBUTE);
      });
      leaderPath.current?.setAttribute('d', path);
      scheduleLabelOverlapCount();
    };

    const resize = new ResizeObserver(() => {
      readArea();
      place();
    });
    resize.observe(root);
    place();
    const unsubscribe = screenProjector.subscribe(place);
    return () => {
      unsubscribe();
      resize.disconnect();
      scheduleLabelOverlapCount();
    };
  }, [labels]);

  elements.current.length = labels.length;
  return (
    <div className="scene-labels" data-label-layer={name} ref={layer} aria-hidden="true">
      <svg className="scene-label-leaders" role="presentation">
        <path ref={leaderPath} />
      </svg>
      {labels.map((label, i) => (
        <div
          key={label.id}
          ref={(el) => {
            elements.current[i] = el;
          }}
          className={`scene-label${label.className ? ` ${label.className}` : ''}`}
          data-label-id={label.id}
          data-testid={label.testId}
        >
          <strong>{label.text}</strong>
          {label.detail && <span className="scene-label-detail">{label.detail}</span>}
        </div>
      ))}
    </div>
  );
}
