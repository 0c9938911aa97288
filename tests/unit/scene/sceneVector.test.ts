import { BoxGeometry, InstancedMesh, Matrix4, MeshBasicMaterial, NoToneMapping, PerspectiveCamera, Scene } from 'three';
import { describe, expect, it } from 'vitest';
import { contentPlanePoints } from '../../../src/scene/sceneContent';
import { sceneLighting, vectorShapes } from '../../../src/scene/sceneVector';

/** Two unit boxes named "chips", at x = −2 and x = +2, seen from 10 m straight above. */
function twoChips() {
  const scene = new Scene();
  const chips = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshBasicMaterial({ color: '#ff0000' }), 2);
  chips.name = 'chips';
  chips.setMatrixAt(0, new Matrix4().makeTranslation(-2, 0, 0));
  chips.setMatrixAt(1, new Matrix4().makeTranslation(2, 0, 0));
  scene.add(chips);
  const camera = new PerspectiveCamera(90, 1, 0.1, 100);
  camera.position.set(0, 10, 0);
  camera.up.set(0, 0, -1);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  camera.updateProjectionMatrix();
  return { scene, camera };
}

describe('vectorShapes', () => {
  it('draws each chip as one group holding the faces that turn to the eye, in its sRGB colour', () => {
    const { scene, camera } = twoChips();
    const shapes = vectorShapes(scene, camera, 100, 100, 1, {
      toneMapping: NoToneMapping,
      exposure: 1,
      lighting: sceneLighting(scene),
    });
    expect(shapes.map((s) => s.kind)).toEqual(['chip', 'chip']);
    const left = shapes.find((s) => s.kind === 'chip' && s.index === 0)!;
    if (left.kind !== 'chip') throw new Error('not a chip');
    // Seen from above, the top face shows; the inner side face (+x, towards the axis) shows too.
    expect(left.faces).toHaveLength(2);
    expect(left.faces.every((f) => f.fill === '#ff0000')).toBe(true);
    // The top face is 9.5 m below the eye; fov 90° puts tan = 1 at the picture's edge (50 px from the centre):
    // its x from −2.5 to −1.5 lands at 50 + 50 × (−2.5 / 9.5) ≈ 36.84 and 50 + 50 × (−1.5 / 9.5) ≈ 42.11.
    const spans = left.faces.map((f) => {
      const xs = f.points.filter((_, i) => i % 2 === 0);
      return [Math.min(...xs), Math.max(...xs)];
    });
    // The other face, the side at x = −1.5, spans only its depth: 42.11 to 50 − 50 × 1.5 / 10.5 ≈ 42.86.
    expect(spans).toContainEqual([expect.closeTo(36.84, 1), expect.closeTo(42.11, 1)]);
    expect(spans).toContainEqual([expect.closeTo(42.11, 1), expect.closeTo(42.86, 1)]);
  });
});

describe('contentPlanePoints', () => {
  it('puts the content on the unit image plane, keeping only what the window shows', () => {
    const { scene, camera } = twoChips();
    const all = contentPlanePoints(scene, camera, { left: -1, right: 1, top: 1, bottom: -1 });
    const us = all.filter((_, i) => i % 2 === 0);
    // The nearest corners (y = 0.5, 9.5 m away) reach u = ±2.5 / 9.5 ≈ ±0.263.
    expect(Math.max(...us)).toBeCloseTo(2.5 / 9.5, 5);
    // A window holding only u ≥ 0 keeps only the right chip's corners.
    const right = contentPlanePoints(scene, camera, { left: 0, right: 1, top: 1, bottom: -1 });
    expect(right.filter((_, i) => i % 2 === 0).every((u) => u > 0)).toBe(true);
    expect(right.length).toBe(all.length / 2);
  });
});
