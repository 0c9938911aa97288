import { trainium3 } from '../chips/trainium3';
import { figure } from '../figure';
import { GiB, PETA, TERA } from '../units';
import type { Preset } from './preset';

/** Per chip: 4 x8 links inside the server, 5 x8 to other servers, 2 x8 to the other rack (AWS-Trn3). */
const NEURONLINK_V4_LINKS = 11;
const SERVERS = 36;

export const trn3UltraServer: Preset = {
  id: 'trn3-ultraserver',
  name: 'Trn3 Gen2 UltraServer',
  description: '144 Trainium3 chips (36 servers × 4), all-to-all through NeuronSwitch-v1.',
  config: {
    chip: 'trainium3',
    chipOverrides: {},
    fabric: 'switched',
    instanceDims: [4],
    instancesPerUltraServer: SERVERS,
    ultraServers: 1,
    intraLinkBandwidth: trainium3.scaleUpBandwidth.value / NEURONLINK_V4_LINKS,
    interLinkBandwidth: 0,
    linksPerChip: NEURONLINK_V4_LINKS,
    switchesPerUltraServer: 18,
    scaleOutBandwidthPerChip: trainium3.scaleOutBandwidth.value,
    chipsPerHost: 4,
    hostMemoryPerHost: 768 * GiB,
    hostPowerWatts: 1200,
    overheadPowerPerChipWatts: 100,
    pue: 1.14,
  },
  provenance: {
    instanceDims: figure(4, 'count', 'AWS-Trn3', 'H', { note: '36 servers × 4 chips.' }),
    instancesPerUltraServer: figure(SERVERS, 'count', 'AWS-Trn3', 'H'),
    linksPerChip: figure(NEURONLINK_V4_LINKS, 'count', 'AWS-Trn3', 'H', {
      note: 'PCIe Gen6 x8 links: 4 intra-server, 5 inter-server, 2 inter-rack.',
    }),
    intraLinkBandwidth: figure(trainium3.scaleUpBandwidth.value / NEURONLINK_V4_LINKS, 'B/s', 'AWS-T3', 'D', {
      note: '2.56 TB/s per chip ÷ 11 links; AWS also gives 2,048 GiB/s and 704 GB/s (C6).',
    }),
    switchesPerUltraServer: figure(18, 'count', 'clusterscope', 'U', {
      note: 'NeuronSwitch count not published; drawn as 18.',
    }),
    hostMemoryPerHost: figure(768 * GiB, 'B', 'AWS-Trn3', 'D', { note: '27,648 GiB ÷ 36 servers.' }),
    hostPowerWatts: figure(1200, 'W', 'clusterscope', 'U', { note: 'Not published: an assumption.' }),
    overheadPowerPerChipWatts: figure(100, 'W', 'clusterscope', 'U'),
    pue: figure(1.14, 'ratio', 'AWS-Sust', 'H'),
  },
  published: [
    { metric: 'chips', label: 'Trainium3 chips', figure: figure(144, 'count', 'AWS-Trn3', 'H') },
    { metric: 'fp8DenseFlops', label: 'MXFP8 dense', figure: figure(362 * PETA, 'FLOP/s', 'AWS-Trn3', 'H') },
    { metric: 'hbmBytes', label: 'HBM', figure: figure(20_736 * GiB, 'B', 'AWS-Trn3', 'H') },
    { metric: 'hbmBandwidth', label: 'HBM bandwidth', figure: figure(705.6 * TERA, 'B/s', 'AWS-Trn3', 'H') },
    { metric: 'hostMemoryBytes', label: 'Host memory', figure: figure(27_648 * GiB, 'B', 'AWS-Trn3', 'H') },
    {
      metric: 'scaleOutBandwidth',
      label: 'EFA',
      figure: figure(3.6 * TERA, 'B/s', 'AWS-Trn3', 'H', { note: '28.8 Tbps.' }),
    },
  ],
};
