import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // Examples import the package by name, as users do; here the name points at the source.
  resolve: {
    alias: [
      { find: /^policy-matrix\/testing$/, replacement: src("testing/index.ts") },
      { find: /^policy-matrix\/parallel$/, replacement: src("parallel.ts") },
      { find: /^policy-matrix$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
  },
});
