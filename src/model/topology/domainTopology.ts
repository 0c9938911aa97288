/** What the model knows about one scale-up domain's wiring; all closed forms, O(dimensions). */
export interface DomainTopology {
  kind: 'torus' | 'switched';
  /** Chips in the domain. */
  nodes: number;
  /** Torus: chip-to-chip links (a k=2 dimension counts its two parallel links). Switched: chip-to-switch links. */
  links: number;
  /** Scale-up ports per chip. */
  degree: number;
  /** Distinct chips one hop away (switched: through one switch). */
  neighbors: number;
  /** Longest shortest path, in link traversals (chip → switch → chip counts 2). */
  diameterHops: number;
  /** Mean shortest path over distinct ordered pairs of chips, in link traversals. */
  averageHops: number;
  /** Links cut by the weakest balanced cut. */
  bisectionLinks: number;
  /** Bytes/s across the weakest balanced cut, one direction. */
  bisectionBandwidth: number;
  /** False where the closed form is a plane cut that may not be the minimum (odd radices). */
  bisectionExact: boolean;
  /** Scale-up bandwidth of one chip, both directions added, bytes/s. */
  bandwidthPerChip: number;
}
