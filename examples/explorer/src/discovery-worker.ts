// Runs scenario discovery off the page's thread, with progress. The page cancels by ending the
// worker (discovery runs in one go, so a message could not reach it mid-run).
import { builtinCatalog, discover, type AssumptionsInput } from "policy-matrix";

self.onmessage = (event: MessageEvent) => {
  const { option, samples, assumptions } = event.data as {
    option: string;
    samples: number;
    assumptions: AssumptionsInput;
  };
  try {
    const d = discover(
      builtinCatalog(),
      { kind: "first", option },
      {},
      { samples, seed: 1, onProgress: (done, total) => self.postMessage({ type: "progress", done, total }) },
      assumptions,
    );
    self.postMessage({
      type: "done",
      summary: d.summary,
      base: d.base,
      rules: d.rules.map((r) => ({ text: r.text, significance: r.significance })),
      decisive: d.decisive.slice(0, 3).map((x) => x.dimension),
    });
  } catch (error) {
    self.postMessage({ type: "error", message: (error as Error).message });
  }
};
