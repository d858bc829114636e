import * as E from "fp-ts/lib/Either.js";
import { parseJsonText } from "../model/json";
import { CliError } from "./args";

/** What the CLI touches outside itself, so that tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** Reads a binary file (a workbook to import); absent in callers that never read one. */
  readonly readBytes?: (path: string) => Uint8Array;
  /** The names in a folder (CSV files to import from it); absent in callers that never list one. */
  readonly listDir?: (path: string) => string[];
  /** Makes a folder and its parents (CSV files written to --out DIR); absent where none is made. */
  readonly makeDir?: (path: string) => void;
  /** Writes a file (charts with --out); absent in callers that never write. */
  readonly writeFile?: (path: string, text: string) => void;
  /** Writes a binary file (a brief as PDF); absent in callers that never write one. */
  readonly writeBytes?: (path: string, bytes: Uint8Array) => void;
  /** Shows progress of long runs (a bar on a terminal's stderr); absent when nobody watches. */
  readonly progress?: (done: number, total: number) => void;
}

/** A file's text, or a one-line error naming the flag and the file. */
export const readText = (io: CliIo, flag: string, path: string): string => {
  try {
    return io.readFile(path);
  } catch (error) {
    throw new CliError(
      `${flag} ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
};

const parseYaml = async (flag: string, path: string, text: string): Promise<unknown> => {
  let yaml: { parse: (text: string) => unknown };
  try {
    yaml = await import("yaml");
  } catch {
    throw new CliError(
      `${flag} ${path}: reading YAML needs the optional package 'yaml' (npm install yaml), or use JSON`,
    );
  }
  try {
    return yaml.parse(text);
  } catch (error) {
    // yaml's first line ends with a colon before the excerpt it quotes: the line and column are enough.
    const first = (error as Error).message.split("\n")[0]!.replace(/:\s*$/, "");
    throw new CliError(`${flag} ${path}: malformed YAML: ${first}`);
  }
};

/** A JSON or YAML file (by its extension) as data; it must hold an object. */
export const readObjectFile = async (
  io: CliIo,
  flag: string,
  path: string,
): Promise<Record<string, unknown>> => {
  const text = readText(io, flag, path);
  let data: unknown;
  if (/\.ya?ml$/i.test(path)) data = await parseYaml(flag, path, text);
  else {
    const parsed = parseJsonText(text, "assumptions");
    if (E.isLeft(parsed)) {
      const issue = parsed.left.issues[0]!;
      throw new CliError(
        `${flag} ${path}: ${issue.path === "assumptions" ? "" : `${issue.path}: `}${issue.message}`,
      );
    }
    data = parsed.right;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new CliError(`${flag} ${path}: expected an object of assumptions`);
  }
  return data as Record<string, unknown>;
};
