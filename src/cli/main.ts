import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { runCli } from "./run";

// A reader that stops early (`policy-matrix compare | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/** A progress bar on the terminal's stderr, redrawn in place and cleared at the end. */
const bar = (done: number, total: number): void => {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.floor((done / total) * 100)}% ${done}/${total}`,
  );
  if (done >= total) process.stderr.write("\r\x1b[K");
};

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, "utf8"),
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  listDir: (path) => readdirSync(path),
  makeDir: (path) => void mkdirSync(path, { recursive: true }),
  writeFile: (path, text) => writeFileSync(path, text),
  writeBytes: (path, bytes) => writeFileSync(path, bytes),
  ...(process.stderr.isTTY ? { progress: bar } : {}),
}).then((code) => {
  process.exitCode = code;
});
