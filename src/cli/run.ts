import { parseArgs } from "node:util";
import * as E from "fp-ts/lib/Either.js";
import { builtinCatalog } from "../catalog/index";
import { compareEither } from "../comparison/compare";
import { PolicyMatrixError } from "../errors";
import type { Catalog } from "../model/catalog";
import { parseCatalogJson } from "../model/load-catalog";
import { catalogMarkdown } from "../report/catalog-markdown";
import { renderComparison } from "../report/comparison-table";
import { explainOption } from "../report/explain-row";
import { usage, version } from "./usage";

/** What the CLI touches outside itself, so that tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
}

/** A usage error: one line for the user, exit code 2. */
class CliError extends Error {}

const pairs = (flag: string, values: readonly string[] = []): Record<string, string> =>
  Object.fromEntries(
    values.map((pair) => {
      const at = pair.indexOf("=");
      if (at <= 0) throw new CliError(`${flag}: expected NAME=VALUE, got '${pair}'`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );

const numbers = (flag: string, values: readonly string[] = []): Record<string, number> =>
  Object.fromEntries(
    Object.entries(pairs(flag, values)).map(([key, text]) => {
      const value = Number(text);
      if (text.trim() === "" || !Number.isFinite(value)) {
        throw new CliError(`${flag} ${key}: expected a finite number, got '${text}'`);
      }
      return [key, value];
    }),
  );

const readJson = (io: CliIo, flag: string, path: string): string => {
  try {
    return io.readFile(path);
  } catch (error) {
    throw new CliError(
      `${flag} ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
};

const parseJsonFile = (io: CliIo, flag: string, path: string): unknown => {
  const text = readJson(io, flag, path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${flag} ${path}: malformed JSON: ${(error as Error).message}`);
  }
};

const unwrap = <A>(result: E.Either<PolicyMatrixError, A>): A => {
  if (E.isLeft(result)) throw result.left;
  return result.right;
};

const loadCatalogFrom = (io: CliIo, path: string | undefined): Catalog =>
  path === undefined ? builtinCatalog() : unwrap(parseCatalogJson(readJson(io, "--catalog", path)));

const options = {
  format: { type: "string" },
  catalog: { type: "string" },
  assumptions: { type: "string" },
  method: { type: "string" },
  weight: { type: "string", multiple: true },
  set: { type: "string", multiple: true },
  infeasible: { type: "string" },
  explain: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

const oneOf = (
  flag: string,
  value: string | undefined,
  allowed: readonly string[],
  fallback: string,
): string => {
  const chosen = value ?? fallback;
  if (!allowed.includes(chosen))
    throw new CliError(`${flag}: expected one of ${allowed.join(", ")}, got '${chosen}'`);
  return chosen;
};

const compareCommand = (
  io: CliIo,
  values: ReturnType<typeof parseArgs<{ options: typeof options }>>["values"],
) => {
  const format = oneOf("--format", values.format, ["text", "markdown", "csv", "json"], "text");
  const catalog = loadCatalogFrom(io, values.catalog);
  const base = (values.assumptions ? parseJsonFile(io, "--assumptions", values.assumptions) : {}) as Record<
    string,
    unknown
  >;
  if (base === null || typeof base !== "object" || Array.isArray(base)) {
    throw new CliError(`--assumptions ${values.assumptions}: expected a JSON object`);
  }
  const assumptions = {
    ...base,
    preconditions: { ...(base.preconditions as object), ...pairs("--set", values.set) },
    weights: { ...(base.weights as object), ...numbers("--weight", values.weight) },
    ...(values.method ? { method: values.method } : {}),
    ...(values.infeasible ? { infeasible: values.infeasible } : {}),
  };
  const comparison = unwrap(compareEither(catalog, assumptions));
  if (values.explain !== undefined) {
    const text = explainOption(comparison, values.explain);
    if (text === undefined) {
      const known = comparison.rows.map((r) => r.option).join(", ");
      throw new CliError(`--explain: unknown option '${values.explain}' (known: ${known})`);
    }
    io.stdout(text);
    return;
  }
  io.stdout(renderComparison(comparison, format as "text"));
};

const catalogCommand = (io: CliIo, values: { format?: string; catalog?: string }) => {
  const format = oneOf("--format", values.format, ["json", "markdown"], "markdown");
  const catalog = loadCatalogFrom(io, values.catalog);
  io.stdout(format === "json" ? JSON.stringify(catalog, null, 2) + "\n" : catalogMarkdown(catalog));
};

/**
 * Runs the command line and returns the exit code: 0 on success, 2 on bad input (with one line
 * on stderr naming the place), 1 on an unexpected failure.
 *
 * @example
 * ```ts
 * const out = [];
 * const io = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), readFile: () => "" };
 * runCli(["compare", "--weight", "legal-exposure=-1"], io); // 2
 * out[0]; // "policy-matrix: assumptions.weights.legal-exposure: expected a number >= 0, got -1\n"
 * ```
 */
export const runCli = (args: readonly string[], io: CliIo): number => {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    const [command, ...rest] = positionals;
    if (values.version) return (io.stdout(`${version}\n`), 0);
    if (values.help || command === undefined || command === "help") return (io.stdout(usage), 0);
    if (rest.length > 0) throw new CliError(`unexpected argument '${rest[0]}'`);
    if (command === "compare") compareCommand(io, values);
    else if (command === "catalog") catalogCommand(io, values);
    else throw new CliError(`unknown command '${command}' (commands: compare, catalog, help)`);
    return 0;
  } catch (error) {
    if (error instanceof PolicyMatrixError || error instanceof CliError) {
      io.stderr(`policy-matrix: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      const flag = /'(-[^']*)'/.exec((error as Error).message)?.[1];
      const what =
        code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
          ? `unknown flag '${flag}'`
          : (error as Error).message.split(".")[0];
      io.stderr(`policy-matrix: ${what} (see 'policy-matrix help')\n`);
      return 2;
    }
    io.stderr(`policy-matrix: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
};
