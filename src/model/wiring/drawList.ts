/**
 * The segments the renderer draws, with what each one is: kind, torus dimension, whether it is
 * part of a wrap-around link, and a chip on its row (for slicing). Fixed capacity, filled in order.
 */
export class DrawList {
  readonly vertices: Float32Array;
  readonly kinds: Uint8Array;
  readonly dims: Uint8Array;
  readonly wrap: Uint8Array;
  readonly chips: Uint32Array;
  private next = 0;

  constructor(segments: number) {
    this.vertices = new Float32Array(segments * 6);
    this.kinds = new Uint8Array(segments);
    this.dims = new Uint8Array(segments);
    this.wrap = new Uint8Array(segments);
    this.chips = new Uint32Array(segments);
  }

  get count() {
    return this.next;
  }

  /** One segment from a to b. */
  push(a: readonly number[], b: readonly number[], kind: number, dim: number, wrap: number, chip: number) {
    const o = this.next * 6;
    this.vertices[o] = a[0]!;
    this.vertices[o + 1] = a[1]!;
    this.vertices[o + 2] = a[2]!;
    this.vertices[o + 3] = b[0]!;
    this.vertices[o + 4] = b[1]!;
    this.vertices[o + 5] = b[2]!;
    this.mark(kind, dim, wrap, chip);
  }

  /** `count` consecutive segments of `source` starting at segment `first`. */
  copyFrom(source: Float32Array, first: number, count: number, kind: number, dim: number, wrap: number, chip: number) {
    for (let i = 0; i < count; i++) {
      this.vertices.set(source.subarray((first + i) * 6, (first + i + 1) * 6), this.next * 6);
      this.mark(kind, dim, wrap, chip);
    }
  }

  private mark(kind: number, dim: number, wrap: number, chip: number) {
    this.kinds[this.next] = kind;
    this.dims[this.next] = dim;
    this.wrap[this.next] = wrap;
    this.chips[this.next] = chip;
    this.next++;
  }
}
