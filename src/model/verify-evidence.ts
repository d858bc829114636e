import * as E from "fp-ts/lib/Either.js";
import { orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import type { Catalog } from "./catalog";
import { evidenceIn, type EvidenceAt } from "./evidence-walk";
import { parseCatalog } from "./load-catalog";

/** A quote that is not word for word in the source it names. */
export interface EvidenceMiss {
  /** Where the quote stands in the catalog: `options[sof-raids].ratings.speed.evidence[0]`. */
  readonly path: string;
  readonly source: string;
  readonly quote: string;
  /** `no-text`: no text was given for the source; `not-found`: not in it (nor in any other). */
  readonly reason: "no-text" | "not-found" | "other-source";
  /** The source that has the quote, when it is not the one named. */
  readonly foundIn?: string;
  /** The passage of the named source closest to the quote (as many of its words as possible). */
  readonly closest?: string;
}

/** What `verifyEvidence` found: how many quotes, how many verbatim, and every miss. */
export interface EvidenceReport {
  readonly quotes: number;
  readonly verbatim: number;
  readonly misses: readonly EvidenceMiss[];
}

/** White space folded to one space, typographic quotes to straight ones: nothing else. */
export const normalizeQuoteText = (text: string): string =>
  text
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

/** The window of `text` (as many words as the quote has) that shares the most words with it. */
const closestPassage = (text: string, quote: string): string => {
  const words = [...text.matchAll(/\S+/g)];
  const quoteWords = quote.split(" ");
  const wanted = new Map<string, number>();
  for (const w of quoteWords) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  const size = Math.min(words.length, quoteWords.length);
  const have = new Map<string, number>();
  let overlap = 0;
  let best = { score: -1, start: 0 };
  const add = (w: string, by: 1 | -1) => {
    const n = have.get(w) ?? 0;
    const need = wanted.get(w) ?? 0;
    if (by === 1 && n < need) overlap++;
    if (by === -1 && n <= need) overlap--;
    have.set(w, n + by);
  };
  for (let i = 0; i < words.length; i++) {
    add(words[i]![0], 1);
    if (i >= size) add(words[i - size]![0], -1);
    const start = i - size + 1;
    // Ties go to a window that starts where the quote starts.
    const score = 2 * overlap + (words[start]?.[0] === quoteWords[0] ? 1 : 0);
    if (start >= 0 && score > best.score) best = { score, start };
  }
  const first = words[best.start];
  const last = words[best.start + size - 1];
  return first && last ? text.slice(first.index, last.index + last[0].length) : "";
};

/** The quotes of `all` that are not word for word in the text of the source they name, and why. */
export const evidenceMisses = (
  all: readonly EvidenceAt[],
  sources: Readonly<Record<string, string>>,
): EvidenceMiss[] => {
  const texts = new Map(Object.entries(sources).map(([id, text]) => [id, normalizeQuoteText(text)]));
  const misses: EvidenceMiss[] = [];
  for (const e of all) {
    const quote = normalizeQuoteText(e.quote);
    const text = texts.get(e.source);
    if (text?.includes(quote)) continue;
    const elsewhere = [...texts].find(([, t]) => t.includes(quote))?.[0];
    misses.push({
      ...e,
      ...(text === undefined
        ? { reason: "no-text" as const }
        : elsewhere
          ? { reason: "other-source" as const, foundIn: elsewhere }
          : { reason: "not-found" as const, closest: closestPassage(text, quote) }),
    });
  }
  return misses;
};

const sourceIssues = (sources: unknown): ErrorIssue[] => {
  if (sources === null || typeof sources !== "object" || Array.isArray(sources)) {
    return [{ path: "sources", message: "expected an object of source id to text" }];
  }
  return Object.entries(sources)
    .filter(([, text]) => typeof text !== "string")
    .map(([id, text]) => ({
      path: `sources.${id}`,
      message: `expected the source's text, got ${typeof text}`,
    }));
};

/** The Either twin of `verifyEvidence`. */
export const verifyEvidenceEither = (
  catalog: unknown,
  sources: Readonly<Record<string, string>>,
): E.Either<PolicyMatrixError, EvidenceReport> => {
  const issues = sourceIssues(sources);
  if (issues.length > 0) return E.left(new PolicyMatrixError("invalid-input", issues));
  return E.map((c: Catalog): EvidenceReport => {
    const all = evidenceIn(c);
    const misses = evidenceMisses(all, sources);
    return { quotes: all.length, verbatim: all.length - misses.length, misses };
  })(parseCatalog(catalog));
};

/**
 * Checks every quote in a catalog against the texts of its sources (source id to text): each must
 * appear word for word in the source it names, after folding only white space and typographic
 * quotes. For each miss it says where the quote stands in the catalog, and either that the source
 * has no text, which other source has the quote, or the closest passage of the named source.
 * Throws `PolicyMatrixError` when the catalog or the sources are malformed.
 *
 * @example
 * ```ts
 * const catalog = loadCatalog({
 *   id: "c", name: "C", version: "1", description: "A catalog.",
 *   sources: [{ id: "memo", title: "Memo", outlet: "Office", date: "2025" }],
 *   criteria: [{ id: "cost", name: "Cost", direction: "cost", description: "Cost.", scale: { min: 0, max: 10 } }],
 *   options: [{ id: "wait", name: "Wait", description: "Do nothing.", evidence: [{ source: "memo", quote: "we could simply wait and see" }],
 *     ratings: { cost: { value: 0, rationale: "Nothing to pay.", basis: "background" } } }],
 * });
 * const report = verifyEvidence(catalog, { memo: "In short, we could simply wait a while and see." });
 * report.misses[0].closest; // "we could simply wait a while"
 * ```
 */
export const verifyEvidence = (catalog: unknown, sources: Readonly<Record<string, string>>): EvidenceReport =>
  orThrow(verifyEvidenceEither(catalog, sources));
