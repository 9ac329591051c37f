import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        // Needs no build: unit tests, and content tests that build their own copies of the site.
        test: {
          name: 'unit',
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
