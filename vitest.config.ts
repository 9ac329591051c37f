import { defineConfig } from 'vitest/config';

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
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        // Reads the build (process.env.KAIMEN_DIST ?? 'dist'): run after `npm run build`.
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
    ],
  },
});
