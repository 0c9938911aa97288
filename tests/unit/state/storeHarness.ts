import { useExplorer } from '../../../src/state/store';

/** The store as a fresh page has it: every test starts from the same state. */
export function resetStore(): void {
  useExplorer.setState(useExplorer.getInitialState(), true);
}

/** The current state, with its actions. */
export const store = () => useExplorer.getState();
