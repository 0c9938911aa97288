import { baselineState } from './baselineState';
import { CURRENT_VERSION } from './migrations';
import { CUSTOM_PRESET, PRESET_PARAM, SHARE_PARAMS, VERSION_PARAM } from './shareParams';
import type { ShareState } from './shareState';

/**
 * Percent-encodes a value but leaves what reads well and parses the same in a query:
 * `,` `:` `/` stay, a space becomes `+`.
 */
function escapeValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+').replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/**
 * The query string (no `?`) that restores `state`: `v` and `preset`, then, in the grammar's
 * order (see shareParams.ts), only the parameters whose values differ from the baseline —
 * the preset's machine and opening level, the defaults for everything else. Always the
 * current version. Pure.
 */
export function encodeShareState(state: ShareState): string {
  const baseline = baselineState(state.presetId);
  const parts = [`${VERSION_PARAM}=${CURRENT_VERSION}`, `${PRESET_PARAM}=${state.presetId ?? CUSTOM_PRESET}`];
  for (const param of SHARE_PARAMS) {
    const value = param.write(state, baseline);
    if (value !== null) parts.push(`${param.name}=${escapeValue(value)}`);
  }
  return parts.join('&');
}
