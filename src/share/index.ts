/** The URL ⇄ state codec: versioned, validated, never throwing. See shareParams.ts for the grammar. */
export * from './shareState';
export * from './urlProblem';
export * from './encodeShareState';
export * from './decodeShareState';
export * from './validateShareState';
export * from './migrations';
export * from './linkLimits';
export * from './baselineState';
export * from './customTorus';
export * from './queryOfLink';
