/**
 * The benchmark build: the app with the page contract mounted (gallery-page.tsx) and its Counter
 * registered as an island, built in a temporary copy of the sources (e2e/build-variant.ts) so the
 * production binary never contains either.
 */
import { join } from 'node:path'
import { buildVariant, type SourceEdit } from '../../../e2e/build-variant.ts'

const here = (file: string) => Bun.file(join(import.meta.dir, file)).text()

/** gallery-page.tsx imports the server from scripts/bench/peers/; in the variant it lives in server/bench/. */
const fromServerBench = (source: string) => source.replaceAll("'../../../server/", "'../")

export const benchEdits = async (): Promise<SourceEdit[]> => [
  { file: 'server/bench/gallery-page.tsx', write: fromServerBench(await here('gallery-page.tsx')) },
  { file: 'server/bench/data.ts', write: await here('data.ts') },
  { file: 'islands/BenchCounter.tsx', write: await here('Counter.tsx') },
  {
    file: 'server/render/island-registry.ts',
    replace: [
      'export const islandComponents = {',
      "export const islandComponents = {\n  BenchCounter: require('../../islands/BenchCounter.tsx').default,",
    ],
  },
  {
    file: 'server/app.tsx',
    replace: ['for (const routes of [homeRoutes,', 'for (const routes of [benchGalleryRoutes, homeRoutes,'],
  },
  { file: 'server/app.tsx', append: "\nimport { benchGalleryRoutes } from './bench/gallery-page.tsx'\n" },
  {
    file: 'server/routes.ts',
    replace: [
      'export const ROUTES: readonly RouteDeclaration[] = [',
      "export const ROUTES: readonly RouteDeclaration[] = [\n  { template: '/bench/gallery', page: true },\n  { template: '/bench/gallery-cached', page: true, cache: { name: 'bench-gallery', ...PAGE_CACHE, tags: () => ['bench'] } },",
    ],
  },
]

export const buildBenchVariant = async () => buildVariant(await benchEdits(), { timeoutMs: 300_000 })
