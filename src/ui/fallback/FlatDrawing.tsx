import { useMemo } from 'react';
import { ANATOMY_COLORS, BOX_COLORS, INSTANCE_COLORS, LINK_COLORS, SWITCH_COLOR } from '../../scene/palette';
import { CHIPS, chipAnatomy, type BoxInstances, type DomainWiring, type LinkKind } from '../../model/index';
import {
  useBuildingLayout,
  useCampusLayout,
  useMetrics,
  useRackLayout,
  useView,
  useWiring,
} from '../../state/selectors';
import { useExplorer } from '../../state/store';

/** A 3D point seen from above and in front (isometric-ish), as SVG x, y. */
function projectPoint(x: number, y: number, z: number): [number, number] {
  return [x - z * 0.5, -y * 0.9 + z * 0.45];
}

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function grow(b: Bounds, x: number, y: number) {
  if (x < b.minX) b.minX = x;
  if (y < b.minY) b.minY = y;
  if (x > b.maxX) b.maxX = x;
  if (y > b.maxY) b.maxY = y;
}

const emptyBounds = (): Bounds => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });

/** Path coordinates to a hundredth of a unit: short path data, no float noise (not a number anyone reads). */
const svgCoordinate = (v: number) => Math.round(v * 100) / 100;

/** Links as one path per kind (few DOM nodes whatever the count), chips as small squares. */
function WiringSvg({ wiring, chipsPerInstance }: { wiring: DomainWiring; chipsPerInstance: number }) {
  const { paths, chips, switches, box } = useMemo(() => {
    const bounds = emptyBounds();
    const byKind = new Map<number, string[]>();
    const v = wiring.drawVertices;
    for (let s = 0; s < wiring.drawKinds.length; s++) {
      const [ax, ay] = projectPoint(v[s * 6]!, v[s * 6 + 1]!, v[s * 6 + 2]!);
      const [bx, by] = projectPoint(v[s * 6 + 3]!, v[s * 6 + 4]!, v[s * 6 + 5]!);
      grow(bounds, ax, ay);
      grow(bounds, bx, by);
      const kind = wiring.drawKinds[s]!;
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push(`M${svgCoordinate(ax)} ${svgCoordinate(ay)}L${svgCoordinate(bx)} ${svgCoordinate(by)}`);
    }
    const points = (positions: Float32Array) => {
      const out: [number, number][] = [];
      for (let i = 0; i < positions.length / 3; i++) {
        const p = projectPoint(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!);
        grow(bounds, p[0], p[1]);
        out.push(p);
      }
      return out;
    };
    return {
      paths: [...byKind.entries()].map(([kind, d]) => ({ kind: kind as LinkKind, d: d.join('') })),
      chips: points(wiring.chipPositions),
      switches: points(wiring.switchPositions),
      box: bounds,
    };
  }, [wiring]);
  const size = Math.max(wiring.chipSize[0], 0.4);
  return (
    <svg
      viewBox={`${box.minX - 1} ${box.minY - 1} ${box.maxX - box.minX + 2} ${box.maxY - box.minY + 2}`}
      role="img"
      aria-label="Flat drawing of the wiring"
      data-testid="flat-drawing"
    >
      {paths.map((p) => (
        <path key={p.kind} d={p.d} stroke={LINK_COLORS[p.kind]} strokeWidth={0.05} fill="none" />
      ))}
      {switches.map(([x, y], i) => (
        <rect key={`s${i}`} x={x - 0.6} y={y - 0.3} width={1.2} height={0.6} fill={SWITCH_COLOR} />
      ))}
      {chips.map(([x, y], i) => (
        <rect
          key={i}
          x={x - size / 2}
          y={y - size / 4}
          width={size}
          height={size / 2}
          fill={INSTANCE_COLORS[Math.floor(i / chipsPerInstance) % INSTANCE_COLORS.length]}
        />
      ))}
    </svg>
  );
}

/** Site levels from above: buildings, racks or trays as rectangles. */
function BoxesSvg({ boxes, sideView = false, label }: { boxes: BoxInstances[]; sideView?: boolean; label: string }) {
  const { rects, box } = useMemo(() => {
    const bounds = emptyBounds();
    const rects: { x: number; y: number; w: number; h: number; c: number }[] = [];
    for (const b of boxes) {
      for (let i = 0; i < b.count; i++) {
        const x = b.positions[i * 3]!;
        const y = sideView ? -b.positions[i * 3 + 1]! : b.positions[i * 3 + 2]!;
        const w = b.sizes[i * 3]!;
        const h = sideView ? b.sizes[i * 3 + 1]! : b.sizes[i * 3 + 2]!;
        rects.push({ x: x - w / 2, y: y - h / 2, w, h, c: b.categories[i]! });
        grow(bounds, x - w / 2, y - h / 2);
        grow(bounds, x + w / 2, y + h / 2);
      }
    }
    return { rects, box: bounds };
  }, [boxes, sideView]);
  const pad = (box.maxX - box.minX) * 0.03 + 0.1;
  return (
    <svg
      viewBox={`${box.minX - pad} ${box.minY - pad} ${box.maxX - box.minX + 2 * pad} ${box.maxY - box.minY + 2 * pad}`}
      role="img"
      aria-label={label}
      data-testid="flat-drawing"
    >
      {rects.map((r, i) => (
        <rect key={i} x={r.x} y={r.y} width={r.w} height={r.h} fill={BOX_COLORS[r.c] ?? '#888'} />
      ))}
    </svg>
  );
}

/** A flat drawing of the current level, for browsers without WebGL or while its context is lost. */
export function FlatDrawing() {
  const level = useExplorer((s) => s.level);
  if (level === 'campus') return <CampusFlat />;
  if (level === 'building') return <BuildingFlat />;
  if (level === 'rack') return <RackFlat />;
  if (level === 'chip') return <ChipFlat />;
  return <WiringFlat />;
}

/** One chip from above: package, dies, cores, HBM stacks and link ports. */
function ChipFlat() {
  const chipId = useExplorer((s) => s.config.chip);
  const degree = useMetrics().degree;
  const parts = useMemo(() => {
    const a = chipAnatomy(CHIPS[chipId], degree);
    return [
      [a.package, ANATOMY_COLORS.package],
      [a.dies, ANATOMY_COLORS.die],
      [a.cores, ANATOMY_COLORS.core],
      [a.hbm, ANATOMY_COLORS.hbm],
      [a.ports, ANATOMY_COLORS.port],
    ] as const;
  }, [chipId, degree]);
  const [pkg] = parts[0];
  const w = pkg.size[0] + 2;
  const h = pkg.size[2] + 2;
  return (
    <svg
      viewBox={`${-w / 2} ${-h / 2} ${w} ${h}`}
      role="img"
      aria-label="Flat drawing of one chip"
      data-testid="flat-drawing"
    >
      {parts.map(([part, color]) =>
        Array.from({ length: part.positions.length / 3 }, (_, i) => (
          <rect
            key={`${color}-${i}`}
            x={part.positions[i * 3]! - part.size[0] / 2}
            y={part.positions[i * 3 + 2]! - part.size[2] / 2}
            width={part.size[0]}
            height={part.size[2]}
            fill={color}
          />
        )),
      )}
    </svg>
  );
}

function WiringFlat() {
  const wiring = useWiring();
  const view = useView();
  return (
    <WiringSvg wiring={wiring} chipsPerInstance={view.scope === 'ultraserver' ? view.chipsPerInstance : Infinity} />
  );
}

function CampusFlat() {
  const campus = useCampusLayout();
  return <BoxesSvg boxes={[campus.buildings, campus.rackBlocks]} label="Site plan of the campus" />;
}

function BuildingFlat() {
  const building = useBuildingLayout();
  return <BoxesSvg boxes={[building.structures, building.racks]} label="Floor plan of the building" />;
}

function RackFlat() {
  const rack = useRackLayout();
  return rack ? <BoxesSvg boxes={[rack.trays]} sideView label="Front view of the rack" /> : null;
}
