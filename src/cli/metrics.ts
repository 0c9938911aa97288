/**
 * Headless entry: `npm run metrics -- --preset <id>` prints the preset's Metrics as JSON,
 * in SI base units, from the same model the page uses.
 */
import { evaluate, isPresetId, PRESET_IDS, PRESETS } from '../model/index';

function fail(message: string): never {
  process.stderr.write(`${message}\nValid presets: ${PRESET_IDS.join(', ')}\n`);
  process.exit(2);
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const prefixed = args.find((a) => a.startsWith(`${name}=`));
  return prefixed?.slice(name.length + 1);
}

const args = process.argv.slice(2);
const presetId = argValue(args, '--preset');
if (presetId === undefined) fail('Usage: npm run metrics -- --preset <id>');
if (!isPresetId(presetId)) fail(`Unknown preset "${presetId}".`);

const metrics = evaluate(PRESETS[presetId].config);
process.stdout.write(`${JSON.stringify({ preset: presetId, ...metrics }, null, 2)}\n`);
