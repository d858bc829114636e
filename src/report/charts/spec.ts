/** A Vega-Lite specification: plain JSON, for vega-embed, the Vega editor, or `renderSvg`. */
export type VegaLiteSpec = Record<string, unknown> & { readonly $schema: string };

/** The Vega-Lite schema the specs are written against. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * The widest option label on an axis, in pixels: wide enough for the longest id with "(blocked)"
 * (Node's renderer measures text by estimate, wider than a browser draws it).
 */
export const OPTION_LABEL_LIMIT = 400;

/** The widest subtitle line, in characters: wider captions wrap between words, not off the chart. */
const SUBTITLE_WIDTH = 100;

/** Greedy word wrap: lines of at most `width` characters (a longer word stands on its own line). */
const wrap = (text: string, width: number): string[] =>
  text.split(" ").reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);

/**
 * The parts every chart shares: schema, title (what it shows) with the caption as subtitle (under
 * which assumptions; one line, or several lines of at most 100 characters when it is longer), font
 * sizes, a white background.
 */
export const chart = (title: string, caption: string, body: Record<string, unknown>): VegaLiteSpec => ({
  $schema: VEGA_LITE_SCHEMA,
  title: {
    text: title,
    subtitle: caption.length > SUBTITLE_WIDTH ? wrap(caption, SUBTITLE_WIDTH) : caption,
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
