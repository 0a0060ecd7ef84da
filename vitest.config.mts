import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/accuracy/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
