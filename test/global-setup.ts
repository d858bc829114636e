// Builds the package once before any test file runs: the consumer test packs dist/ and the
// explorer test bundles it, and two builds at once would clean dist/ under each other.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync("npm", ["run", "build", "--silent"], { stdio: "pipe" });
}
