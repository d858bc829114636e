import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { produce } from "immer";
import { afterAll } from "vitest";
import * as E from "fp-ts/lib/Either.js";
import { builtinCatalog, either, type CatalogInput, type PolicyMatrixError } from "../src/index";
import { runCli } from "../src/cli/run";

/** A mutable deep copy of the built-in catalog, edited by `recipe`. */
export const editedCatalog = (recipe: (draft: CatalogInput) => void): CatalogInput =>
  produce(structuredClone(builtinCatalog()) as CatalogInput, recipe);

/** The error of a catalog that must not load. */
export const loadError = (input: unknown): PolicyMatrixError => {
  const result = either.loadCatalog(input);
  if (E.isRight(result)) throw new Error("expected the catalog to be rejected");
  return result.left;
};

/** The paths an error names. */
export const pathsOf = (error: PolicyMatrixError): string[] => error.issues.map((i) => i.path);

/**
 * A fresh folder in the system's temporary folder, removed after the test file's tests (a run
 * otherwise leaves packed packages and installs behind: 150 MB a consumer run). Call it at the
 * top level of a test file, not inside a test.
 */
export const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/** Runs the CLI in-process on the real file system, and returns its exit code and what it printed. */
export const cli = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (path) => readFileSync(path, "utf8"),
    readBytes: (path) => new Uint8Array(readFileSync(path)),
    writeFile: (path, text) => writeFileSync(path, text),
    writeBytes: (path, bytes) => writeFileSync(path, bytes),
    makeDir: (path) => void mkdirSync(path, { recursive: true }),
    listDir: (path) => readdirSync(path),
  });
  return { code, stdout, stderr };
};
