import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The explorer uses policy-matrix as a package: the built one in dist/, not the source.
const built = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: { alias: [{ find: /^policy-matrix$/, replacement: built }] },
  worker: { format: "es" },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 800 },
});
