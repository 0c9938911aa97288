import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/model/index';
import { ADVERSARIAL_VALUES, sampleAdversarialLinks } from '../../fixtures/adversarialLinks';
import { decodeShareState } from '../../../src/share/decodeShareState';
import { LINK_LIMITS } from '../../../src/share/linkLimits';
import { PARAM_NAMES } from '../../../src/share/shareParams';
import { validateShareState } from '../../../src/share/validateShareState';

/** Messages of the decoder's safety net (restoreBounds, the catch-all): adversarial input must never reach it. */
const SAFETY_NET = /^Reset |does not add up|could not be read:/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters that leaked into messages.
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let decoded = 0;
/** A generous ceiling for shared CI cores, not a speed assertion: the decoder's cost is bounded by LINK_LIMITS. */
const SLOW = 60_000;

const ACTIONS = new Set(['ignored', 'clamped', 'defaulted']);

/**
 * What must hold for any input at all, as a list of what went wrong (one assertion per test
 * keeps 10,000 decodes cheap): never throws, a valid state, at most maxProblems problems, each
 * with a known action and showable text, and none from the safety net.
 */
function violations(link: string): string[] {
  decoded++;
  const where = JSON.stringify(link.slice(0, 120));
  let result: ReturnType<typeof decodeShareState>;
  try {
    result = decodeShareState(link);
  } catch (error) {
    return [`${where} threw ${String(error)}`];
  }
  const { state, problems } = result;
  const found = [...validateConfig(state.config), ...validateShareState(state)].map(
    (p) => `${where}: invalid state: ${p}`,
  );
  if (problems.length > LINK_LIMITS.maxProblems) found.push(`${where}: ${problems.length} problems`);
  for (const p of problems) {
    if (!ACTIONS.has(p.action)) found.push(`${where}: action ${p.action}`);
    if (SAFETY_NET.test(p.message)) found.push(`${where}: safety net fired: ${p.message}`);
    if (p.parameter.length > 41 || UNSHOWABLE.test(p.parameter) || UNSHOWABLE.test(p.message))
      found.push(`${where}: unshowable ${JSON.stringify(p)}`);
  }
  return found;
}

const names = [...PARAM_NAMES];
const hostileValue = fc.oneof(
  fc.constantFrom(...ADVERSARIAL_VALUES),
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt().map(String),
  fc.double().map((n) => n.toExponential()),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s)),
  fc.array(fc.integer({ min: -5, max: 100000 }), { maxLength: 40 }).map((a) => a.join(',')),
);
const hostileLink = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 })), hostileValue), { maxLength: 30 })
  .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));

describe('decodeShareState on hostile links (10,000+ in all)', () => {
  it(
    'survives 6,000 seeded adversarial links: huge, negative, NaN, markup, bad escapes, repeats, 5,000 parameters, 1 MB values',
    () => {
      const links = sampleAdversarialLinks(6000, 20_251_029);
      expect(links.some((l) => l.length >= 1 << 20)).toBe(true);
      expect(links.some((l) => l.split('&').length >= 5000)).toBe(true);
      expect(links.flatMap(violations).slice(0, 5)).toEqual([]);
    },
    SLOW,
  );

  it(
    'survives 1,500 arbitrary Unicode strings',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => violations(text).length === 0),
        { numRuns: 1500 },
      );
    },
    SLOW,
  );

  it(
    'survives 2,500 links of real and made-up names with hostile values',
    () => {
      fc.assert(
        fc.property(
          hostileLink,
          fc.boolean(),
          (link, versioned) => violations(versioned ? `?v=1&${link}` : link).length === 0,
        ),
        { numRuns: 2500 },
      );
    },
    SLOW,
  );

  it('counted', () => expect(decoded).toBeGreaterThanOrEqual(10_000));
});

describe('decodeShareState bounds its own work', () => {
  it(`reads at most ${LINK_LIMITS.maxParameters} parameters`, () => {
    const filler = Array.from({ length: LINK_LIMITS.maxParameters }, (_, i) => `x${i}=1`).join('&');
    const { state, problems } = decodeShareState(`v=1&${filler}&us=5`);
    expect(state.config.ultraServers).not.toBe(5);
    expect(problems.at(-1)?.message).toMatch(/more problems/);
    const withinBudget = decodeShareState(`v=1&us=5&${filler}`);
    expect(withinBudget.state.config.ultraServers).toBe(5);
  });

  it(`reads at most the first ${LINK_LIMITS.maxLinkChars.toLocaleString('en-US')} characters, cut at a parameter boundary`, () => {
    const padding = `caption=${'a'.repeat(100)}&`.repeat(Math.ceil(LINK_LIMITS.maxLinkChars / 110));
    const { state, problems } = decodeShareState(`v=1&preset=trn2&${padding}us=5`);
    expect(state.presetId).toBe('trn2');
    expect(state.config.ultraServers).toBe(1);
    expect(problems.find((p) => p.parameter === 'link')?.message).toMatch(/only its first 8,192 were read/);
    expect(problems.find((p) => p.parameter === 'caption')?.message).toMatch(/appears \d+ times/);
  });

  it(`does not read a value longer than ${LINK_LIMITS.maxValueChars} characters`, () => {
    const { state, problems } = decodeShareState(`v=1&us=${'9'.repeat(LINK_LIMITS.maxValueChars + 1)}&inst=2`);
    expect(state.config.ultraServers).toBe(7812);
    expect(state.config.instancesPerUltraServer).toBe(2);
    expect(problems).toEqual([
      { parameter: 'us', action: 'ignored', message: expect.stringMatching(/1,001 characters long/) },
    ]);
  });

  it('reads a link with a megabyte-long value up to the cut, and says so', () => {
    const { state, problems } = decodeShareState(`v=1&inst=2&caption=${'x'.repeat(1 << 20)}&us=5`);
    expect(state.config.instancesPerUltraServer).toBe(2);
    expect(state.config.ultraServers).toBe(7812);
    expect(state.embed.caption).toBeNull();
    expect(problems).toEqual([
      { parameter: 'link', action: 'ignored', message: expect.stringMatching(/1,048,\d{3} characters long/) },
    ]);
  });

  it(`lists at most ${LINK_LIMITS.maxProblems} problems, the last one counting the rest`, () => {
    const { problems } = decodeShareState(Array.from({ length: 50 }, (_, i) => `nope${i}=1`).join('&'));
    expect(problems).toHaveLength(LINK_LIMITS.maxProblems);
    expect(problems.at(-1)).toEqual({
      parameter: 'link',
      action: 'ignored',
      message: '…and 31 more problems with this link.',
    });
  });
});
