// Hostile workbooks, part 1: no file lost or silently changed (issue 9, "Data loss").

import { spawn } from "node:child_process";
import { promises as fsp, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { pendingTemporaryFiles, writeAtomic } from "../../io/safe-write";
import { runCli } from "../helpers/cli";
import { packageParts, richWorkbook } from "./build";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lo = require("../../scripts/libreoffice.js") as {
  convertToCsv(file: string, outDir: string): { files: Record<string, string>; ms: number };
  parseCsv(text: string): string[][];
};

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "gemeente-lindewaard-2025.xlsx");
let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-hostile-files-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

async function bytes(f: string): Promise<Buffer> {
  return fsp.readFile(f);
}

describe("--out never replaces a file without --force, and never the input", () => {
  test("template over an existing budget is refused; --force replaces it and keeps its mode", async () => {
    const budget = path.join(dir, "budget.xlsx");
    await fsp.copyFile(EXAMPLE, budget);
    await fsp.chmod(budget, 0o600);
    const before = await bytes(budget);
    const r = await runCli("template", "vve", "--out", budget, "--lang", "nl");
    expect(r.code).toBe(1);
    expect(r.err).toContain("bestaat al");
    expect(r.err).toContain("--force");
    expect((await bytes(budget)).equals(before)).toBe(true);

    const forced = await runCli("template", "vve", "--out", budget, "--force");
    expect(forced.code).toBe(0);
    expect((await bytes(budget)).equals(before)).toBe(false);
    expect((await fsp.stat(budget)).mode & 0o777).toBe(0o600);
  });

  test("export over its own scenario workbook is refused, with or without --force", async () => {
    const vve = path.join(dir, "vve.xlsx");
    expect((await runCli("template", "vve", "--out", vve)).code).toBe(0);
    const before = await bytes(vve);
    for (const extra of [[], ["--force"]]) {
      const r = await runCli("export", vve, "--out", vve, ...extra);
      expect(r.code).toBe(1);
      expect(r.err).toContain("is the file being read");
    }
    // Through another spelling of the same path, too.
    const other = await runCli("export", vve, "--out", path.join(dir, "x", "..", "vve.xlsx"), "--force");
    expect(other.code).toBe(1);
    expect((await bytes(vve)).equals(before)).toBe(true);
  });

  test("check --out over a file that is not even a workbook is refused before any work", async () => {
    const notes = path.join(dir, "notities.xlsx");
    await fsp.writeFile(notes, "mijn aantekeningen");
    const r = await runCli("check", EXAMPLE, "--out", notes);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/already exists/);
    expect(await fsp.readFile(notes, "utf8")).toBe("mijn aantekeningen");
    // --out equal to the input: refused even with --force.
    const copy = path.join(dir, "lindewaard.xlsx");
    await fsp.copyFile(EXAMPLE, copy);
    const same = await runCli("check", copy, "--out", copy, "--force");
    expect(same.code).toBe(1);
    expect((await bytes(copy)).equals(await bytes(EXAMPLE))).toBe(true);
  });
});

describe("check --out patches the user's package", () => {
  const CHANGED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];

  test("a chart, a dynamic-array formula, comments, data validation, defined names, page setup and a hidden sheet: every original part byte-identical", async () => {
    const input = path.join(dir, "rijk.xlsx");
    await richWorkbook(input);
    await fsp.chmod(input, 0o600);
    const before = await packageParts(input);
    // The case really holds what a library round trip loses.
    expect([...before.keys()]).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/metadata.xml", "xl/comments1.xml"]));
    const sheet1 = before.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(sheet1).toContain('cm="1"');
    expect(sheet1).toContain("<dataValidation");
    expect(sheet1).toContain('paperSize="9"');
    expect(before.get("xl/workbook.xml")!.toString("utf8")).toMatch(/state="hidden"[\s\S]*<definedName name="Lasten"|<definedName name="Lasten"[\s\S]*/);

    const out = path.join(dir, "rijk-gecontroleerd.xlsx");
    const r = await runCli("check", input, "--out", out, "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.out).toContain('blad "Niveaucheck"');
    const after = await packageParts(out);

    for (const [name, content] of before) {
      if (CHANGED.includes(name)) continue;
      expect([name, after.get(name)?.equals(content)]).toEqual([name, true]);
    }
    // The three parts that list sheets gain one element each and lose nothing.
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added).toEqual(["xl/worksheets/sheet3.xml"]);
    const strip = (name: string, element: RegExp) => after.get(name)!.toString("utf8").replace(element, "");
    // The workbook part gains the sheet and, among the user's defined names, the one that repeats the results' header on every printed page.
    const printTitles = /<definedName name="_xlnm\.Print_Titles" localSheetId="2">&apos;Niveaucheck&apos;!\$1:\$1<\/definedName>/;
    expect(after.get("xl/workbook.xml")!.toString("utf8")).toMatch(printTitles);
    expect(strip("xl/workbook.xml", /<sheet name="Niveaucheck" sheetId="\d+" r:id="rIdBl1"\/>/).replace(printTitles, "")).toBe(before.get("xl/workbook.xml")!.toString("utf8"));
    expect(strip("xl/_rels/workbook.xml.rels", /<Relationship Id="rIdBl1" [^>]*\/>/)).toBe(before.get("xl/_rels/workbook.xml.rels")!.toString("utf8"));
    expect(strip("[Content_Types].xml", /<Override PartName="\/xl\/worksheets\/sheet3\.xml" [^>]*\/>/)).toBe(before.get("[Content_Types].xml")!.toString("utf8"));
    // The copy of a private budget is private.
    expect((await fsp.stat(out)).mode & 0o777).toBe(0o600);

    // Spreadsheet programs read it: ExcelJS sees the sheets, LibreOffice shows the results with their links.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([["Begroting", "visible"], ["Lijsten", "hidden"], ["Niveaucheck", "visible"]]);
    const csv = lo.convertToCsv(out, path.join(dir, "lo"));
    const rows = lo.parseCsv(readFileSync(csv.files["Niveaucheck"]!, "utf8"));
    expect(rows[0]?.slice(0, 3)).toEqual(["Rij", "Omschrijving", "Taakveld"]);
    expect(rows.find((row) => row[1] === "Bijstand (BUIG)")?.[0]).toBe("Begroting!A3");
  }, 180000);
});

describe("atomic writes", () => {
  test("the temporary file has an unpredictable name beside the target and is gone after the write", async () => {
    const target = path.join(dir, "atomair.txt");
    const seen: string[] = [];
    await writeAtomic(target, async (fh) => {
      seen.push(...pendingTemporaryFiles());
      await fh.write("klaar");
    });
    await writeAtomic(target, async (fh) => {
      seen.push(...pendingTemporaryFiles());
      await fh.write("weer klaar");
    });
    expect(seen).toHaveLength(2);
    for (const t of seen) expect(path.basename(t)).toMatch(/^\.atomair\.txt\.[0-9a-f]{24}\.tmp$/);
    expect(seen[0]).not.toBe(seen[1]);
    expect(await fsp.readFile(target, "utf8")).toBe("weer klaar");
    expect((await fsp.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("Ctrl-C during a write removes the temporary file and leaves the old file as it was", async () => {
    const target = path.join(dir, "onderbroken.xlsx");
    await fsp.writeFile(target, "de oude inhoud");
    const module = path.join(ROOT, "dist", "node", "io", "safe-write.js");
    // The child writes part of the file, says so, and then waits (as a long write would).
    const script = `
      const { writeAtomic } = require(${JSON.stringify(module)});
      setInterval(() => {}, 1000);
      writeAtomic(${JSON.stringify(target)}, async (fh) => {
        await fh.write("half geschreven");
        process.stdout.write("writing\\n");
        await new Promise(() => {});
      });`;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve) => child.stdout.on("data", () => resolve()));
    expect((await fsp.readdir(dir)).filter((f) => f.startsWith(".onderbroken.xlsx.") && f.endsWith(".tmp"))).toHaveLength(1);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    child.kill("SIGINT");
    expect(await ended).toBe("SIGINT");
    expect((await fsp.readdir(dir)).filter((f) => f.startsWith(".onderbroken.xlsx."))).toEqual([]);
    expect(await fsp.readFile(target, "utf8")).toBe("de oude inhoud");
  }, 30000);
});
