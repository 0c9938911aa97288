import { useComparedSystems } from '../state/comparedSystems';
import { useExplorer } from '../state/store';
import { TrainingPanel } from './training/TrainingPanel';
import { GoodputChart } from './training/GoodputChart';
import { CollectiveChart } from './training/CollectiveChart';
import { ParallelismPanel } from './parallelism/ParallelismPanel';

/** Beyond peak: time to train, goodput under failures, and collectives on the compared systems. */
export function TrainTab() {
  const config = useExplorer((s) => s.config);
  const training = useExplorer((s) => s.training);
  const reliability = useExplorer((s) => s.reliability);
  const parallelism = useExplorer((s) => s.parallelism);
  const { setTraining, setReliability, setParallelism } = useExplorer.getState();
  const systems = useComparedSystems();
  return (
    <section className="panel-section train-tab" aria-labelledby="train-title">
      <h2 id="train-title">Time to train and goodput</h2>
      <ParallelismPanel config={config} settings={parallelism} onChange={setParallelism} />
      <TrainingPanel
        config={config}
        training={training}
        reliability={reliability}
        onTrainingChange={setTraining}
        onReliabilityChange={setReliability}
      />
      <div className="chart-grid">
        <GoodputChart systems={systems} parameters={training.parameters} reliability={reliability} width={520} />
        <CollectiveChart systems={systems} width={520} />
      </div>
    </section>
  );
}
