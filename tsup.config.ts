import { defineConfig } from "tsup";

// The library ships as ESM and CJS with declarations; the CLI as one ESM file with a shebang.
// Runtime dependencies (zod, immer, fp-ts) stay external: tsup leaves every `dependencies` entry out.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "neutral",
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
