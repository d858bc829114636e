import * as E from "fp-ts/lib/Either.js";
import { orThrow, PolicyMatrixError } from "../../errors";
import type { VegaLiteSpec } from "./spec";

interface VegaLite {
  compile: (spec: unknown) => { spec: unknown };
}
interface Vega {
  parse: (spec: unknown) => unknown;
  View: new (
    runtime: unknown,
    options: { renderer: string },
  ) => { toSVG: () => Promise<string>; finalize: () => void };
}

// Imported by a name held in a variable, so that bundlers do not try to pull the optional peers in.
const load = async <T>(name: string): Promise<T> => {
  const module = (await import(/* @vite-ignore */ name)) as T & { default?: T };
  return (
    module.default && typeof module.default === "object" ? { ...module.default, ...module } : module
  ) as T;
};

/** The Either twin of `renderSvg`. */
export const renderSvgEither = async (spec: VegaLiteSpec): Promise<E.Either<PolicyMatrixError, string>> => {
  let vl: VegaLite;
  let vega: Vega;
  try {
    vl = await load<VegaLite>("vega-lite");
    vega = await load<Vega>("vega");
  } catch {
    return E.left(
      new PolicyMatrixError("missing-dependency", [
        {
          path: "renderSvg",
          message:
            "rendering charts needs the optional packages 'vega' and 'vega-lite' (npm install vega vega-lite)",
        },
      ]),
    );
  }
  try {
    const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
    const svg = await view.toSVG();
    view.finalize();
    return E.right(svg);
  } catch (error) {
    const reason = (error as Error).message;
    return E.left(
      new PolicyMatrixError("invalid-input", [
        { path: "spec", message: `Vega-Lite could not render the spec: ${reason}` },
      ]),
    );
  }
};

/**
 * Renders a Vega-Lite spec to an SVG string in Node, without a browser, using the optional peer
 * packages `vega` and `vega-lite` (a `missing-dependency` error says so when they are absent).
 *
 * @example
 * ```ts
 * const svg = await renderSvg(ladderSpec(compare(builtinCatalog())));
 * svg.startsWith("<svg"); // true
 * ```
 */
export const renderSvg = async (spec: VegaLiteSpec): Promise<string> => orThrow(await renderSvgEither(spec));
