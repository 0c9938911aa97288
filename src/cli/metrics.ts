/**
 * Headless entry, from the same model and codec the page uses, printing Metrics (plus the
 * bisection's certainty and the default all-reduce, see metricsReport) as JSON in SI base units:
 *   npm run metrics -- --preset <id>
 *   npm run metrics -- --url '<link>'   (a full URL, a path with a query, or the query alone)
 * A link's decode problems go to stderr and it exits 0 (a link always decodes to something).
 * It exits 2, printing one line that says why, on a usage error: an unknown or repeated option,
 * both or neither of --preset and --url, or a --url that is not a link to this page ('',
 * 'hello world', 'javascript:alert(1)').
 */
import { parseArgs } from 'node:util';
import { isPresetId, PRESET_IDS, PRESETS } from '../model/index';
import { decodeShareState } from '../share/decodeShareState';
import { readLinkQuery } from '../share/queryOfLink';
import { quote } from '../share/showableText';
import { metricsReport } from './metricsReport';

const USAGE = "Usage: npm run metrics -- --preset <id>\n       npm run metrics -- --url '<link>'";

function fail(message: string, withUsage = true): never {
  process.stderr.write(
    withUsage
      ? `${message}\n${USAGE}\nValid presets: ${PRESET_IDS.join(', ')}\n`
      : `clusterscope metrics: ${message}\n`,
  );
  process.exit(2);
}

function print(preset: string | null, metrics: object): void {
  process.stdout.write(`${JSON.stringify({ preset, ...metrics }, null, 2)}\n`);
}

/** The options, each given at most once; anything else is a usage error. */
function readOptions(): { preset?: string; url?: string } {
  let values: { preset?: string[]; url?: string[] };
  try {
    // `multiple` so a repeat is seen (parseArgs would otherwise keep the last one without a word).
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { preset: { type: 'string', multiple: true }, url: { type: 'string', multiple: true } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  for (const name of ['preset', 'url'] as const) {
    const given = values[name] ?? [];
    if (given.length > 1) fail(`--${name} is given ${given.length} times: give it once.`, false);
  }
  return { preset: values.preset?.[0], url: values.url?.[0] };
}

const { preset: presetId, url: link } = readOptions();
if (presetId !== undefined && link !== undefined) fail('Give --preset or --url, not both.');
if (link !== undefined) {
  const read = readLinkQuery(link);
  if (!read.ok) fail(`cannot use --url ${quote(link)}: ${read.reason}.`, false);
  const { state, problems } = decodeShareState(read.query);
  for (const p of problems) process.stderr.write(`${p.parameter} (${p.action}): ${p.message}\n`);
  print(state.presetId, metricsReport(state.config, state.parallelism));
} else {
  if (presetId === undefined) fail('Give --preset <id> or --url <link>.');
  if (!isPresetId(presetId)) fail(`Unknown preset "${presetId}".`);
  print(presetId, metricsReport(PRESETS[presetId].config));
}
