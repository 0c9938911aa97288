/** SI multipliers and the binary/decimal capacity units the sources mix (facts: unit cautions). */
export const KILO = 1e3;
export const MEGA = 1e6;
export const GIGA = 1e9;
export const TERA = 1e12;
export const PETA = 1e15;
export const EXA = 1e18;

/** AWS quotes Trainium memory in GiB; NVIDIA and Google mostly in decimal GB. */
export const GiB = 2 ** 30;
export const GB = 1e9;
export const TB = 1e12;

/** Network rates are quoted in bits per second; the model stores bytes per second. */
export const gbitPerSecond = (gbit: number): number => (gbit * GIGA) / 8;
