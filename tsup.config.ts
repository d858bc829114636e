import { defineConfig } from "tsup";

// The library ships as ESM and CJS with declarations, with `policy-matrix/testing` (fast-check
// arbitraries and claims; fast-check is its peer) and `policy-matrix/parallel` (worker threads,
// Node only, with its worker script) beside it; the CLI as one ESM file with a shebang.
// Runtime dependencies (zod, immer, fp-ts) and peers stay external: tsup leaves them out.
//
// The three entry points are one build, split into shared chunks in both formats, so that the code
// they share (the errors, the engine) is loaded once: one `PolicyMatrixError`, one WebAssembly
// module. The platform is neutral (the main entry runs in browsers); `node:` modules, which only
// `policy-matrix/parallel` imports, stay external.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      testing: "src/testing/index.ts",
      parallel: "src/parallel.ts",
      "parallel-worker": "src/uncertainty/parallel-worker.ts",
    },
    format: ["esm", "cjs"],
    dts: { entry: { index: "src/index.ts", testing: "src/testing/index.ts", parallel: "src/parallel.ts" } },
    splitting: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    external: [/^node:/],
    shims: true,
    treeshake: true,
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
