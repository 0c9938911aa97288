import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenProjector } from '../../../src/scene/screenProjector';

afterEach(() => screenProjector.clear());

describe('screenProjector', () => {
  it('projects nothing before a scene publishes a projection', () => {
    expect(screenProjector.project(1, 2, 3)).toBeNull();
  });

  it('projects through the published projection and tells every subscriber', () => {
    const first = vi.fn();
    const second = vi.fn();
    screenProjector.subscribe(first);
    screenProjector.subscribe(second);
    screenProjector.publish((x, y) => ({ x: x * 10, y: y * 10 }));
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
    expect(screenProjector.project(1, 2, 3)).toEqual({ x: 10, y: 20 });
  });

  it('passes on "behind the camera" (null) from the projection', () => {
    screenProjector.publish((_x, _y, z) => (z < 0 ? null : { x: 0, y: 0 }));
    expect(screenProjector.project(0, 0, -1)).toBeNull();
  });

  it('stops telling a listener once it unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = screenProjector.subscribe(listener);
    unsubscribe();
    screenProjector.publish(() => ({ x: 0, y: 0 }));
    expect(listener).not.toHaveBeenCalled();
  });

  it('clear drops the projection and tells the subscribers, so overlays hide their labels', () => {
    const listener = vi.fn();
    screenProjector.publish(() => ({ x: 1, y: 1 }));
    const unsubscribe = screenProjector.subscribe(listener);
    screenProjector.clear();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(screenProjector.project(0, 0, 0)).toBeNull();
    unsubscribe();
  });
});
