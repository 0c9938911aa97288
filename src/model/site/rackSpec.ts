import { figure, type Figure, type Unit } from '../figure';

/**
 * What one rack of a system holds, from the floor up: power shelves, hosts (a head tray over its
 * compute trays, or one chassis) and scale-up switch trays. Rack units (U, 44.45 mm).
 */
export interface RackSpec {
  /** Names the rack in the view ("GB200 NVL72 rack"). */
  name: string;
  /** What one host is called ("Trn2 server", "compute tray", "DGX B200 system"). */
  hostName: string;
  /** Rack height, U. */
  unitsTall: number;
  cooling: 'air' | 'liquid';
  /** Chips on one compute tray. */
  chipsPerTray: number;
  /** Height of one compute tray, U. */
  computeTrayUnits: number;
  /** A head (CPU) tray of this height above each host's compute trays, U; 0 when the CPUs sit on the compute trays. */
  headTrayUnits: number;
  /** Most hosts one rack takes (a TPU rack holds one 4×4×4 cube); 0 for as many as fit. */
  maxHostsPerRack: number;
  /** Scale-up switch chips on one switch tray; 0 when the switches are not in trays of their own. */
  switchChipsPerTray: number;
  switchTrayUnits: number;
  /** What the switch trays are called ("NVLink switch tray"). */
  switchTrayName: string;
  /** Power shelves per rack, half at the bottom and half at the top; 0 for rack PDUs only. */
  powerShelves: number;
  powerShelfUnits: number;
}

export type RackProvenance = Partial<Record<keyof RackSpec, Figure>>;

/** A rack's spec with the sources of its figures. */
export interface RackDesign {
  spec: RackSpec;
  provenance: RackProvenance;
}

/** Hosts one UltraServer has: chips ÷ chips per host, rounded up. */
export function hostsOf(chipsPerUltraServer: number, chipsPerHost: number): number {
  return chipsPerHost > 0 ? Math.ceil(chipsPerUltraServer / chipsPerHost) : 0;
}

/** Rack units one host takes: its head tray and its compute trays. */
export function hostUnits(spec: RackSpec, chipsPerHost: number): number {
  const trays = spec.chipsPerTray > 0 ? Math.ceil(chipsPerHost / spec.chipsPerTray) : 0;
  return spec.headTrayUnits + trays * spec.computeTrayUnits;
}

/** Switch trays in each of `racks` racks sharing `switches` scale-up switch chips. */
export function switchTraysPerRack(spec: RackSpec, switches: number, racks: number): number {
  if (spec.switchChipsPerTray <= 0 || switches <= 0 || racks <= 0) return 0;
  return Math.ceil(switches / racks / spec.switchChipsPerTray);
}

/**
 * Fewest racks that hold an UltraServer's hosts and switch trays within the rack's height and
 * host limit. A host taller than the rack still gets a rack of its own (drawn squeezed).
 * Bounded: at most one rack per host.
 */
export function racksBySpace(spec: RackSpec, hosts: number, unitsPerHost: number, switches: number): number {
  if (hosts <= 0) return 1;
  const usable = spec.unitsTall - spec.powerShelves * spec.powerShelfUnits;
  for (let racks = 1; racks < hosts; racks++) {
    const hostsPerRack = Math.ceil(hosts / racks);
    if (spec.maxHostsPerRack > 0 && hostsPerRack > spec.maxHostsPerRack) continue;
    const units = hostsPerRack * unitsPerHost + switchTraysPerRack(spec, switches, racks) * spec.switchTrayUnits;
    if (units <= usable) return racks;
  }
  return hosts;
}

const assumption = (value: number, unit: Unit, note: string) => figure(value, unit, 'clusterscope', 'U', { note });

/** Trn2: 18U servers (a 2U CPU head tray over eight 2U trays of 2 chips), two to a rack. */
export const TRN2_RACK: RackDesign = {
  spec: {
    name: 'Trn2 rack',
    hostName: 'Trn2 server',
    unitsTall: 42,
    cooling: 'air',
    chipsPerTray: 2,
    computeTrayUnits: 2,
    headTrayUnits: 2,
    maxHostsPerRack: 0,
    switchChipsPerTray: 0,
    switchTrayUnits: 1,
    switchTrayName: 'Switch tray',
    powerShelves: 0,
    powerShelfUnits: 1,
  },
  provenance: {
    chipsPerTray: figure(2, 'count', 'SA-T2', 'L', {
      note: '18U server: one 2U CPU head tray and eight 2U compute trays of 2 Trainium2 each (analyst, via summaries).',
    }),
    unitsTall: assumption(
      42,
      'count',
      'Assumption: a standard 42U air-cooled rack; two 18U servers fill it, matching the 2 racks per 64-chip UltraServer seen in photos (Klockwood-T2, L).',
    ),
  },
};

/** GB200 NVL72: one liquid-cooled rack of 18 compute trays (2 Grace + 4 GPUs), 9 NVLink switch trays, power shelves. */
export const NVL72_RACK: RackDesign = {
  spec: {
    name: 'GB200 NVL72 rack',
    hostName: 'compute tray',
    unitsTall: 48,
    cooling: 'liquid',
    chipsPerTray: 4,
    computeTrayUnits: 1,
    headTrayUnits: 0,
    maxHostsPerRack: 0,
    switchChipsPerTray: 2,
    switchTrayUnits: 1,
    switchTrayName: 'NVLink switch tray',
    powerShelves: 4,
    powerShelfUnits: 1,
  },
  provenance: {
    chipsPerTray: figure(4, 'count', 'aiwiki-NVL72', 'M', { note: '18 compute trays × (2 Grace + 4 Blackwell).' }),
    switchChipsPerTray: figure(2, 'count', 'introl', 'M', { note: '9 NVLink switch trays, 2 switch chips each.' }),
    powerShelves: assumption(
      4,
      'count',
      'Assumption: four 33 kW shelves, adding up to the 132 kW DC Supermicro quotes for the rack (introl, M).',
    ),
    unitsTall: assumption(48, 'count', 'Assumption: a 48U rack (its 18 + 9 trays and shelves fill 31U).'),
  },
};

/** DGX B200: one 10U system (a CPU tray over an 8-GPU tray) in an air-cooled rack. */
export const DGX_B200_RACK: RackDesign = {
  spec: {
    name: 'DGX B200 rack',
    hostName: 'DGX B200 system',
    unitsTall: 42,
    cooling: 'air',
    chipsPerTray: 8,
    computeTrayUnits: 6,
    headTrayUnits: 4,
    maxHostsPerRack: 1,
    switchChipsPerTray: 0,
    switchTrayUnits: 1,
    switchTrayName: 'Switch tray',
    powerShelves: 0,
    powerShelfUnits: 1,
  },
  provenance: {
    computeTrayUnits: figure(10, 'count', 'NV-DGXB200-UG', 'H', {
      note: '10U, 142.4 kg, up to 14.3 kW. The split into a 6U GPU tray and a 4U CPU tray is our drawing.',
    }),
    maxHostsPerRack: assumption(
      1,
      'count',
      'Assumption: one DGX per rack position; racks of several DGX are common too.',
    ),
  },
};

/** DGX H100: one 8U system (a CPU tray over an 8-GPU tray) in an air-cooled rack. */
export const DGX_H100_RACK: RackDesign = {
  spec: {
    ...DGX_B200_RACK.spec,
    name: 'DGX H100 rack',
    hostName: 'DGX H100 system',
    computeTrayUnits: 5,
    headTrayUnits: 3,
  },
  provenance: {
    computeTrayUnits: figure(8, 'count', 'NV-DGXH100-UG', 'H', {
      note: '8U, ~10.2 kW max. The split into a 5U GPU tray and a 3U CPU tray is our drawing.',
    }),
    maxHostsPerRack: DGX_B200_RACK.provenance.maxHostsPerRack!,
  },
};

/** Trn3 Gen2: 36 servers of 4 chips over two liquid-cooled racks, NeuronSwitch trays between. */
export const TRN3_RACK: RackDesign = {
  spec: {
    name: 'Trn3 Gen2 rack',
    hostName: 'Trn3 server tray',
    unitsTall: 48,
    cooling: 'liquid',
    chipsPerTray: 4,
    computeTrayUnits: 1,
    headTrayUnits: 0,
    maxHostsPerRack: 18,
    switchChipsPerTray: 2,
    switchTrayUnits: 1,
    switchTrayName: 'NeuronSwitch tray',
    powerShelves: 4,
    powerShelfUnits: 1,
  },
  provenance: {
    maxHostsPerRack: figure(18, 'count', 'AWS-Trn3', 'L', {
      note: 'Two racks of 18 servers: inferred from the 2 inter-rack links per chip AWS describes.',
    }),
    switchChipsPerTray: assumption(2, 'count', 'Assumption: NeuronSwitch-v1 trays of 2 switch chips, like NVL72.'),
    powerShelves: assumption(4, 'count', 'Assumption: power shelves as in other ~100 kW liquid-cooled racks.'),
  },
};

/** TPU v5p: a rack is one 4×4×4 cube, 16 hosts of 4 chips; optical circuit switches join cubes elsewhere. */
export const TPU_V5P_RACK: RackDesign = {
  spec: {
    name: 'TPU v5p rack (one 4×4×4 cube)',
    hostName: 'TPU host tray',
    unitsTall: 42,
    cooling: 'liquid',
    chipsPerTray: 4,
    computeTrayUnits: 2,
    headTrayUnits: 0,
    maxHostsPerRack: 16,
    switchChipsPerTray: 0,
    switchTrayUnits: 1,
    switchTrayName: 'Switch tray',
    powerShelves: 0,
    powerShelfUnits: 1,
  },
  provenance: {
    maxHostsPerRack: figure(16, 'count', 'GCP-v5p', 'M', {
      note: '4×4×4 cubes of 64 chips per rack, joined by OCS (described for v4; v5p uses the same cubes).',
    }),
    computeTrayUnits: assumption(2, 'count', 'Assumption: a 2U tray per 4-chip host.'),
  },
};

/** For a configuration no preset describes: Trn2-like trays in an air-cooled rack. */
export const GENERIC_RACK: RackDesign = {
  spec: { ...TRN2_RACK.spec, name: 'Generic rack', hostName: 'server' },
  provenance: {
    unitsTall: assumption(42, 'count', 'Assumption: a generic 42U rack for a custom configuration.'),
  },
};
