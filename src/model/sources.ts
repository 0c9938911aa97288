/**
 * Source index (fact sheet §13). Keys are the fact sheet's own, so every figure can be traced
 * back through `docs/hardware-facts.md` (the fact sheet) to the public document.
 */
export interface Source {
  title: string;
  url: string;
}

export const SOURCES = {
  'AWS-T2': {
    title: 'AWS Neuron docs: Trainium2 architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html',
  },
  'AWS-NCv3': {
    title: 'AWS Neuron docs: NeuronCore-v3 architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/neuron-core-v3.html',
  },
  'AWS-Trn2': {
    title: 'AWS Neuron docs: Trn2 (instance and UltraServer) architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn2-arch.html',
  },
  'AWS-NKI-T2': {
    title: 'AWS NKI guide: Trainium2 architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/arch/trainium2_arch.html',
  },
  'AWS-Coll': {
    title: 'AWS Neuron runtime: collective communication',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/neuron-runtime/about/collectives.html',
  },
  'AWS-T3': {
    title: 'AWS Neuron docs: Trainium3 architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium3.html',
  },
  'AWS-Trn3': {
    title: 'AWS Neuron docs: Trn3 UltraServer architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trn3-arch.html',
  },
  'AWS-NKI-T3': {
    title: 'AWS NKI guide: Trainium3 architecture',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/arch/trainium3_arch.html',
  },
  'AWS-Rainier-2025': {
    title: 'Amazon: AWS activates Project Rainier (29 Oct 2025)',
    url: 'https://www.aboutamazon.com/news/aws/aws-project-rainier-ai-trainium-chips-compute-cluster',
  },
  'AWS-Sust': {
    title: 'Amazon sustainability: the cloud (PUE)',
    url: 'https://sustainability.aboutamazon.com/environment/the-cloud',
  },
  'Reg-2025-07': {
    title: 'The Register: Project Rainier deep dive (4 Jul 2025)',
    url: 'https://climateerinvest.blogspot.com/2025/07/amazon-built-massive-ai-supercluster.html',
  },
  'SA-T2': {
    title: 'SemiAnalysis: Trainium2 architecture and networking',
    url: 'https://newsletter.semianalysis.com/p/amazons-ai-self-sufficiency-trainium2-architecture-networking',
  },
  'Klockwood-T2': {
    title: 'Glenn Klockwood: Trainium2',
    url: 'https://glennklockwood.com/garden/processors/trainium2',
  },
  'Klockwood-B200': { title: 'Glenn Klockwood: B200', url: 'https://glennklockwood.com/garden/processors/B200' },
  'DCD-T3-1kW': {
    title: 'DatacenterDynamics: Trainium3 chips likely to consume 1 kW',
    url: 'https://www.datacenterdynamics.com/en/news/aws-trainium3-chips-likely-to-consume-1kw-of-power-company-to-adopt-cold-plate-cooling/',
  },
  'AIwire-T3': { title: 'AIwire: Trainium3 general availability (Dec 2025)', url: 'https://buzzbytech.com/?p=9439' },
  'NV-DGXB200-UG': {
    title: 'NVIDIA DGX B200 user guide: introduction',
    url: 'https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html',
  },
  'AIPS-wiki': {
    title: 'AIPS wiki: NVIDIA DGX B200 (quoting nvidia.com)',
    url: 'https://brent-newsom-nvidia.github.io/AIPS-Boom/wiki/NVIDIA-DGX-B200',
  },
  'MLC-B200': {
    title: 'MLCommons inference v6.0: Nebius B200 system description',
    url: 'https://github.com/mlcommons/inference_results_v6.0/blob/main/closed/Nebius/systems/nebius_b200_n1.json',
  },
  'MLC-GB200': {
    title: 'MLCommons inference v6.1: Crusoe GB200 NVL72 system description',
    url: 'https://github.com/mlcommons/inference_results_v6.1/tree/main/closed/Crusoe/systems',
  },
  'aiwiki-NVL72': {
    title: 'aiwiki: NVIDIA GB200 NVL72 (quoting NVIDIA)',
    url: 'https://aiwiki.ai/wiki/nvidia_gb200_nvl72/raw',
  },
  'Verda-GB300': { title: 'Verda: GB300 NVL72 architecture', url: 'https://verda.com/blog/gb300-nvl72-architecture' },
  introl: {
    title: 'Introl: GB300 NVL72 / GB200 rack power (~120 kW, via STH/TechRadar)',
    url: 'https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters',
  },
  'GCP-v5p': { title: 'Google Cloud TPU docs: v5p', url: 'https://docs.cloud.google.com/tpu/docs/v5p' },
  ScalingBook: { title: 'JAX scaling book: TPUs', url: 'https://jax-ml.github.io/scaling-book/tpus/' },
  'Dally-Towles': {
    title: 'Dally & Towles, Principles and Practices of Interconnection Networks (2004), ch. 3 and 5',
    url: 'https://www.oreilly.com/library/view/principles-and-practices/9780122007514/',
  },
  Article: {
    title: 'Seed article: AWS Project Rainier (news piece based on The Register, Jul 2025)',
    url: 'shared/reference/seed-project-rainier.txt',
  },
  clusterscope: {
    title: 'clusterscope assumption: no public figure; chosen to be plausible and editable',
    url: 'docs/hardware-facts.md#12-not-confirmed-u--do-not-present-as-fact',
  },
  'AP-2024': {
    title: 'AP: Amazon plans $11 billion data center in northern Indiana (25 Apr 2024)',
    url: 'https://kvia.com/news/ap-national/2024/04/25/amazon-cloud-computing-unit-plans-to-invest-11-billion-to-build-data-center-in-northern-indiana/',
  },
  IIB: {
    title: 'Inside Indiana Business: officials celebrate AWS data center in New Carlisle (16 shells, 870 acres)',
    url: 'https://insideindianabusiness.com/articles/officials-celebrate-collaboration-to-bring-amazon-web-services-data-center-to-indiana',
  },
  CNBC: {
    title: 'CNBC (via CEO North America): Amazon opens $11 billion AI data center in rural Indiana',
    url: 'https://ceo-na.com/technology/amazon-opens-11-billion-ai-data-center-in-rural-indiana-as-rivals-race-to-break-ground',
  },
  'DCD-PUE': {
    title: 'DatacenterDynamics: AWS global data centers achieved PUE of 1.15 in 2023',
    url: 'https://www.datacenterdynamics.com/en/news/aws-global-data-centers-achieved-pue-of-115-in-2023/',
  },
  MPICH: {
    title: 'MPICH collective cost comments: ring all-gather / all-reduce, Rabenseifner (via SimGrid selector)',
    url: 'https://github.com/pmodels/mpich/blob/main/src/mpi/coll/allreduce/allreduce_intra_ring.c',
  },
  'NCCL-PERF': {
    title: 'NVIDIA nccl-tests: performance reported (algorithm and bus bandwidth)',
    url: 'https://github.com/NVIDIA/nccl-tests/blob/master/doc/PERFORMANCE.md',
  },
  'AWS-IntraColl': {
    title: 'AWS Neuron runtime: intra-node collective communication (Ring, Mesh, KangaRing, RDH)',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/neuron-runtime/explore/intranode-collective-comm.html',
  },
  'AWS-InterColl': {
    title: 'AWS Neuron runtime: inter-node collective communication (EFA, hierarchical)',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/neuron-runtime/explore/internode-collective-comm.html',
  },
  Young1974: {
    title: 'J. W. Young, A first order approximation to the optimum checkpoint interval, CACM 17(9), 1974',
    url: 'https://cacm.acm.org/magazines/1974/9/11664-a-first-order-approximation-to-the-optimum-checkpoint-interval',
  },
  Daly2006: {
    title: 'J. T. Daly, A higher order estimate of the optimum checkpoint interval for restart dumps, FGCS 22(3), 2006',
    url: 'https://doi.org/10.1016/j.future.2004.11.016',
  },
  Kaplan2020: {
    title: 'Kaplan et al., Scaling Laws for Neural Language Models (2020): C ≈ 6ND',
    url: 'https://arxiv.org/abs/2001.08361',
  },
  'Meta-Llama3': {
    title: 'Meta, The Llama 3 Herd of Models (2024), §3.3.4: 419 unexpected interruptions in 54 days on 16,384 H100',
    url: 'https://arxiv.org/abs/2407.21783',
  },
  'Klockwood-Reliability': {
    title: 'Glenn Klockwood: component reliability (Llama 3 interruption table by component)',
    url: 'https://glennklockwood.com/garden/component-reliability',
  },
  'Brown2020-GPT3': {
    title: 'Brown et al., Language Models are Few-Shot Learners (2020), Table 2.1: GPT-3 175B shape and batch',
    url: 'https://arxiv.org/abs/2005.14165',
  },
  'Mixtral-2024': {
    title: 'Jiang et al., Mixtral of Experts (2024), Table 1: 8 experts, 2 active, 46.7B/12.9B parameters',
    url: 'https://arxiv.org/abs/2401.04088',
  },
  'PaLM-MFU': {
    title: 'Chowdhery et al., PaLM (2022), appendix B: model FLOPs utilisation, 6N + 12·L·H·Q·T per token',
    url: 'https://arxiv.org/abs/2204.02311',
  },
  'Megatron-2021': {
    title:
      'Narayanan et al., Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM (SC 2021)',
    url: 'https://arxiv.org/abs/2104.04473',
  },
  Korthikanti2022: {
    title: 'Korthikanti et al., Reducing Activation Recomputation in Large Transformer Models (2022), Table 2',
    url: 'https://arxiv.org/abs/2205.05198',
  },
  'ZeRO-2020': {
    title:
      'Rajbhandari et al., ZeRO: Memory Optimizations Toward Training Trillion Parameter Models (SC 2020), §3 and Fig. 1',
    url: 'https://arxiv.org/abs/1910.02054',
  },
  'NV-H100': {
    title: 'NVIDIA H100 Tensor Core GPU datasheet',
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
  },
  'NV-DGXH100-UG': {
    title: 'NVIDIA DGX H100 user guide: hardware overview',
    url: 'https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
