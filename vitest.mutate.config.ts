import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutate` runs against each mutant: those that exercise rules/, src/language/ and
 * src/document/ in process. Left out: command-line and package tests (they run the built dist/, which
 * no mutant reaches), the accuracy ratchet (also the built command line), and the robustness runs over
 * megabyte inputs and third-party corpora (they check that nothing throws or hangs, not what is found,
 * and would make every mutant run take seconds).
 */
export default defineConfig({
  test: {
    include: [
      'test/rules/**/*.test.ts',
      'test/language/**/*.test.ts',
      'test/document/**/*.test.ts',
      'test/formats/**/*.test.ts',
      'test/engine/**/*.test.ts',
      'test/docs/**/*.test.ts',
      'test/config/**/*.test.ts',
    ],
    exclude: ['test/language/robustness.test.ts', 'test/formats/*-robustness.test.ts', 'test/formats/json-corpus.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
