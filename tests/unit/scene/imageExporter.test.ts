import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ImageRequest, imageExporter, type VectorShot } from '../../../src/scene/imageExporter';

afterEach(() => imageExporter.register(null));

const REQUEST: ImageRequest = {
  width: 1920,
  height: 1080,
  background: 'scene',
  frame: { x: 0, y: 0, width: 1920, height: 1080 },
  keep: [],
};

describe('imageExporter', () => {
  it('says plainly that there is nothing to export before the 3D view is ready', () => {
    expect(imageExporter.available()).toBe(false);
    expect(() => imageExporter.raster(REQUEST)).toThrow('The 3D view is not ready, so there is no image to export.');
    expect(() => imageExporter.vector(REQUEST)).toThrow('The 3D view is not ready, so there is no drawing to export.');
  });

  it('hands requests to the registered scene, and stops when it unregisters', () => {
    const shot = { shapes: [], background: null, width: 1920, height: 1080, scale: 1 } as unknown as VectorShot;
    const exporter = { raster: vi.fn(), vector: vi.fn(() => shot) };
    imageExporter.register(exporter);
    expect(imageExporter.available()).toBe(true);
    expect(imageExporter.vector(REQUEST)).toBe(shot);
    expect(exporter.vector).toHaveBeenCalledWith(REQUEST);
    imageExporter.register(null);
    expect(imageExporter.available()).toBe(false);
  });
});
