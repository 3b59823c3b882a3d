import { readFileSync, writeFileSync } from "node:fs";
import type { Text } from "../src/core/types";
import { text } from "../src/i18n/catalogue";
import { withReference } from "../src/catalogue/docs";

export { functionList, referenceMarkdown } from "../src/catalogue/docs";

/** Rewrites the README's reference section; returns a problem, or undefined when written. */
export function writeReadmeReference(path: string): Text | undefined {
  let readme: string;
  try {
    readme = readFileSync(path, "utf8");
  } catch {
    return text("cli.docs.cannotRead", path);
  }
  const next = withReference(readme);
  if (next === undefined) return text("cli.docs.noMarkers", path);
  if (next !== readme) writeFileSync(path, next);
  return undefined;
}
