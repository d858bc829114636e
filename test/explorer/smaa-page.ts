// Runs the shared SMAA cases in the browser with the built package, on the page's main thread:
// synchronously, synchronously in JavaScript, and asynchronously (which waits for WebAssembly).
import { smaa, smaaSync } from "../../dist/index.js";
import { problem, runs } from "./smaa-cases";

const results = [];
for (const options of runs) {
  results.push({
    sync: smaaSync(problem, options),
    js: smaaSync(problem, { ...options, engine: "js" }),
    async: await smaa(problem, options),
  });
}
(globalThis as { smaaResults?: unknown }).smaaResults = results;
