/**
 * Headless entry, from the same model and codec the page uses, printing Metrics (plus the
 * bisection's certainty and the default all-reduce, see metricsReport) as JSON in SI base units:
 *   npm run metrics -- --preset <id>
 *   npm run metrics -- --url '<link>'   (a full URL, a path with a query, or the query alone)
 * A link's decode problems go to stderr; it exits 0 whenever the link decoded (it always
 * does), and 2 only on a usage error.
 */
import { isPresetId, PRESET_IDS, PRESETS } from '../model/index';
import { decodeShareState } from '../share/decodeShareState';
import { queryOfLink } from '../share/queryOfLink';
import { metricsReport } from './metricsReport';

const USAGE = "Usage: npm run metrics -- --preset <id>\n       npm run metrics -- --url '<link>'";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\nValid presets: ${PRESET_IDS.join(', ')}\n`);
  process.exit(2);
}

/** The option's value (`--name value` or `--name=value`); null when absent, undefined when it has none. */
function argValue(args: string[], name: string): string | null | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const prefixed = args.find((a) => a.startsWith(`${name}=`));
  return prefixed === undefined ? null : prefixed.slice(name.length + 1);
}

function print(preset: string | null, metrics: object): void {
  process.stdout.write(`${JSON.stringify({ preset, ...metrics }, null, 2)}\n`);
}

const args = process.argv.slice(2);
const presetId = argValue(args, '--preset');
const link = argValue(args, '--url');
if (presetId !== null && link !== null) fail('Give --preset or --url, not both.');
if (link !== null) {
  if (link === undefined) fail('--url needs a link.');
  const { state, problems } = decodeShareState(queryOfLink(link));
  for (const p of problems) process.stderr.write(`${p.parameter} (${p.action}): ${p.message}\n`);
  print(state.presetId, metricsReport(state.config, state.parallelism));
} else {
  if (presetId === null || presetId === undefined) fail('Give --preset <id> or --url <link>.');
  if (!isPresetId(presetId)) fail(`Unknown preset "${presetId}".`);
  print(presetId, metricsReport(PRESETS[presetId].config));
}
