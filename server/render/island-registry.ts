import DurationPicker from '../../islands/DurationPicker.tsx'
import ScenePlanner from '../../islands/ScenePlanner.tsx'

/**
 * Every island the server can render. The build bundles exactly these (`islands/<Name>.tsx`),
 * so adding an island means adding one line here.
 */
export const islandComponents = {
  DurationPicker,
  ScenePlanner,
}

export type IslandName = keyof typeof islandComponents
export const ISLAND_NAMES = Object.keys(islandComponents) as IslandName[]
