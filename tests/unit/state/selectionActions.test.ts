import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, store } from './storeHarness';

beforeEach(resetStore);

describe('selecting chips', () => {
  it('selectChip: a first chip selects, a second selects the path, a third starts again', () => {
    store().selectChip(3);
    expect(store().selection).toEqual([3]);
    store().selectChip(5);
    expect(store().selection).toEqual([3, 5]);
    store().selectChip(7);
    expect([store().selection, store().focusedChip]).toEqual([[7], 7]);
  });

  it('selectChip on the one selected chip deselects it but keeps it in focus', () => {
    store().selectChip(3);
    store().selectChip(3);
    expect([store().selection, store().focusedChip]).toEqual([[], 3]);
  });

  it('setSelection keeps at most two chips of the level and focuses the last one kept', () => {
    store().setSelection([1, 2, 3]);
    expect([store().selection, store().focusedChip]).toEqual([[1, 2], 2]);
    store().setSelection([]);
    expect([store().selection, store().focusedChip]).toEqual([[], 2]);
  });

  it('refuses chips the level does not draw (an instance draws chips 0–15)', () => {
    store().setSelection([99, 5, -1, 2.5]);
    expect(store().selection).toEqual([5]);
    store().selectChip(16);
    expect(store().selection).toEqual([5]);
  });

  it('clearSelection empties the selection', () => {
    store().setSelection([1, 2]);
    store().clearSelection();
    expect(store().selection).toEqual([]);
  });
});

/** A level with more than 64 chips: a 16×16 torus drawn whole (256 chips). */
const bigTorus = () => store().setTorusDims([16, 16]);

describe('failure what-ifs', () => {
  it('toggleFailedChip fails a chip and repairs it on the second toggle', () => {
    store().toggleFailedChip(4);
    store().toggleFailedChip(9);
    expect(store().failedChips).toEqual([4, 9]);
    store().toggleFailedChip(4);
    expect(store().failedChips).toEqual([9]);
  });

  it('toggleFailedChip keeps the 64 latest failures', () => {
    bigTorus();
    for (let chip = 0; chip <= 64; chip++) store().toggleFailedChip(chip);
    // 65 toggles of distinct chips: the first one (chip 0) falls out.
    expect(store().failedChips).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
  });

  it('toggleFailedLink treats a link as unordered: 2–5 and 5–2 are the same link', () => {
    store().toggleFailedLink(2, 5);
    expect(store().failedLinks).toEqual([[2, 5]]);
    store().toggleFailedLink(5, 2);
    expect(store().failedLinks).toEqual([]);
  });

  it('toggleFailedLink keeps the 64 latest failures', () => {
    bigTorus();
    for (let a = 0; a <= 64; a++) store().toggleFailedLink(a, a + 1);
    expect(store().failedLinks).toHaveLength(64);
    expect(store().failedLinks[0]).toEqual([1, 2]);
  });

  it('toggleFailedChip and toggleFailedLink refuse chips the level does not draw, and a link to itself', () => {
    store().toggleFailedChip(16);
    store().toggleFailedLink(3, 3);
    store().toggleFailedLink(3, 20);
    expect([store().failedChips, store().failedLinks]).toEqual([[], []]);
  });

  it('setFailures replaces both lists, 64 of each at most, chips of the level only', () => {
    bigTorus();
    const chips = Array.from({ length: 70 }, (_, i) => i);
    store().setFailures(
      [
        [0, 1],
        [5, 5],
        [2, 300],
      ],
      chips,
    );
    expect(store().failedLinks).toEqual([[0, 1]]);
    expect(store().failedChips).toEqual(chips.slice(0, 64));
  });
});

describe('collectives', () => {
  it('setCollective starts a collective at step 0, paused, with the default 256 MiB; null stops it', () => {
    store().setCollective('ring');
    // DEFAULT_ALLREDUCE_BYTES: 256 MiB = 256 × 2^20 = 268,435,456 bytes.
    expect(store().collective).toEqual({ kind: 'ring', step: 0, playing: false, bytes: 268_435_456 });
    store().setCollective(null);
    expect(store().collective).toBeNull();
  });

  it('setCollective keeps the chosen size when the kind changes', () => {
    store().setCollective('ring');
    store().setCollectiveBytes(1e6);
    store().setCollectiveStep(5);
    store().setCollective('torus');
    expect(store().collective).toEqual({ kind: 'torus', step: 0, playing: false, bytes: 1e6 });
  });

  it('setCollectiveStep, setCollectivePlaying and setCollectiveBytes edit the running collective', () => {
    store().setCollective('torus');
    store().setCollectiveStep(3);
    store().setCollectivePlaying(true);
    store().setCollectiveBytes(4096);
    expect(store().collective).toEqual({ kind: 'torus', step: 3, playing: true, bytes: 4096 });
  });

  it('the collective edits do nothing when no collective runs', () => {
    store().setCollectiveStep(3);
    store().setCollectivePlaying(true);
    store().setCollectiveBytes(4096);
    expect(store().collective).toBeNull();
  });
});
