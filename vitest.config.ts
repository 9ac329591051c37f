import { configDefaults, defineConfig } from 'vitest/config';

const UNIT = ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'];
/**
 * Unit test files that each need a process of their own. font-subset: each of its subsetters
 * copies a whole CJK font (8–19 MB) into HarfBuzz's WebAssembly memory for the life of the
 * process, and beside the build's own subsetters (src/raster/svg-to-png.ts) the memory runs out.
 * chart-models: it replaces the chart renderer with a spy (vi.mock), which must see every render
 * of that file and no other's.
 */
const OWN_PROCESS = ['src/raster/font-subset.test.ts', 'src/charts/chart-models.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        // Needs no build: unit tests, and content tests that build their own copies of the site.
        test: {
          name: 'unit',
          // Rasterising and font subsetting take well under a second alone, but this phase runs
          // beside the build on two cores (scripts/test-all.ts).
          testTimeout: 30_000,
          include: UNIT,
          exclude: [...configDefaults.exclude, ...OWN_PROCESS],
          // The files share their workers' module graphs (d3, the content loaders, the chart
          // renderer) instead of importing them afresh each: two thirds of their CPU time. None
          // of them mocks or stubs modules, globals or the environment.
          isolate: false,
        },
      },
      { test: { name: 'unit-own-process', testTimeout: 30_000, include: OWN_PROCESS } },
      {
        // Reads the build (process.env.KAIMEN_DIST ?? 'dist'): run after `npm run build`. Shares
        // module graphs as the unit tests do.
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], isolate: false },
      },
    ],
  },
});
