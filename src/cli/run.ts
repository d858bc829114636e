import { parseArgs } from "node:util";
import { PolicyMatrixError } from "../errors";
import { CliError, flags } from "./args";
import { catalogCommand, compareCommand, diffCommand, schemaCommand, verifyCommand } from "./commands";
import type { CliIo } from "./files";
import { usage, version } from "./usage";

export type { CliIo } from "./files";

const failure = (io: CliIo, error: unknown): number => {
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
};

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
    const { values, positionals } = parseArgs({
      args: [...args],
      options: flags,
      allowPositionals: true,
      strict: true,
    });
    const [command, ...rest] = positionals;
    if (values.version) return (io.stdout(`${version}\n`), 0);
    if (values.help || command === undefined || command === "help") return (io.stdout(usage), 0);
    if (command === "diff") await diffCommand(io, values, rest);
    else if (rest.length > 0) throw new CliError(`unexpected argument '${rest[0]}'`);
    else if (command === "compare") await compareCommand(io, values);
    else if (command === "catalog") catalogCommand(io, values);
    else if (command === "schema") schemaCommand(io);
    else if (command === "verify") return verifyCommand(io, values);
    else
      throw new CliError(
        `unknown command '${command}' (commands: compare, diff, catalog, verify, schema, help)`,
      );
    return 0;
  } catch (error) {
    return failure(io, error);
  }
};
