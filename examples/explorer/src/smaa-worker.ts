// Runs SMAA off the page's thread, with progress and cancellation.
import { builtinCatalog, smaaCompare, type AssumptionsInput } from "policy-matrix";

let controller: AbortController | undefined;

self.onmessage = async (event: MessageEvent) => {
  const message = event.data as
    | { type: "run"; scenario: unknown; samples: number; seed: number; vary: "both" | "ratings" | "weights" }
    | { type: "cancel" };
  if (message.type === "cancel") {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  try {
    const result = await smaaCompare(
      builtinCatalog(),
      message.scenario as AssumptionsInput,
      {
        samples: message.samples,
        seed: message.seed,
        // Said explicitly, so that the scenario's weights are held or knowingly sampled.
        weights: message.vary === "ratings" ? { kind: "fixed" } : { kind: "simplex" },
        ratings: message.vary === "weights" ? "fixed" : "sampled",
      },
      {
        signal: controller.signal,
        onProgress: ({ done, total }) => self.postMessage({ type: "progress", done, total }),
      },
    );
    self.postMessage({ type: "done", result });
  } catch (error) {
    self.postMessage({
      type: "error",
      message: (error as Error).message,
      code: (error as { code?: string }).code,
    });
  }
};
