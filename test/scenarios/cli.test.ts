import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "./helpers";
import { runCli } from "../helpers/cli";
import { findTemplate, templateLayout } from "../../src/scenarios/templates";

const run = runCli;

const dir = tempDir("bl-cli-");

describe("begrotingslab template / export", () => {
  test("listed in the usage and with --help in both languages", async () => {
    expect((await run("--help")).out).toMatch(/template MODEL[\s\S]*export FILE/);
    expect((await run("--help", "--lang", "nl")).out).toMatch(/template MODEL[\s\S]*export BESTAND/);
    expect((await run("template", "--help")).out).toMatch(/^Usage: begrotingslab template MODEL --out FILE\.xlsx/);
    expect((await run("template", "--help", "--lang", "nl")).out).toMatch(/aanname — vul uw eigen cijfer in/);
    expect((await run("export", "--help")).out).toMatch(/values only/);
    expect((await run("export", "--help", "--lang", "nl")).out).toMatch(/alleen waarden/);
  });

  test("template writes a workbook with the Basis scenario; export turns it into a council workbook", async () => {
    const tpl = join(dir, "fonds.xlsx");
    const t = await run("template", "revolverend", "--out", tpl, "--lang", "nl");
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/scenario "Basis"/);
    // (0.04 − 0.01 − 0)/(1 + 0.04 − 0.2) = 0.03/0.84 = 3.6% at the template's financing rate of 0
    expect(t.out).toMatch(/Omslagpunt wanbetaling: 3,6%/);
    // the template asks for the omslagrente and says so while it is 0 (issue 14)
    expect(t.out).toMatch(/Let op bij deze invoer:\n(  - .*\n)*  - De financieringsrente staat op 0/);
    // Euros whole, with the sign: never four decimals on the command line.
    expect(t.out).toMatch(/Kapitaal aan het eind: €\s8\.862\.769\n/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tpl);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Revolverend fonds", "Vergelijking Revolverend fonds", "_scenarios"]);
    const out = join(dir, "raad.xlsx");
    const e = await run("export", tpl, "--out", out, "--lang", "nl");
    expect(e.code).toBe(0);
    expect(e.out).toMatch(/Revolverend fonds \(blad "Revolverend fonds"\): Basis/);
    expect(e.err).toMatch(/Let op, scenario "Basis" \(Revolverend fonds\): De financieringsrente staat op 0/);
    const council = new ExcelJS.Workbook();
    await council.xlsx.readFile(out);
    expect(council.worksheets.map((w) => w.name)).toEqual(["Invoer", "Scenario's Revolverend fonds", "Herkomst"]);
  });

  test("an input that is not a number falls back to its default, with a warning", async () => {
    const tpl = join(dir, "stimulus.xlsx");
    expect((await run("template", "stimulus", "--out", tpl)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tpl);
    const mpc = templateLayout(findTemplate("stimulus")!, "en").inputCells.mpc!;
    wb.getWorksheet("Local stimulus")!.getCell(mpc.row + 1, mpc.col + 1).value = "veel";
    await wb.xlsx.writeFile(tpl);
    const e = await run("export", tpl, "--out", join(dir, "stimulus-council.xlsx"));
    expect(e.code).toBe(0);
    expect(e.err).toMatch(/Sheet "Local stimulus": input "Propensity to consume" is not a number or is missing; its default 80\.0% was used\./);
  });

  test("unknown model, missing output: a clear message and a non-zero exit", async () => {
    const en = await run("template", "tunnel", "--out", join(dir, "x.xlsx"));
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/Unknown model "tunnel"\. Choose from: revolving, vve, classsize, participation, taxmigration, stimulus, risico\./);
    const nl = await run("template", "tunnel", "--out", join(dir, "x.xlsx"), "--lang", "nl");
    expect(nl.err).toMatch(/Onbekend model "tunnel"/);
    expect((await run("template", "vve")).code).toBe(2);
    expect((await run("template", "vve", "--out", join(dir, "x.csv"))).err).toMatch(/must end in \.xlsx/);
  });

  test("export: missing file, unreadable file, workbook without a template sheet", async () => {
    const missing = await run("export", join(dir, "nope.xlsx"), "--out", join(dir, "o.xlsx"), "--lang", "nl");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Bestand niet gevonden/);
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, "not a zip");
    const bad = await run("export", junk, "--out", join(dir, "o.xlsx"));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/junk\.xlsx cannot be read: the file is damaged/);
    const plain = join(dir, "plain.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Begroting").getCell("A1").value = "Omschrijving";
    await wb.xlsx.writeFile(plain);
    const none = await run("export", plain, "--out", join(dir, "o.xlsx"));
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/has no Begrotingslab scenario sheet\. Make one with: begrotingslab template MODEL/);
    const noneNl = await run("export", plain, "--out", join(dir, "o.xlsx"), "--lang", "nl");
    expect(noneNl.err).toMatch(/heeft geen scenarioblad/);
    expect((await run("export", plain)).code).toBe(2);
  });
});
