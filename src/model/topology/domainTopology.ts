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
  /** Links cut by the weakest balanced cut (halves of ⌊N/2⌋ and ⌈N/2⌉ chips). */
  bisectionLinks: number;
  /** Links that cut crosses in each torus dimension (switched: one entry, the chip-to-switch links). */
  bisectionLinksByDim: number[];
  /** Bytes/s across the weakest balanced cut, one direction. */
  bisectionBandwidth: number;
  /** True when bisectionBandwidth is the proven minimum; false when it is a real cut that may not be the least. */
  bisectionExact: boolean;
  /** 'exact', or 'upper' when bisectionBandwidth is only an upper bound on the minimum. */
  bisectionBound: 'exact' | 'upper';
  /** A proven lower bound on the minimum balanced cut, one direction (equals bisectionBandwidth when exact). */
  bisectionLowerBound: number;
  /** Every chip can reach every other over links with bandwidth (false: a dimension at 0 B/s). */
  connected: boolean;
  /** Scale-up bandwidth of one chip, both directions added, bytes/s. */
  bandwidthPerChip: number;
}
