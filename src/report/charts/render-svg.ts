import * as E from "fp-ts/lib/Either.js";
import { orThrow, PolicyMatrixError } from "../../errors";
import { missingPeer, optionalPeer } from "../../peer";
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

/** The Either twin of `renderSvg`. */
export const renderSvgEither = async (spec: VegaLiteSpec): Promise<E.Either<PolicyMatrixError, string>> => {
  const vl = await optionalPeer<VegaLite>("vega-lite");
  const vega = await optionalPeer<Vega>("vega");
  if (!vl || !vega) {
    return E.left(missingPeer("renderSvg", "rendering charts", ["vega", "vega-lite"]));
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
