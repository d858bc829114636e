import { PolicyMatrixError } from "../errors";
import { CliError, commandFlags, parseCommand } from "./args";
import {
  catalogCommand,
  compareCommand,
  diffCommand,
  discoverCommand,
  mergeCommand,
  briefCommand,
  disagreeCommand,
  schemaCommand,
  timelineCommand,
  verifyCommand,
} from "./commands";
import type { CliIo } from "./files";
import { exportCatalogCommand, importCommand, templateCommand } from "./sheets";
import { usage, version } from "./usage";

export type { CliIo } from "./files";

/** A message as one line: line breaks shown as \\n, and cut if very long. */
const oneLine = (text: string, max = 400): string => {
  const flat = text.replace(/\r?\n/g, "\\n");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const failure = (io: CliIo, error: unknown): number => {
  if (error instanceof PolicyMatrixError || error instanceof CliError) {
    const whole = error instanceof CliError && error.whole;
    io.stderr(`policy-matrix: ${oneLine(error.message, whole ? Infinity : 400)}\n`);
    return 2;
  }
  io.stderr(`policy-matrix: internal error: ${oneLine((error as Error)?.message ?? String(error))}\n`);
  return 1;
};

const commands = Object.keys(commandFlags).join(", ");

/**
 * Runs the command line and resolves to the exit code: 0 on success, 2 on bad input (with one
 * line on stderr naming the place), 1 on an unexpected failure or when `verify` finds a quote
 * that is not verbatim.
 *
 * @example
 * ```ts
 * const out = [];
 * const io = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), readFile: () => "" };
 * await runCli(["compare", "--weight", "legal-exposure=-1"], io); // 2
 * out[0]; // "policy-matrix: assumptions.weights.legal-exposure: expected a number >= 0, got -1\n"
 * ```
 */
export const runCli = async (args: readonly string[], io: CliIo): Promise<number> => {
  try {
    const [first, ...rest] = args;
    if (first === undefined || first === "help" || first === "--help" || first === "-h") {
      if (rest.length > 0) throw new CliError(`help: takes no arguments, got '${rest[0]}'`);
      return (io.stdout(usage), 0);
    }
    if (first === "--version") {
      if (rest.length > 0) throw new CliError(`--version: takes no arguments, got '${rest[0]}'`);
      return (io.stdout(`${version}\n`), 0);
    }
    if (first.startsWith("-")) throw new CliError(`expected a command first (${commands}), got '${first}'`);
    if (!Object.hasOwn(commandFlags, first))
      throw new CliError(`unknown command '${first}' (commands: ${commands})`);
    if (rest.includes("--help") || rest.includes("-h")) return (io.stdout(usage), 0);
    const { values, positionals } = parseCommand(first, rest);
    if (!["diff", "disagree", "merge", "import"].includes(first) && positionals.length > 0)
      throw new CliError(`${first}: unexpected argument '${positionals[0]}'`);
    if (first === "diff") await diffCommand(io, values, positionals);
    else if (first === "compare") await compareCommand(io, values);
    else if (first === "catalog") catalogCommand(io, values);
    else if (first === "timeline") await timelineCommand(io, values);
    else if (first === "discover") await discoverCommand(io, values);
    else if (first === "merge") await mergeCommand(io, values, positionals);
    else if (first === "disagree") await disagreeCommand(io, values, positionals);
    else if (first === "brief") await briefCommand(io, values);
    else if (first === "schema") schemaCommand(io, values);
    else if (first === "verify") return verifyCommand(io, values);
    else if (first === "import") return await importCommand(io, values, positionals);
    else if (first === "template") await templateCommand(io, values);
    else if (first === "export-catalog") await exportCatalogCommand(io, values);
    return 0;
  } catch (error) {
    return failure(io, error);
  }
};
