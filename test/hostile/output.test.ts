// Hostile workbooks, part 2: clean output (issue 9, item 6). What a budget's
// author wrote never acts on the user's terminal or breaks an XML part, a
// closed pipe ends quietly, and each cause of a file problem has its message.

import { spawn } from "node:child_process";
import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { excelOwnerFileExists, readCause, writeProblem } from "../../io/file-problems";
import { text } from "../../src/i18n/catalogue";
import { councilBytes } from "../../io/council-workbook";
import { cellTextEscape, xmlEscape } from "../../io/xml-text";
import ExcelJS from "exceljs";
import { TemplateModel } from "../../engine/scenarios";
import { templateExport } from "../../src/scenarios/council";
import { EMPTY_STORE, saveScenario, isScenarioError } from "../../src/scenarios/scenarios";
import { defaults, findTemplate } from "../../src/scenarios/templates";
import { jsonText, terminalText } from "../../cli/terminal";
import { runCli } from "../helpers/cli";

const ROOT = path.join(__dirname, "..", "..");
let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-hostile-out-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const ESC = "\u001b";
const HIDING = `Koopkrachtimpuls${ESC}[2K${ESC}[1A${ESC}[8m verborgen\u202e\u0085`;

describe("terminal output", () => {
  test("escape sequences in a description cannot hide flagged lines; --json keeps the text exactly, escaped", async () => {
    const csv = path.join(dir, "escapes.csv");
    await fsp.writeFile(csv, `Omschrijving;Taakveld;Lasten\r\nStimuleringspakket tegen de recessie;3.1;100\r\n"${HIDING}";3.1;200\r\n`);
    const r = await runCli("check", csv);
    expect(r.code).toBe(0);
    for (const c of [ESC, "\u202e", "\u0085", "\r"]) expect(r.out.includes(c)).toBe(false);
    expect(r.out).toContain("Stimuleringspakket tegen de recessie");
    expect(r.out).toContain("Koopkrachtimpuls[2K[1A[8m verborgen");
    expect(r.out).toContain("Flagged budget lines (2)");

    const j = await runCli("check", csv, "--json");
    for (const c of [ESC, "\u202e", "\u0085"]) expect(j.out.includes(c)).toBe(false);
    const lines = JSON.parse(j.out) as { description: string }[];
    expect(lines.map((l) => l.description)).toContain(HIDING);
  });

  test("terminalText keeps tab and line feed and drops every control a terminal acts on", () => {
    expect(terminalText(`a\tb\nc${ESC}[31md\u0007\u009b\u2066e\r`)).toBe("a\tb\nc[31mde");
    expect(JSON.parse(jsonText({ x: `a${ESC}\u0085\u202e` }))).toEqual({ x: `a${ESC}\u0085\u202e` });
  });

  test("a reader that stops early (| head) ends the program quietly", async () => {
    const csv = path.join(dir, "lang.csv");
    const rows = ["Omschrijving;Taakveld;Lasten"];
    for (let i = 0; i < 20000; i++) rows.push(`Stimuleringspakket tegen de recessie ${i};3.1;${i}`);
    await fsp.writeFile(csv, rows.join("\n"));
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "begrotingslab.js"), "check", csv], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(err).toBe("");
    expect(code).toBe(0);
  }, 60000);
});

describe("XML parts", () => {
  test("control characters in a scenario name leave the council workbook's chart and sheets well-formed", async () => {
    const vve = findTemplate("vve")!;
    const saved = saveScenario(EMPTY_STORE, vve, `Basis\u0001\u0007\u001b[31m\ufffe`, defaults(vve));
    if (isScenarioError(saved)) throw new Error(saved.message.en);
    const model = TemplateModel.fromTemplate(vve, "nl");
    try {
      const te = templateExport(vve, "VVE", model.values, saved, model, "nl");
      const bytes = await councilBytes({ lang: "nl", source: { workbook: "x.xlsx", budget: null }, municipality: "Gemeente\u0001 Test", templates: [te], levelCheck: null, version: "0", date: new Date(0), warnings: [] }, ExcelJS);
      const zip = await JSZip.loadAsync(bytes);
      const errors: string[] = [];
      for (const name of Object.keys(zip.files).filter((f) => f.endsWith(".xml"))) {
        const xml = await zip.file(name)!.async("string");
        new DOMParser({ onError: (level, msg) => (level === "warning" ? undefined : errors.push(`${name}: ${msg}`)) }).parseFromString(xml, "text/xml");
      }
      expect(errors).toEqual([]);
      const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
      expect(chart).toContain("Basis\ufffd\ufffd\ufffd[31m\ufffd");
    } finally {
      model.destroy();
    }
  });

  test("cell text keeps control characters as _xHHHH_ and protects a literal _xHHHH_", () => {
    expect(cellTextEscape("a\u0001b_x0041_<&")).toBe("a_x0001_b_x005F_x0041_&lt;&amp;");
    expect(xmlEscape("a\u0001\ud800b")).toBe("a\ufffd\ufffdb");
  });
});

describe("one message per real cause", () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });

  test("reading: missing file, folder, no permission, locked", async () => {
    const missing = await runCli("check", path.join(dir, "nergens.xlsx"), "--lang", "nl");
    expect(missing.err).toMatch(/^Bestand niet gevonden: /);
    const folder = path.join(dir, "map.xlsx");
    await fsp.mkdir(folder);
    const f = await runCli("check", folder, "--lang", "en");
    expect(f.err).toMatch(/is a folder, not a file/);
    expect(f.err).not.toMatch(/Excel/);
    expect(readCause(path.join(dir, "a.xlsx"), errno("ENOENT"))).toBe("fileNotFound");
    expect(readCause(path.join(dir, "a.xlsx"), errno("EACCES"))).toBe("noPermission");
    expect(readCause(path.join(dir, "a.xlsx"), errno("EBUSY"))).toBe("locked");
    // Excel's owner file beside the workbook turns a permission error into a lock.
    await fsp.writeFile(path.join(dir, "~$b.xlsx"), "");
    expect(excelOwnerFileExists(path.join(dir, "b.xlsx"))).toBe(true);
    expect(readCause(path.join(dir, "b.xlsx"), errno("EPERM"))).toBe("locked");
  });

  test("writing: missing folder, folder, no permission, locked, disk full", async () => {
    const r = await runCli("template", "vve", "--out", path.join(dir, "bestaat-niet", "vve.xlsx"), "--lang", "en");
    expect(r.err).toMatch(/the folder .*bestaat-niet does not exist/);
    const c = path.join(dir, "c.xlsx");
    expect(writeProblem(c, errno("EACCES"))).toEqual(text("files.write.noPermission", "c.xlsx"));
    expect(writeProblem(c, errno("EBUSY"))).toEqual(text("files.write.locked", "c.xlsx"));
    expect(writeProblem(path.join(dir, "b.xlsx"), errno("EPERM"))).toEqual(text("files.write.locked", "b.xlsx"));
    expect(writeProblem(c, errno("ENOSPC"))).toEqual(text("files.write.diskFull", "c.xlsx"));
    expect(writeProblem(c, errno("EISDIR"))).toEqual(text("files.write.isFolder", "c.xlsx"));
  });
});
