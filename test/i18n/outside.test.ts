// No user-facing text is built outside the message catalogue (src/i18n/en,
// src/i18n/nl). The source is read with the TypeScript compiler and three
// things are looked for outside the catalogue:
//   1. an object literal with both an `nl` and an `en` text (a bilingual record),
//   2. a choice on the language between texts (`lang === "nl" ? "…" : "…"`),
//   3. a string or template literal that reads as prose (three words or more).
// Developer text (thrown Errors, console output, the "detail" of a coded
// error kept for a bug report) is not user-facing and is skipped. Data tables may stay bilingual records; each is listed below with
// the reason, and docs/architecture.md says the same.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");

/** Folders whose files must take their words from the catalogue. */
const SCOPE = ["src", "io", "engine", "cli", "taskpane", "functions", "workbench"];

/** The catalogue itself. */
const CATALOGUE = [join("src", "i18n", "en") + sep, join("src", "i18n", "nl") + sep];

/** Data tables that may stay bilingual records, and why. Paths relative to the repository, "/" as separator. */
export const DATA_TABLES: Readonly<Record<string, string>> = {
  "src/catalogue/": "the function catalogue: names, parameters, help texts and sources of every function, one record per function",
  "src/scenarios/templates/": "the model templates: labels, units, help and sources of every input and output",
  "src/scenarios/define.ts": "the templates' shared units and the assumption marker of the officer's template",
  "src/levels/builtin.ts": "the level engine's built-in rules, each with its reason citing the essay",
  "src/levels/knowledge/": "the level check's knowledge tables (tasks with their names, verdicts with their reasons, terms) transcribed from the .tsv files a policy adviser edits, and the loader's messages for whoever edits them",
  "src/levels/categories.ts": "the level engine's categories with their labels",
  "src/levels/patterns.ts": "the level engine's vocabulary of budget words (matched, not shown)",
  "src/levels/taakvelden.ts": "the Iv3 taakvelden with their official names",
  "src/levels/labels.ts": "words people type in a rules sheet or owner column (read, not shown)",
  "src/budget/table.ts": "header words a budget's columns are recognised by (read, not shown)",
  "src/risk/register-words.ts": "header words, probability classes and kinds a risk register is read by (read, not shown)",
  "src/risk/example-register.ts": "the example register of the risk template: each risk's name and programme, one record per risk",
};

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function allowed(rel: string): boolean {
  const r = rel.split(sep).join("/");
  return Object.keys(DATA_TABLES).some((k) => (k.endsWith("/") ? r.startsWith(k) : r === k));
}

/** Three words of two letters or more, as a sentence or a label of several words has. */
const PROSE = /\p{L}{2,}[,'’:]?\s\p{L}{2,}[,'’:]?\s\p{L}{2,}/u;

/** An API by its dotted name, as only developer text mentions one: Excel.createWorkbook, Office.context. */
const API_NAME = /\b(?:Excel|Office|Word|OfficeExtension)\.[a-z]\w*/;

/** Developer text: thrown errors and console output go to a developer, not a user. */
function isDeveloperText(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText())) return true;
    // A "detail" travels with a coded error for a bug report; the user reads the error's catalogue text.
    if (ts.isPropertyAssignment(p) && p.name.getText() === "detail") return true;
    if (ts.isCallExpression(p) && /^console\./.test(p.expression.getText())) return true;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isTypeNode(p)) return true;
    if (ts.isCallExpression(p) && /^(require|import)$/.test(p.expression.getText())) return true;
    // A CSS selector ("button, select, input") is code, not words.
    if (ts.isCallExpression(p) && /\.(querySelector|querySelectorAll|closest|matches)$/.test(p.expression.getText())) return true;
    if (ts.isFunctionLike(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

/** A text with a word in it (three letters or more), not a language or locale code such as "nl", "enGB", "nl-NL". */
function isWords(t: string | null): boolean {
  return t !== null && /\p{L}{3,}/u.test(t) && !/^[a-z]{2}(?:[-_]?[A-Z]{2})?$/.test(t);
}

/** The text a value gives: a literal, or what an arrow function returns. */
function valueText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isArrowFunction(node)) return ts.isBlock(node.body) ? null : valueText(node.body);
  if (ts.isParenthesizedExpression(node)) return valueText(node.expression);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((e) => valueText(e) ?? "").join(" ");
  return literalText(node);
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  return null;
}

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly what: string;
}

function scan(file: string): Finding[] {
  const rel = relative(ROOT, file);
  const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: Finding[] = [];
  const at = (n: ts.Node, what: string) => found.push({ file: rel.split(sep).join("/"), line: src.getLineAndCharacterOfPosition(n.getStart()).line + 1, what });
  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n)) {
      const prop = (name: string) => n.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name);
      const nl = prop("nl");
      const en = prop("en");
      if (nl && en && (isWords(valueText(nl.initializer)) || isWords(valueText(en.initializer)))) at(n, `bilingual record ${n.getText().slice(0, 60)}`);
    }
    if (ts.isConditionalExpression(n) && /\blang\b|\bnl\b|"nl"|"en"/.test(n.condition.getText())) {
      const texts = [n.whenTrue, n.whenFalse].map(literalText).filter(isWords);
      if (texts.length > 0) at(n, `language choice ${n.getText().slice(0, 60)}`);
    }
    const t = literalText(n);
    // Markup (the chart's DrawingML) is not prose, even where it holds words; a text naming
    // an API ("Excel.createWorkbook is not available") is written for a developer.
    if (t !== null && !t.trimStart().startsWith("<") && !API_NAME.test(t) && PROSE.test(t) && !isDeveloperText(n) && !(ts.isPropertyAssignment(n.parent) && n.parent.name === n)) {
      at(n, `prose ${JSON.stringify(t.slice(0, 60))}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

describe("no user-facing text outside the message catalogue", () => {
  const files = SCOPE.flatMap((f) => tsFiles(join(ROOT, f))).filter((f) => !CATALOGUE.some((c) => relative(ROOT, f).startsWith(c)));

  test("the scope holds the code that talks to users", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test("every text a user reads comes from src/i18n/en and src/i18n/nl", () => {
    const findings = files.filter((f) => !allowed(relative(ROOT, f))).flatMap(scan);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.what}`)).toEqual([]);
  });

  test("the scanner finds each kind of text it is meant to find", () => {
    const probe = (code: string) => {
      const src = ts.createSourceFile("probe.ts", code, ts.ScriptTarget.ES2022, true);
      let hits = 0;
      const visit = (n: ts.Node): void => {
        if (ts.isObjectLiteralExpression(n) && n.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText() === "nl" && isWords(valueText(p.initializer)))) hits++;
        if (ts.isConditionalExpression(n) && /lang/.test(n.condition.getText()) && [n.whenTrue, n.whenFalse].map(literalText).some(isWords)) hits++;
        const t = literalText(n);
        if (t !== null && PROSE.test(t) && !isDeveloperText(n)) hits++;
        ts.forEachChild(n, visit);
      };
      visit(src);
      return hits;
    };
    expect(probe(`const m = { nl: "Hallo", en: "Hello" };`)).toBe(1);
    expect(probe(`const m = lang === "nl" ? "Ja" : "Yes";`)).toBe(1);
    expect(probe(`io.err("Give exactly one budget file.");`)).toBe(1);
    expect(probe(`throw new Error("template has no output named x");`)).toBe(0);
    expect(probe(`const k = "cli.check.oneFile";`)).toBe(0);
    expect(probe(`const m = { nl: msg("nl", "x"), en: msg("en", "x") };`)).toBe(0);
    expect(probe(`const l = lang === "nl" ? "nl-NL" : "en-GB";`)).toBe(0);
    expect(probe(`const t = { nl: (n: number) => \`\${n} regels\`, en: (n: number) => \`\${n} lines\` };`)).toBe(1);
    expect(probe(`const h = { nl: ["Patroon", "Oordeel"], en: ["Pattern", "Verdict"] };`)).toBe(1);
  });

  test("each data table allowed to stay a bilingual record exists", () => {
    for (const k of Object.keys(DATA_TABLES)) expect(() => statSync(join(ROOT, k))).not.toThrow();
  });
});
