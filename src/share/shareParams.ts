/**
 * The link grammar: every parameter a clusterscope link may carry, in the order links write
 * them. A link carries `v` and `preset`, then only what differs from the baseline (the
 * preset's machine and opening level, the defaults for everything else). Numbers are SI base
 * units, written exactly (`2.56e11`); a reader may also type `256GB/s`, `96GiB`, `0.5us`.
 * docs/links.md has the same table with examples.
 *
 * | parameter | sets | value |
 * |---|---|---|
 * | `v` | link version | `1` (absent: version 0, the links from before versioning) |
 * | `preset` | the preset the machine starts from | a preset id, or `custom` (built from the default preset) |
 * | `chip` | accelerator | `trainium2`, `trainium3`, `b200`, `gb200`, `tpu-v5p` |
 * | `fabric` | scale-up fabric | `torus`, `switched` |
 * | `dims` | instance torus dims (switched: chips per instance) | `4x4`, `16x20x28`, `8` |
 * | `inst` `us` | instances per UltraServer, UltraServers | whole numbers |
 * | `intrabw` `interbw` | link bandwidth in / between instances, B/s both directions | `2.56e11` |
 * | `links` `switches` | switch links per chip, switch chips per UltraServer | whole numbers |
 * | `scaleout` | scale-out bandwidth per chip, B/s one direction | `2.5e10` |
 * | `hostchips` `hostmem` `hostpower` | chips per host, host memory B, host power W | |
 * | `overhead` `pue` | overhead power per chip W, PUE | |
 * | `fp8` `fp8s` `bf16` `bf16s` `fp32` | chip FLOP/s overrides (dense, sparse); `none` drops one | `1.3e15` |
 * | `hbm` `hbmbw` `tdp` | chip HBM B, HBM B/s, power W overrides | |
 * | `params` `tokens` `mfu` `flopsfactor` `price` `prec` | training run: N, D, MFU, FLOPs per parameter per token, $/MWh, `bf16`/`fp8` | |
 * | `model` | model trained on the wiring (`llama3-8b`, `llama3-70b`, `llama3-405b`, `gpt3-175b`, `mixtral-8x7b`) | `model=llama3-405b` |
 * | `layers` `hidden` `ffn` `heads` `kvheads` `vocab` `experts` `active` `seq` `gbs` | the model's shape; `model`: as published | `seq=4096&gbs=1024` |
 * | `colourby` | colour chips by parallel group while the Train tab is open | `tp` `pp` `dp` `cp` `ep` `none` |
 * | `tp` `pp` `dp` `cp` `ep` | parallel factors; absent or `auto`: chosen by the search | `tp=8&pp=16` |
 * | `chipmtbf` `hostmtbf` `netmtbf` `swmtbf` `linkmtbf` `switchmtbf` | MTBFs, seconds | `2.85e8` |
 * | `ckptbytes` `ckptbw` `storagebw` `restart` | checkpoint B/parameter, B/s per host, storage B/s, restart s | |
 * | `sitename` | site name (≤ 60 characters) | `New+Carlisle` |
 * | `buildings` `live` `floor` `halls` `rows` `rowracks` | site floor plan (floor area m²) | |
 * | `rackpower` `usracks` `sitepower` | rack power W, racks per UltraServer, site power W | `2.2e9` |
 * | `rackw` `rackd` `rackh` `aisle` `rowend` `support` `aspect` `bheight` `gap` | site geometry, metres | |
 * | `tiers` `radix` `oversub` `nics` `swlat` `eplat` `optical` | scale-out Clos fabric | `tiers=2&radix=64` |
 * | `level` | view level | `campus` `building` `rack` `ultraserver` `instance` `chip` |
 * | `building` `rack` | building, site-wide rack in focus; `none` | `3`, `1234` |
 * | `focus` | the chip the chip level shows | `5` |
 * | `sel` | selected chips (≤ 2) | `5,53` |
 * | `donut` `orbit` `stats` | on/off | `1` / `0` |
 * | `slice` | planes of the torus in view: dimension and plane or planes | `z3`, `z2-5` |
 * | `coll` | animated all-reduce, kind:step:bytes; `none` | `torus:3:268435456` |
 * | `fail` `failchips` | failed links (≤ 32), failed chips (≤ 32) | `1-2,5-6`, `7` |
 * | `cam` | camera position, target, metres | `10,8,10,0,0,0` |
 * | `panel` | sidebar tab (Explore, Compare, Train, Configure; `charts` opens Compare) | `metrics` `compare` `training` `controls` |
 * | `compare` `base` | compared systems (≤ 4; `current` or preset ids), baseline column | `current,gb200-nvl72`, `1` |
 * | `basis` | what the comparison holds equal | `configured` `chips` `power` `domains` |
 * | `embed` `caption` | embed mode, caption (≤ 120 characters) | `embed=1&caption=Rainier` |
 * | `theme` | the page's colours, `dark`/`light`; absent or `auto`: the reader's system preference | `theme=light` |
 *
 * Chip numbers (`focus`, `sel`, `fail`, `failchips`) are below the UltraServer's chip count;
 * `building` below the site's buildings; `rack` below its rack positions.
 */
import { CONFIG_PARAMS } from './configParams';
import { PARALLELISM_PARAMS } from './parallelismParams';
import { SETTINGS_PARAMS } from './settingsParams';
import type { ShareParam } from './shareParam';
import { VIEW_PARAMS } from './viewParams';

/** The two parameters every link starts with, read before the rest. */
export const VERSION_PARAM = 'v';
export const PRESET_PARAM = 'preset';
/** `preset=custom`: a machine built by hand from the default preset (presetId null). */
export const CUSTOM_PRESET = 'custom';

/** Every other parameter, in writing order; reading follows it too, so bounds can depend on what came before. */
export const SHARE_PARAMS: readonly ShareParam[] = [
  ...CONFIG_PARAMS,
  ...SETTINGS_PARAMS,
  ...PARALLELISM_PARAMS,
  ...VIEW_PARAMS,
];

/** Every name a link of the current version may use. */
export const PARAM_NAMES: ReadonlySet<string> = new Set([
  VERSION_PARAM,
  PRESET_PARAM,
  ...SHARE_PARAMS.map((p) => p.name),
]);
