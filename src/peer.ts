// The optional peers (vega, vega-lite, write-excel-file, read-excel-file, papaparse,
// playwright-core): imported only when a function needs one, and named when it is missing.
import { PolicyMatrixError } from "./errors";

/**
 * An optional peer package, or undefined when it is not installed. Imported by a name held in a
 * variable, so that bundlers do not pull it in; a CommonJS package's default export has its members
 * merged in, so that they read the same from either kind of module.
 */
export const optionalPeer = async <T>(name: string): Promise<T | undefined> => {
  try {
    const module = (await import(/* @vite-ignore */ name)) as T & { default?: T };
    return (
      module.default && typeof module.default === "object" ? { ...module.default, ...module } : module
    ) as T;
  } catch {
    return undefined;
  }
};

/** The error of a function that needs optional peers that are not installed: what for, and how to install them. */
export const missingPeer = (where: string, what: string, names: readonly string[]): PolicyMatrixError =>
  new PolicyMatrixError("missing-dependency", [
    {
      path: where,
      message: `${what} needs the optional package${names.length > 1 ? "s" : ""} ${names
        .map((n) => `'${n}'`)
        .join(" and ")} (npm install ${names.join(" ")})`,
    },
  ]);
