import { PRESET_IDS, presetConfig, seededRandom } from '../model/index';
import { encodeShareState } from './encodeShareState';
import { PARAM_NAMES } from './shareParams';
import { defaultShareState } from './shareState';

/** Values that have broken parsers before: non-numbers, extremes, markup, odd Unicode, bad escapes. */
export const ADVERSARIAL_VALUES: readonly string[] = [
  '',
  ' ',
  '0',
  '-0',
  '-1',
  '1.5',
  '1e308',
  '1e400',
  '-1e400',
  '1e-400',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1_000',
  '9'.repeat(400),
  '4294967296',
  '9007199254740993',
  '.',
  '-',
  'e5',
  '1e',
  '1e+5',
  '1e 5',
  '256GB/s',
  '96GiB',
  '5Q',
  '1,5',
  '1-2',
  'none',
  'true',
  'undefined',
  'null',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE links;--",
  '\u0000',
  '\u202eevil',
  '\ud83d\ude80',
  '\ud800',
  '\uffff',
  'ｒａｉｎｉｅｒ',
  'rainier\u0000',
  'RAINIER',
  ' rainier ',
  '%',
  '%%',
  '%E0%A4%A',
  '%ZZ',
  '%C0%80',
  '%ED%A0%80',
  '%00',
  '%FF%FE',
  '%2',
  '%u0041',
  '4x4x4x4',
  '0x4',
  '33x2',
  '32x32x32',
  '1x1',
  'torus:-1:0',
  'ring:99999999999:1e400',
  ':::',
  'torus',
  '0-0',
  '1-99999999',
  '1,2,3,4,5,6,7,8,9,10',
  'current,current,current,current,current',
  '1,2,3,4,5',
  '1,2,3,4,5,6,7',
];

const SEPARATORS = ['&', '&&', '=', '?', '#', ';', '&=', '=&'];

/** Kinds of link, from plausible to absurd; sizes stay modest except the rare huge ones. */
type Generator = (random: () => number) => string;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const below = (n: number, random: () => number): number => Math.floor(random() * n);
const names = [...PARAM_NAMES];

function randomText(random: () => number, maxLength: number): string {
  const length = below(maxLength + 1, random);
  let text = '';
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.5) text += String.fromCharCode(32 + below(95, random));
    else if (roll < 0.8) text += String.fromCharCode(below(0x10000, random));
    else if (roll < 0.9) text += pick(SEPARATORS, random);
    else text += `%${below(256, random).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return text;
}

const parameters = (count: number, random: () => number, value: () => string): string =>
  Array.from({ length: count }, () => `${pick(names, random)}=${value()}`).join('&');

const GENERATORS: readonly { weight: number; make: Generator }[] = [
  // Known names, hostile values, raw or percent-encoded.
  {
    weight: 30,
    make: (r) =>
      parameters(1 + below(8, r), r, () =>
        r() < 0.5 ? pick(ADVERSARIAL_VALUES, r) : encodeURIComponentSafe(pick(ADVERSARIAL_VALUES, r)),
      ),
  },
  // A version in front of hostile values.
  {
    weight: 10,
    make: (r) =>
      `v=${pick(['0', '1', '2', '999999999', '-1', '1.5', 'abc', '', '1e3'], r)}&${parameters(1 + below(5, r), r, () => pick(ADVERSARIAL_VALUES, r))}`,
  },
  // Unknown names, unicode and markup included.
  {
    weight: 10,
    make: (r) => Array.from({ length: 1 + below(6, r) }, () => `${randomText(r, 12)}=${randomText(r, 20)}`).join('&'),
  },
  // Arbitrary characters, separators and escapes.
  { weight: 15, make: (r) => randomText(r, 200) },
  // A real link, then damaged: a value swapped, a parameter repeated, or cut short.
  { weight: 20, make: (r) => damage(realLink(r), r) },
  // Repeated keys.
  {
    weight: 5,
    make: (r) => {
      const name = pick(names, r);
      return Array.from({ length: 2 + below(50, r) }, () => `${name}=${pick(ADVERSARIAL_VALUES, r)}`).join('&');
    },
  },
  // Thousands of parameters.
  {
    weight: 1,
    make: (r) =>
      Array.from({ length: 5000 }, (_, i) => (r() < 0.5 ? `p${i}=${i}` : `${pick(names, r)}=${i}`)).join('&'),
  },
  // A megabyte-long value.
  {
    weight: 1,
    make: (r) => `v=1&${pick(names, r)}=${pick(['A', '9', '%', '%E0', ',', 'x'], r).repeat(1 << 20)}&preset=trn2`,
  },
];

const TOTAL_WEIGHT = GENERATORS.reduce((sum, g) => sum + g.weight, 0);

/** encodeURIComponent refuses unpaired surrogates; such a value is sent raw instead. */
function encodeURIComponentSafe(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

function realLink(random: () => number): string {
  const state = defaultShareState();
  state.presetId = pick(PRESET_IDS, random);
  state.config = presetConfig(state.presetId);
  state.config.ultraServers = 1 + below(100, random);
  state.view.selection = [below(4, random), below(4, random)];
  state.view.failedLinks = [[0, 1]];
  state.embed.caption = 'Rainier, at scale';
  return encodeShareState(state);
}

function damage(link: string, random: () => number): string {
  const parts = link.split('&');
  const at = below(parts.length, random);
  const roll = random();
  if (roll < 0.4) parts[at] = `${parts[at]!.split('=')[0]}=${pick(ADVERSARIAL_VALUES, random)}`;
  else if (roll < 0.7) parts.push(parts[at]!);
  else return link.slice(0, below(link.length, random));
  return parts.join('&');
}

/**
 * `count` hostile query strings (what follows `?`), the same for the same seed on every
 * machine: out-of-range and non-numbers, markup, odd Unicode, malformed percent-encoding,
 * repeated keys, damaged real links, and rarely a 5,000-parameter link or a 1 MB value.
 * Pure; for the decoder's fuzz tests and for end-to-end runs against the live page.
 * `maxChars` drops links longer than that (a browser's address bar has limits of its own).
 */
export function sampleAdversarialLinks(count: number, seed: number, maxChars = Number.POSITIVE_INFINITY): string[] {
  const random = seededRandom(seed);
  const links: string[] = [];
  // Bounded even when maxChars lets almost nothing through.
  for (let attempt = 0; links.length < count && attempt < 100 * count; attempt++) {
    let roll = random() * TOTAL_WEIGHT;
    const generator =
      GENERATORS.find((g) => {
        roll -= g.weight;
        return roll < 0;
      }) ?? GENERATORS[0]!;
    const link = generator.make(random);
    if (link.length <= maxChars) links.push(link);
  }
  return links;
}
