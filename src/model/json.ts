import * as E from "fp-ts/lib/Either.js";
import { PolicyMatrixError } from "../errors";

/**
 * The path of the first key that an object of a JSON text gives twice (`weights.speed`), or
 * undefined. JSON.parse keeps the last silently; YAML refuses; so do we. The text must already be
 * valid JSON: this only walks its strings and brackets.
 */
export const duplicateKeyIn = (text: string): string | undefined => {
  // One frame per open bracket: an object's keys seen so far, or an array's index.
  const frames: { keys?: Set<string>; index: number; key?: string }[] = [];
  const path = () =>
    frames
      .slice(0, -1)
      .map((f) => (f.keys ? f.key! : `[${f.index}]`))
      .join(".")
      .replace(/\.\[/g, "[");
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const frame = frames.at(-1);
      let k = j + 1;
      while (/\s/.test(text[k] ?? "")) k++;
      if (frame?.keys && text[k] === ":") {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (frame.keys.has(key)) return [path(), key].filter(Boolean).join(".");
        frame.keys.add(key);
        frame.key = key;
      }
      i = j;
    } else if (c === "{") frames.push({ keys: new Set(), index: 0 });
    else if (c === "[") frames.push({ index: 0 });
    else if (c === "}" || c === "]") frames.pop();
    else if (c === "," && frames.at(-1) && !frames.at(-1)!.keys) frames.at(-1)!.index++;
  }
  return undefined;
};

/** JSON.parse's "at position N" as a line and column, which an editor can go to. */
const withLine = (reason: string, text: string): string =>
  reason.replace(/ in JSON at position (\d+)(?: \(line \d+ column \d+\))?/, (_, at: string) => {
    const before = text.slice(0, Number(at));
    const line = before.split("\n").length;
    const column = Number(at) - before.lastIndexOf("\n");
    return ` at line ${line}, column ${column}`;
  });

/** JSON text parsed, refusing malformed JSON and duplicate keys, with `root` naming the place. */
export const parseJsonText = (text: string, root: string): E.Either<PolicyMatrixError, unknown> => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return E.left(
      new PolicyMatrixError("invalid-json", [
        { path: root, message: `malformed JSON: ${withLine(reason, text)}` },
      ]),
    );
  }
  const twice = duplicateKeyIn(text);
  if (twice !== undefined) {
    return E.left(
      new PolicyMatrixError("invalid-json", [
        { path: `${root}.${twice}`, message: "this key is given twice in the JSON (give it once)" },
      ]),
    );
  }
  return E.right(data);
};
