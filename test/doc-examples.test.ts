// Runs every `@example` in the TSDoc of src/, and checks that every exported function has one.
// In an example, `expr; // value` asserts that expr deep-equals value, and `expr; // throws "text"`
// asserts that expr throws an error whose message contains text. Then runs the README's TypeScript
// blocks the same way.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it, vi } from "vitest";
import * as api from "../src/index";
import { runCli } from "../src/cli/run";
import * as parallel from "../src/parallel";
import * as testing from "../src/testing/index";
import fc from "fast-check";

const scope: Record<string, unknown> = { ...api, ...parallel, ...testing, fc, runCli };

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );

interface DocExample {
  readonly file: string;
  readonly name: string;
  readonly code: string;
}

const docBlock =
  /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:const|class|function|type|interface)\s+(\w+)/g;

const examples: DocExample[] = files("src").flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(docBlock)].flatMap((m) => {
    const body = m[1]!.split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
    const start = body.findIndex((line) => line.trim() === "@example");
    if (start < 0) return [];
    const fence = body.slice(start + 1).join("\n");
    const code = /```ts\n([\s\S]*?)```/.exec(fence)?.[1];
    return code ? [{ file: relative(".", file), name: m[2]!, code }] : [];
  }),
);

const assertion = /^(\s*)(.+?);\s*\/\/\s*(.+)$/;
/**
 * Rewrites `expr; // value` and `expr; // throws "text"` lines as assertions. `valueIn` reads the
 * value a comment states (in TSDoc, the whole comment); a comment it finds none in stays prose.
 */
const toTest = (code: string, valueIn: (comment: string) => string | undefined = (c) => c): string =>
  code
    .split("\n")
    .map((line) => {
      const m = assertion.exec(line);
      if (!m || /^(const|let|var|import|for|if)\b/.test(m[2]!.trim())) return line;
      const [, indent, expr, comment] = m;
      const thrown = /^throws\s+(.+)$/.exec(comment!);
      if (thrown) return `${indent}expect(() => { ${expr}; }).toThrow(${thrown[1]});`;
      const value = valueIn(comment!);
      return value === undefined ? line : `${indent}expect(${expr}).toEqual(${value});`;
    })
    .join("\n");

/** Runs code as the body of an async function with the entry points' exports (and fc, runCli) in scope. */
const runInScope = (code: string): Promise<void> => {
  const names = Object.keys(scope);
  const run = new Function("expect", ...names, `return (async () => {\n${code}\n})();`);
  return run(expect, ...names.map((n) => scope[n]));
};

describe("TSDoc examples", () => {
  it("exist", () => expect(examples.length).toBeGreaterThan(15));
  for (const example of examples) {
    it(`${example.file}: ${example.name}`, () => runInScope(toTest(example.code)));
  }
});

describe("public API documentation", () => {
  const documented = new Set(examples.map((e) => e.name));
  // Every exported function and class of the three entry points; the Either twins are documented
  // by pointing at their throwing twin.
  const functions = Object.entries({ ...api, ...parallel, ...testing }).filter(
    ([name, value]) => typeof value === "function" && !("safeParse" in value) && !name.endsWith("Either"),
  );
  it.each(functions.map(([name]) => name))("%s has a TSDoc example", (name) => {
    expect(documented.has(name)).toBe(true);
  });
});

// The README's TypeScript blocks, as a reader would paste them: compiled to JavaScript, their imports
// checked against the package's entry points, then run. A comment that starts with a value
// (`r.ranking; // [2, 1, 0]: option indices`) asserts it; other comments are prose.
describe("README examples", () => {
  const blocks = [...readFileSync("README.md", "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const importLine = /^import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+"([^"]+)";$/gm;
  const literal = /^(?:\[|\{|"|-?\d|true\b|false\b|null\b)/;
  /** The longest start of a comment that is a JavaScript expression: the value it asserts. */
  const valueIn = (comment: string): string | undefined => {
    if (!literal.test(comment)) return undefined;
    for (let end = comment.length; end > 0; end--) {
      try {
        new Function(`return (${comment.slice(0, end)});`);
        return comment.slice(0, end);
      } catch {
        // not an expression yet: shorten
      }
    }
    return undefined;
  };

  it("exist", () => expect(blocks.length).toBeGreaterThanOrEqual(4));
  blocks.forEach((code, i) => {
    const title = code.split("\n").find((line) => line && !line.startsWith("import")) ?? "";
    it(`block ${i + 1}: ${title.slice(0, 60)}`, async () => {
      const entryPoints: Record<string, Record<string, unknown>> = {
        "policy-matrix": api,
        "policy-matrix/parallel": parallel,
        "policy-matrix/testing": testing,
        "fast-check": { fc },
      };
      for (const [, defaultName, names, from] of code.matchAll(importLine)) {
        const entry = entryPoints[from!];
        expect(entry, `README imports from ${from}`).toBeDefined();
        const wanted = defaultName
          ? [defaultName]
          : names!
              .split(",")
              .map((n) => n.trim())
              .filter(Boolean);
        for (const name of wanted) expect(Object.keys(entry!), `${from} exports ${name}`).toContain(name);
      }
      const js = ts.transpileModule(toTest(code.replace(importLine, ""), valueIn), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      try {
        await runInScope(js);
      } finally {
        log.mockRestore();
      }
    });
  });
});
