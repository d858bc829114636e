import { defineConfig } from "tsup";

// The library ships as ESM and CJS with declarations, with `policy-matrix/testing` (fast-check
// arbitraries and claims; fast-check is its peer) and `policy-matrix/parallel` (worker threads,
// Node only, with its worker script) beside it; the CLI as one ESM file with a shebang.
// Runtime dependencies (zod, immer, fp-ts) and peers stay external: tsup leaves them out.
export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    treeshake: true,
  },
  {
    entry: { parallel: "src/parallel.ts", "parallel-worker": "src/uncertainty/parallel-worker.ts" },
    format: ["esm", "cjs"],
    dts: { entry: { parallel: "src/parallel.ts" } },
    sourcemap: true,
    target: "node20",
    platform: "node",
    shims: true,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
