// The brief as a reader sees it: rendered in Debian's Chromium (playwright-core), its sections,
// nothing wider than the page, every quote verbatim; printed to PDF, pages with text (pdftotext).
// CI installs Chromium and poppler-utils (.ci/run); elsewhere, without them, these are skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brief, builtinCatalog, compare, either, loadCatalog, verifyEvidence } from "../../src/index";
import { runCli } from "../../src/cli/run";
import { tempDir } from "../helpers";

const browserPath = "/usr/bin/chromium";
const catalog = builtinCatalog();
const seeds = join(__dirname, "../../../shared/seeds");
const sections = ["question", "ranking", "leaders", "robustness", "disagreement", "changes", "sources"];

/** The quotes a brief prints, as the reader sees them (entities decoded), with the source credited. */
const quotesIn = (html: string): { source: string; quote: string }[] =>
  [...html.matchAll(/<blockquote class="quote" data-source="([^"]+)"><q>([\s\S]*?)<\/q>/g)].map((m) => ({
    source: m[1]!,
    quote: m[2]!
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  }));

describe("brief", () => {
  const scenario = {
    preset: "2025-09",
    perspective: "heritage",
    preconditions: { aumf: "enacted" },
  } as const;
  let html = "";
  beforeAll(async () => {
    html = await brief(catalog, scenario, { samples: 4000, seed: 2 });
  }, 120_000);

  it("has every section, says what was assumed against the documents, and quotes only the catalog's words", () => {
    for (const id of sections) expect(html).toContain(`<section id="${id}">`);
    // Self-contained: no script, no link, no address to fetch.
    expect(html).not.toMatch(/<script|<link|src="http|href="http|url\(/i);
    const c = compare(catalog, scenario);
    expect(html).toContain(`${c.rows[0]!.name} ranks first`);
    expect(html).toMatch(
      /Authorization for Use of Military Force<\/td><td>[^<]+<\/td><td>assumed \(documented:/,
    );
    // Every quote is a catalog quote of the source it is credited to, word for word.
    const quotes = quotesIn(html);
    expect(quotes.length).toBeGreaterThan(10);
    const known = new Set<string>();
    JSON.stringify(catalog, (_key, value: unknown) => {
      const e = value as { quote?: unknown; source?: unknown } | null;
      if (typeof e === "object" && e !== null && typeof e.quote === "string" && typeof e.source === "string")
        known.add(`${e.source}\n${e.quote}`);
      return value;
    });
    for (const q of quotes) expect(known.has(`${q.source}\n${q.quote}`), q.quote).toBe(true);
    // Each source quoted is listed, with its date.
    for (const s of catalog.sources.filter((x) => html.includes(`data-source="${x.id}"`))) {
      expect(html).toContain(`<li id="source-${s.id}">`);
      expect(html).toContain(s.date);
    }
  });

  it.runIf(existsSync(seeds))(
    "every quote it prints is verbatim in its source document (../shared/seeds)",
    () => {
      const texts = Object.fromEntries(
        catalog.sources.map((s) => [s.id, readFileSync(join(seeds, s.file!), "utf8")]),
      );
      // The brief's quotes as a catalog of their own, checked by the library's verification.
      const quoted = quotesIn(html);
      expect(quoted.length).toBeGreaterThan(10);
      const check = verifyEvidence(
        {
          ...catalog,
          options: catalog.options.map((o, i) =>
            i === 0 ? { ...o, evidence: [...o.evidence, ...quoted] } : o,
          ),
        },
        texts,
      );
      expect(check.misses).toEqual([]);
      expect(check.quotes).toBeGreaterThanOrEqual(quoted.length);
    },
  );

  it("of a catalog without actors has no disagreement section, and says what an unmet soft requirement costs", async () => {
    const own = loadCatalog({
      id: "port",
      name: "Port options",
      version: "1",
      description: "Two options.",
      sources: [{ id: "memo", title: "Memo", outlet: "Board", date: "2026" }],
      criteria: [
        {
          id: "seizures",
          name: "Seizures",
          direction: "benefit",
          description: "Seized.",
          scale: { min: 0, max: 10 },
        },
      ],
      preconditions: [
        {
          id: "staff",
          name: "Staff",
          description: "Enough staff.",
          states: [
            { id: "enough", label: "Enough" },
            { id: "short", label: "Short" },
          ],
          documented: [
            {
              source: "memo",
              date: "2026",
              state: "short",
              rationale: "Short.",
              evidence: [{ source: "memo", quote: "we are short of staff" }],
            },
          ],
        },
      ],
      options: [
        {
          id: "dogs",
          name: "Dogs",
          description: "Dog teams.",
          ratings: { seizures: { value: 6, rationale: "Good.", basis: "background" } },
          requirements: [
            {
              id: "handlers",
              description: "Enough handlers",
              condition: { op: "in", precondition: "staff", states: ["enough"] },
              severity: "soft",
              consequences: { penalties: [{ criterion: "seizures", worsen: 2 }] },
              rationale: "Dogs need handlers.",
            },
          ],
        },
        {
          id: "scanners",
          name: "Scanners",
          description: "Scanners.",
          ratings: { seizures: { value: 5, rationale: "Fair.", basis: "background" } },
        },
      ],
    });
    const page = await brief(own, {}, { samples: 500, seed: 1 });
    expect(page).not.toContain('<section id="disagreement">');
    // One criterion, no intervals: the draws agree with the ranking, and nothing more is said.
    expect(page).not.toContain("across the draws");
    expect(page).toContain("feasible; unmet, at a cost: Enough handlers (seizures worse by 2)");
    expect(page).toContain("Worse by 2 as &#39;Enough handlers&#39; is unmet (within the scale)");
  }, 60_000);

  it("refuses bad options and assumptions as a Left naming the place", async () => {
    const r = await either.brief(catalog, {}, { samples: 5, leaders: 0 });
    expect(E.isLeft(r) && r.left.issues.map((i) => i.path)).toEqual(["options.samples", "options.leaders"]);
    const a = await either.brief(catalog, { preconditions: { aumf: "maybe" } });
    expect(E.isLeft(a) && a.left.issues[0]!.path).toBe("assumptions.preconditions.aumf");
  });

  describe.runIf(existsSync(browserPath))("in Chromium", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: browserPath,
        args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      });
    }, 60_000);
    afterAll(async () => browser?.close());

    it("renders on A4 and Letter widths, on screen and in print, with no element wider than the page", async () => {
      // A4 and Letter at 96 dpi, less the print margins (16 mm each side on A4; the same on Letter).
      for (const [width, media] of [
        [673, "print"],
        [695, "print"],
        [800, "screen"],
        [380, "screen"],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height: 1000 } });
        await page.emulateMedia({ media });
        await page.setContent(html, { waitUntil: "load" });
        const found = await page.evaluate(
          (ids) => ids.map((id) => document.getElementById(id)?.querySelector("h2")?.textContent ?? null),
          sections,
        );
        expect(found.every((h) => h !== null)).toBe(true);
        const overflow = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          return Array.from(document.querySelectorAll("body *"))
            .filter((e) => e.getBoundingClientRect().right > limit + 1)
            .map((e) => `${e.tagName}.${e.className}: ${e.textContent?.slice(0, 40)}`)
            .slice(0, 5);
        });
        expect(overflow, `${width}px ${media}`).toEqual([]);
        expect(await page.locator("figure svg").count()).toBe(2);
        await page.close();
      }
    });

    it.runIf(spawnSync("pdftotext", ["-v"]).status === 0)(
      "prints to PDF from the command line: A4 and Letter pages with the brief's text",
      async () => {
        const dir = tempDir("brief");
        for (const paper of ["a4", "letter"]) {
          const out = join(dir, `brief-${paper}.pdf`);
          const said: string[] = [];
          const io = {
            stdout: (t: string) => void said.push(t),
            stderr: (t: string) => void said.push(t),
            readFile: (p: string) => readFileSync(p, "utf8"),
            writeFile: () => undefined,
            writeBytes: (p: string, b: Uint8Array) =>
              execFileSync("tee", [p], { input: b, stdio: ["pipe", "ignore", "inherit"] }),
          };
          const code = await runCli(
            ["brief", "--preset", "2025-09", "--samples", "2000", "--out", out, "--paper", paper],
            io,
          );
          expect(code, said.join("")).toBe(0);
          const info = execFileSync("pdfinfo", [out], { encoding: "utf8" });
          expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(2);
          expect(info).toContain(paper === "a4" ? "(A4)" : "(letter)");
          const text = execFileSync("pdftotext", [out, "-"], { encoding: "utf8" });
          for (const heading of [
            "The question",
            "The ranking",
            "Why the leading options lead",
            "How robust this is",
            "Where the actors disagree",
            "Sources",
          ]) {
            expect(text).toContain(heading);
          }
        }
      },
      120_000,
    );
  });
});
