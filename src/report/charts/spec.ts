/** A Vega-Lite specification: plain JSON, for vega-embed, the Vega editor, or `renderSvg`. */
export type VegaLiteSpec = Record<string, unknown> & { readonly $schema: string };

/** The Vega-Lite schema the specs are written against. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * The parts every chart shares: schema, title (what it shows) with a one-line caption as subtitle
 * (under which assumptions), font sizes, a white background.
 */
export const chart = (title: string, caption: string, body: Record<string, unknown>): VegaLiteSpec => ({
  $schema: VEGA_LITE_SCHEMA,
  title: {
    text: title,
    subtitle: caption,
    anchor: "start",
    fontSize: 14,
    subtitleFontSize: 11,
    subtitleColor: "#444",
    subtitlePadding: 4,
    offset: 10,
  },
  background: "white",
  config: {
    axis: { labelFontSize: 11, titleFontSize: 12 },
    legend: { labelFontSize: 11, titleFontSize: 12 },
  },
  ...body,
});
