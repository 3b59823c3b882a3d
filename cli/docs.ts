import { readFileSync, writeFileSync } from "node:fs";
import type { Text } from "../src/core/types";
import { withReference } from "../src/catalogue/docs";

export { functionList, referenceMarkdown } from "../src/catalogue/docs";

/** Rewrites the README's reference section; returns a problem, or undefined when written. */
export function writeReadmeReference(path: string): Text | undefined {
  let readme: string;
  try {
    readme = readFileSync(path, "utf8");
  } catch {
    return { en: `Cannot read ${path}.`, nl: `Kan ${path} niet lezen.` };
  }
  const next = withReference(readme);
  if (next === undefined) return { en: `${path} has no reference markers.`, nl: `${path} heeft geen markeringen voor de referentie.` };
  if (next !== readme) writeFileSync(path, next);
  return undefined;
}
