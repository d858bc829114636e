// Runs every `@example` in the TSDoc of src/, and checks that every exported function has one.
// In an example, `expr; // value` asserts that expr deep-equals value, and `expr; // throws "text"`
// asserts that expr throws an error whose message contains text.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
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
const toTest = (code: string): string =>
  code
    .split("\n")
    .map((line) => {
      const m = assertion.exec(line);
      if (!m || /^(const|let|var|import)\b/.test(m[2]!.trim())) return line;
      const [, indent, expr, expected] = m;
      const thrown = /^throws\s+(.+)$/.exec(expected!);
      if (thrown) return `${indent}expect(() => { ${expr}; }).toThrow(${thrown[1]});`;
      return `${indent}expect(${expr}).toEqual(${expected});`;
    })
    .join("\n");

describe("TSDoc examples", () => {
  it("exist", () => expect(examples.length).toBeGreaterThan(15));
  for (const example of examples) {
    it(`${example.file}: ${example.name}`, async () => {
      const names = Object.keys(scope);
      const run = new Function("expect", ...names, `return (async () => {\n${toTest(example.code)}\n})();`);
      await run(expect, ...names.map((n) => scope[n]));
    });
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
