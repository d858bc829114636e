import { existsSync } from "node:fs";
import { optionalPeer } from "../peer";
import { CliError } from "./args";

interface Playwright {
  chromium: {
    launch: (options: { executablePath?: string; args?: string[] }) => Promise<{
      newPage: () => Promise<{
        setContent: (html: string, options: { waitUntil: "load" }) => Promise<void>;
        pdf: (options: { format: string; printBackground: boolean }) => Promise<Uint8Array>;
      }>;
      close: () => Promise<void>;
    }>;
  };
}

/** Where Chromium is: $POLICY_MATRIX_CHROMIUM, else a system install, else Playwright's own download. */
const chromiumPath = (): string | undefined =>
  process.env.POLICY_MATRIX_CHROMIUM ??
  ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));

/**
 * An HTML page printed to PDF by Chromium, through the optional package playwright-core; a one-line
 * error naming `--out` when either is missing.
 */
export const htmlToPdf = async (html: string, out: string, paper: "A4" | "Letter"): Promise<Uint8Array> => {
  const playwright = await optionalPeer<Playwright>("playwright-core");
  if (!playwright) {
    throw new CliError(
      `--out ${out}: a PDF needs the optional package playwright-core (npm install playwright-core) and Chromium; --out FILE.html needs neither`,
    );
  }
  const executablePath = chromiumPath();
  let browser: Awaited<ReturnType<Playwright["chromium"]["launch"]>>;
  try {
    browser = await playwright.chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  } catch (error) {
    const first = String((error as Error).message ?? error).split("\n")[0];
    throw new CliError(
      `--out ${out}: cannot start Chromium (${first}); set POLICY_MATRIX_CHROMIUM to its path, or write --out FILE.html`,
    );
  }
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: paper, printBackground: true });
  } finally {
    await browser.close();
  }
};
