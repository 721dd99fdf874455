import DurationPicker from '../../islands/DurationPicker.tsx'
import GenerationProgress from '../../islands/GenerationProgress.tsx'
import Player from '../../islands/Player.tsx'
import ScenePlanner from '../../islands/ScenePlanner.tsx'
import StoryboardEditor from '../../islands/StoryboardEditor.tsx'

/**
 * Every island the server can render. The build bundles exactly these (`islands/<Name>.tsx`),
 * so adding an island means adding one line here.
 */
export const islandComponents = {
  DurationPicker,
  GenerationProgress,
  // Only the admin's metrics page renders it: uPlot is evaluated there, not at start-up.
  get MetricsDashboard(): typeof import('../../islands/MetricsDashboard.tsx').default {
    return (require('../../islands/MetricsDashboard.tsx') as typeof import('../../islands/MetricsDashboard.tsx')).default
  },
  Player,
  ScenePlanner,
  StoryboardEditor,
}

export type IslandName = keyof typeof islandComponents
export const ISLAND_NAMES = Object.keys(islandComponents) as IslandName[]
