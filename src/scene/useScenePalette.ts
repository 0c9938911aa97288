import { useExplorer } from '../state/store';
import { scenePalette, type ScenePalette, type SceneTheme } from './palette';

/** The scene's theme: the app's. */
export function useSceneTheme(): SceneTheme {
  return useExplorer((s) => s.theme);
}

export function useScenePalette(): ScenePalette {
  return scenePalette(useSceneTheme());
}
