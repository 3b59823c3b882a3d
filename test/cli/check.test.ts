import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readBudgetFile, isBudgetError } from "../../io/budget-files";
import { runCli } from "../helpers/cli";

const root = join(__dirname, "..", "..");
const gemeente = join(root, "examples", "gemeente-lindewaard-2025.xlsx");
const gemeenteCsv = join(root, "examples", "gemeente-lindewaard-2025.csv");
const provincie = join(root, "examples", "provincie-zuiderkwartier-2025.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "bl-check-"));

const run = runCli;

interface JsonLine {
  row: number;
  description: string;
  under: string | null;
  readUnder: string | null;
  taakveld: unknown;
  amount: number | null;
  owner: string;
  level: string | null;
  verdict: string;
  category: string | null;
  rule: string;
  confidence: number;
  reason: string;
}

function counts(lines: JsonLine[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const l of lines) c[l.verdict] = (c[l.verdict] ?? 0) + 1;
  return c;
}

describe("begrotingslab check", () => {
  test("--json prints one object per budget line with every field", async () => {
    const r = await run("check", gemeente, "--json");
    expect(r.code).toBe(0);
    const lines = JSON.parse(r.out) as JsonLine[];
    const read = await readBudgetFile(gemeente);
    if (isBudgetError(read)) throw new Error(read.message.en);
    expect(lines).toHaveLength(read.result.lines.length);
    expect(lines.length).toBeGreaterThanOrEqual(300);
    for (const l of lines) {
      for (const k of ["row", "total", "heading", "description", "under", "readUnder", "taakveld", "amount", "owner", "level", "verdict", "category", "rule", "confidence", "reason"]) {
        expect(l).toHaveProperty(k);
      }
      expect(typeof l.reason).toBe("string");
      expect(l.reason.length).toBeGreaterThan(0);
    }
    // The example holds every verdict the essay gives (UNKNOWN is the check's own, and may not occur).
    expect(Object.keys(counts(lines)).filter((v) => v !== "UNKNOWN").sort()).toEqual(["CONDITIONAL", "NEUTRAL", "NOT_GOVERNMENT", "OK", "QUESTIONABLE", "WRONG_LEVEL"]);
  });

  test("the csv and the xlsx of the same budget give the same verdicts", async () => {
    const x = JSON.parse((await run("check", gemeente, "--json")).out) as JsonLine[];
    const c = JSON.parse((await run("check", gemeenteCsv, "--json")).out) as JsonLine[];
    // The workbook has a "Regels" sheet; the csv cannot, so lines a user rule decided are left out.
    const userRows = new Set(x.filter((l) => l.rule.startsWith("user:")).map((l) => l.row));
    expect(userRows.size).toBeGreaterThan(0);
    // The csv writes taakveld 2.1 the Dutch way ("2,1"); the engine reads both alike.
    const pick = (ls: JsonLine[]) => ls.filter((l) => !userRows.has(l.row)).map((l) => [l.row, l.description, l.amount, l.verdict, l.level, l.rule]);
    expect(pick(c)).toEqual(pick(x));
    expect(c.length).toBe(x.length);
  });

  test("readable output: flagged lines with reasons and a summary per verdict, in Dutch", async () => {
    const r = await run("check", gemeente, "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Gemarkeerde begrotingsregels \(\d+\):/);
    expect(r.out).toMatch(/Volgens Allers \(2017\) beter bij een ander niveau: Rijk/);
    expect(r.out).toMatch(/Samenvatting per oordeel/);
    expect(r.out).toMatch(/Juist niveau\s+\d+/);
  });

  test("a list published without a header row, with amounts in millions: every line read from row 1, the column choice said", async () => {
    const file = join(tmp, "zonder-kop.csv");
    writeFileSync(file, "Mutatie algemene uitkering meicirculaire;€ 28,8 mln;(programma Algemene middelen)\nDerving Omgevingswet leges;- € 5,1 mln;(programma Bestaande stad)\nSneeuwploeg groot;€ 0,015 mln;(programma Beheer)\n");
    const r = await run("check", file, "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/3 begrotingsregels gelezen vanaf rij 1;/);
    // The columns are named by their letters, and the user is told how to name them otherwise.
    expect(r.out).toMatch(/geen kopregel noemt de kolommen: omschrijvingen gelezen uit kolom A en bedragen uit kolom B, gekozen op wat ze bevatten \(klopt dat niet, zet dan "Omschrijving" en "Bedrag" boven de kolommen\)/);
    // Its first cell is a line, not a header: no amount column is named by it.
    expect(r.out).not.toMatch(/bedragen uit kolom "/);
    const j = await run("check", file, "--json");
    expect((JSON.parse(j.out) as JsonLine[]).map((l) => [l.row, l.amount])).toEqual([[1, 28_800_000], [2, -5_100_000], [3, 15_000]]);
  });

  test("a list of items whose sums sit inside their sentences: no item is taken for the header, and no amount total is invented", async () => {
    // As a water board's annual report lists its windfalls: a title, then one sentence per item.
    const file = join(tmp, "meevallers.csv");
    const items = [
      "Meevallers ten opzichte van de begroting",
      "Minder onderhoudskosten gemalen van k€ 313 doordat werk als investering werd aangemerkt.",
      "Vacatureruimte bij team vergunningen waardoor intern k€ 252 minder is doorbelast.",
      "Niet aanwenden van onvoorzien voor programma 1 van k€ 206.",
      "Minder doorbelaste kosten op het waterbeheerplan van k€ 125.",
      "Lagere bijdrage aan het hoogwaterbeschermingsprogramma van k€ 388.",
    ];
    writeFileSync(file, `${items.map((t) => `"${t}"`).join("\n")}\n`);
    const j = JSON.parse((await run("check", file, "--json", "--owner", "waterschap")).out) as JsonLine[];
    expect(j.map((l) => l.row)).toEqual([2, 3, 4, 5, 6]);
    const r = await run("check", file, "--lang", "nl", "--owner", "waterschap");
    expect(r.out).toMatch(/geen kolom bevat bedragen: omschrijvingen gelezen uit kolom A, gekozen op wat hij bevat/);
    expect(r.out).not.toMatch(/Bedrag|bedragen × /);
    expect(r.out).toMatch(/Totaal\s+5\n/);
  });

  test("lines that name only a kind of money are read under the table's title (LEVELS.md: headings are context)", async () => {
    const file = join(tmp, "doel.csv");
    writeFileSync(file, "Operationeel doel 2.1.3 Provinciale openbaar vervoervoorzieningen ontwikkelen en beheren\n\nLasten;Begroot 2017;Begroot 2018\nApparaatskosten;267;290\nKapitaallasten;0;821\nSubtotaal lasten;267;1.111\n");
    const j = JSON.parse((await run("check", file, "--json", "--owner", "provincie")).out) as JsonLine[];
    expect(j.map((l) => [l.description, l.verdict, l.level])).toEqual([
      ["Apparaatskosten", "OK", "PROVINCIE"],
      ["Kapitaallasten", "OK", "PROVINCIE"],
      ["Subtotaal lasten", "NEUTRAL", "PROVINCIE"],
    ]);
    expect(j[0]?.reason).toMatch(/^Read under "Operationeel doel 2\.1\.3/);
    // The JSON says what each line stands under and which heading its verdict was read under.
    expect(j[0]?.under).toBe("Operationeel doel 2.1.3 Provinciale openbaar vervoervoorzieningen ontwikkelen en beheren");
    expect(j[0]?.readUnder).toBe(j[0]?.under);
    expect(j[2]?.readUnder).toBeNull();
  });

  test("a sheet read by its content alone beside a budget with a named header is said, not passed over in silence", async () => {
    const file = join(tmp, "twee-bladen.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Exploitatie");
    ws.addRows([["Waterkeringen (bedragen x € 1.000)", "Begroting 2024"], ["Waterkeringen", 28502], ["Waterbewustzijn", 428], ["Totaal", 28930]]);
    const notes = wb.addWorksheet("Toelichting 2024");
    notes.addRows([["Een toename van de bijdrage aan het HWBP", 0.5], ["Een stijging van de kapitaallasten", 1.5], ["Subsidie van de provincie voor Natura 2000-beheer", -0.3], ["Diverse kleine kostenverlagingen", -0.2], ["Totaal", 1.5]]);
    await wb.xlsx.writeFile(file);
    const r = await run("check", file, "--owner", "waterschap", "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Ook gelezen, maar niet gecontroleerd: "Toelichting 2024" \(geen kopregel noemt de kolommen; controleer het met --sheet\)/);
    const only = await run("check", file, "--owner", "waterschap", "--sheet", "Toelichting 2024", "--json");
    expect((JSON.parse(only.out) as JsonLine[]).length).toBe(5);
  });

  test("--amount takes the amounts from the column the user names, by its header or its letter, on every sheet checked", async () => {
    const csv = join(tmp, "jaren.csv");
    writeFileSync(csv, "Omschrijving;Begroting 2026;Raming 2027;Rekening 2025\r\nOnderhoud wegen;100;200;300\r\nBijstand;1000;2000;3000\r\n");
    const amounts = async (...args: string[]) => (JSON.parse((await run("check", csv, "--json", ...args)).out) as JsonLine[]).map((l) => l.amount);
    expect(await amounts("--amount", "rekening 2025")).toEqual([300, 3000]);
    expect(await amounts("--amount", "C")).toEqual([200, 2000]);
    const said = await run("check", csv, "--lang", "nl", "--amount", "$B");
    expect(said.out).toMatch(/bedragen uit kolom "Begroting 2026"/);
    // A workbook of two budget sheets: the column is taken on both.
    const file = join(tmp, "jaren.xlsx");
    const wb = new ExcelJS.Workbook();
    for (const name of ["Programma 1", "Programma 2"]) wb.addWorksheet(name).addRows([["Omschrijving", "Begroting 2026", "Raming 2027"], ["Onderhoud wegen", 10, 20], ["Riolering", 30, 40]]);
    await wb.xlsx.writeFile(file);
    const both = JSON.parse((await run("check", file, "--json", "--amount", "Raming 2027")).out) as (JsonLine & { sheet: string })[];
    expect(both.map((l) => [l.sheet, l.amount])).toEqual([["Programma 1", 20], ["Programma 1", 40], ["Programma 2", 20], ["Programma 2", 40]]);
  });

  test("--amount naming no column of the budget stops with the columns there are, and nothing is written", async () => {
    const csv = join(tmp, "jaren-fout.csv");
    writeFileSync(csv, "Omschrijving;Begroting 2026;Raming 2027\r\nOnderhoud wegen;100;200\r\n");
    const out = join(tmp, "jaren-fout.xlsx");
    for (const [choice, lang] of [["Begroting 2028", "nl"], ["A", "en"], ["ZZZZ", "nl"]] as const) {
      const r = await run("check", csv, "--lang", lang, "--amount", choice, "--out", out);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`"${choice}"`);
      expect(r.err).toContain('B "Begroting 2026", C "Raming 2027"');
    }
    expect(existsSync(out)).toBe(false);
  });

  test("an answer the check rates as more likely wrong than right is listed whatever its verdict, and says so", async () => {
    const csv = join(tmp, "onzeker.csv");
    writeFileSync(csv, "\uFEFFOmschrijving;Lasten\r\nProvinciale wegen;\"1.200\"\r\nDirecte lasten;\"5.015\"\r\n");
    const lines = JSON.parse((await run("check", csv, "--json", "--owner", "provincie")).out) as JsonLine[];
    // "Directe lasten" names only a kind of money: read as not applicable, with a confidence under one half.
    expect(lines[1]).toMatchObject({ verdict: "NEUTRAL" });
    expect(lines[1]?.confidence).toBeLessThan(0.5);
    expect(lines[0]).toMatchObject({ verdict: "OK" });
    const out = (await run("check", csv, "--owner", "provincie", "--lang", "nl")).out;
    expect(out).toMatch(/Directe lasten.*Niet van toepassing — onzeker: zekerheid \d+%/);
    expect(out).not.toMatch(/Provinciale wegen.*onzeker/);
    expect((await run("check", csv, "--owner", "provincie", "--lang", "en")).out).toMatch(/Directe lasten.* — unsure: confidence \d+%/);
  });

  test("--owner changes verdicts: klassenverkleining is wrong for a gemeente, conditional for a provincie", async () => {
    const csv = join(tmp, "klein.csv");
    writeFileSync(csv, "\uFEFFOmschrijving;Taakveld;Lasten\r\nKlassenverkleining groep 3;4.3;\"1.250,5\"\r\nTotaal;;1.250,5\r\n");
    const g = JSON.parse((await run("check", csv, "--json")).out) as JsonLine[];
    const p = JSON.parse((await run("check", csv, "--json", "--owner", "provincie")).out) as JsonLine[];
    expect(g[0]).toMatchObject({ row: 2, verdict: "WRONG_LEVEL", level: "RIJK", amount: 1250.5, owner: "gemeente" });
    expect(p[0]).toMatchObject({ verdict: "CONDITIONAL", owner: "provincie" });
    expect(g[1]).toMatchObject({ verdict: "NEUTRAL" });
  });

  test("without --owner or an owner column, the budget's title says whose it is, and the output says so; --owner still decides", async () => {
    const csv = join(tmp, "provincie-titel.csv");
    writeFileSync(csv, "Begroting 2026 Provincie Zuiderkwartier\nOmschrijving;Lasten\nKlassenverkleining groep 3;100\nProvinciale wegen;200\n");
    const byTitle = JSON.parse((await run("check", csv, "--json")).out) as JsonLine[];
    expect(byTitle.map((l) => [l.owner, l.verdict])).toEqual([
      ["provincie", "CONDITIONAL"],
      ["provincie", "OK"],
    ]);
    expect((await run("check", csv, "--lang", "nl")).out).toContain('(eigenaar: provincie)\n2 begrotingsregels gelezen vanaf rij 2; eigenaar uit de titel "Provincie Zuiderkwartier" (anders: --owner)');
    const given = await run("check", csv, "--owner", "gemeente", "--lang", "en");
    expect(given.out).toContain("(owner: municipality)");
    expect(given.out).not.toContain("owner from the title");
    // A municipality's title changes nothing and is not mentioned.
    const gemeente = join(tmp, "gemeente-titel.csv");
    writeFileSync(gemeente, "Programmabegroting 2026 gemeente Lindewaard\nOmschrijving;Lasten\nProvinciale wegen;200\n");
    expect((await run("check", gemeente, "--lang", "nl")).out).not.toContain("uit de titel");
  });

  test("a sheet without a title of its own belongs to the government another sheet's title names", async () => {
    const file = join(tmp, "waterschap-twee-bladen.xlsx");
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet("Programma's");
    first.addRows([["Waterschap De Lage Venen — Begroting 2026"], [], ["Product", "Lasten"], ["Peilbeheer en gemalen", 14230], ["Rioolwaterzuiveringsinstallaties", 22150]]);
    wb.addWorksheet("Investeringen").addRows([["Project", "Krediet"], ["Vervanging gemaal De Hoop", 4200], ["Renovatie RWZI Venendal", 12600]]);
    await wb.xlsx.writeFile(file);
    const lines = JSON.parse((await run("check", file, "--json")).out) as (JsonLine & { sheet: string })[];
    expect(lines.map((l) => [l.sheet, l.owner, l.verdict])).toEqual([
      ["Programma's", "waterschap", "OK"],
      ["Programma's", "waterschap", "OK"],
      ["Investeringen", "waterschap", "OK"],
      ["Investeringen", "waterschap", "OK"],
    ]);
    // The second sheet's output says where its owner came from.
    const out = (await run("check", file, "--lang", "en")).out;
    expect(out.split('sheet "Investeringen"')[1]).toContain('owner from the title "Waterschap De Lage Venen"');

    // A cover sheet's title names it too, where no budget sheet does.
    const covered = join(tmp, "waterschap-voorblad.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Voorblad").addRows([["Waterschap De Lage Venen"], ["Begroting 2026"]]);
    book.addWorksheet("Begroting").addRows([["Product", "Lasten"], ["Peilbeheer en gemalen", 14230]]);
    await book.xlsx.writeFile(covered);
    const cover = JSON.parse((await run("check", covered, "--json")).out) as JsonLine[];
    expect(cover.map((l) => [l.owner, l.verdict])).toEqual([["waterschap", "OK"]]);
  });

  test("a per-line owner column overrides --owner", async () => {
    // The province's budget names its owner per line; --owner says otherwise, and the column wins.
    const r = JSON.parse((await run("check", provincie, "--json", "--owner", "gemeente")).out) as JsonLine[];
    expect(r.length).toBeGreaterThan(50);
    expect(r.every((l) => l.owner === "provincie")).toBe(true);
    // Without a column, --owner decides.
    const csv = join(tmp, "zonder-kolom.csv");
    writeFileSync(csv, "Omschrijving;Lasten\nProvinciale wegen;100\nOnderhoud dijken;50\n");
    const w = JSON.parse((await run("check", csv, "--json", "--owner", "waterschap")).out) as JsonLine[];
    expect(w.map((l) => l.owner)).toEqual(["waterschap", "waterschap"]);
    expect(w[1]).toMatchObject({ verdict: "OK", level: "WATERSCHAP" });
  });

  test("--out writes a Niveaucheck sheet and leaves every user cell as it was", async () => {
    const out = join(tmp, "uit.xlsx");
    const r = await run("check", gemeente, "--out", out, "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Niveaucheck/);
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(gemeente);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    for (const ws of before.worksheets) {
      const ws2 = after.getWorksheet(ws.name);
      expect(ws2).toBeDefined();
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          expect({ at: `${ws.name}!${cell.address}`, v: ws2!.getCell(r, c).value }).toEqual({ at: `${ws.name}!${cell.address}`, v: cell.value });
        });
      });
      expect(ws2!.rowCount).toBe(ws.rowCount);
    }
    const check = after.getWorksheet("Niveaucheck")!;
    expect(check).toBeDefined();
    const lines = JSON.parse((await run("check", gemeente, "--json")).out) as JsonLine[];
    expect(check.rowCount).toBe(lines.length + 1);
    const link = JSON.stringify(check.getCell(2, 1).value);
    expect(link).toMatch(/Begroting 2025/);
  });

  test("a second table beside the first is checked as a table of its own, and --out lists its lines and, under the results, what was not (fully) read", async () => {
    const csv = join(tmp, "naast-elkaar.csv");
    writeFileSync(csv, "Lasten;Bedrag;Baten;Bedrag\nPersoneelskosten;4.200;Leges;800\nSubsidies welzijn;1.300;Rijksbijdragen;2.100\nOnderhoud wegen;9OO;Huren;300\nBibliotheek;600;Rioolheffing;1.900\n");
    const r = await run("check", csv, "--lang", "nl");
    expect(r.out).toContain('blad "naast-elkaar", de tweede tabel ernaast in de kolommen C:D');
    expect(r.out).toContain("2 begrotingstabellen op 1 blad getoetst, samen 8 begrotingsregels.");
    // Checked, the table beside is no longer said to be left unread.
    expect(r.out).not.toMatch(/tweede tabel \(omschrijvingen/);
    const lines = JSON.parse((await run("check", csv, "--json")).out) as (JsonLine & { columns?: string })[];
    expect(lines.filter((l) => l.columns === "C:D").map((l) => l.description)).toEqual(["Leges", "Rijksbijdragen", "Huren", "Rioolheffing"]);
    const out = join(tmp, "naast-elkaar-uit.xlsx");
    expect((await run("check", csv, "--out", out, "--lang", "nl")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("Niveaucheck")!;
    // Header, eight lines (the second table's named by its columns and linked to them), a blank row, the title of the notes, the note.
    expect(sheet.getCell(6, 2).value).toBe("naast-elkaar (C:D)");
    expect(JSON.stringify(sheet.getCell(6, 1).value)).toMatch(/naast-elkaar'!C2/);
    expect(sheet.getCell(11, 1).value).toBe("Niet (volledig) gelezen begrotingsregels (1):");
    expect(JSON.stringify(sheet.getCell(12, 1).value)).toMatch(/naast-elkaar'!A4/);
    expect(String(sheet.getCell(12, 2).value)).toMatch(/^Rij 4: bedrag niet te lezen/);
  });

  test("a ledger export: the cost type column is named, each row shows its cost centre and kind of money, and a tax booked on a task is a tax", async () => {
    const ledger = join(root, "examples", "layouts", "grootboek.csv");
    const r = await run("check", ledger, "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/kostensoort uit kolom D/);
    const lines = JSON.parse((await run("check", ledger, "--json", "--lang", "nl")).out) as (JsonLine & { costType: string | null })[];
    const sewer = lines.filter((l) => l.description === "Riolering");
    expect(sewer.map((l) => [l.costType, l.verdict])).toEqual([
      ["Kapitaallasten", "OK"],
      ["Salarissen", "OK"],
      ["Rioolheffing", "NEUTRAL"],
    ]);
    expect(sewer[2]?.reason).toMatch(/^Geboekt als "Rioolheffing"/);
    const out = join(tmp, "grootboek-uit.xlsx");
    expect((await run("check", ledger, "--out", out, "--lang", "nl")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("Niveaucheck")!;
    const shown: unknown[] = [];
    sheet.eachRow((row) => shown.push(row.getCell(2).value));
    expect(shown).toContain("Riolering · Rioolheffing");
  });

  test("user rules from --rules win over built-ins and name their row; a malformed rule is reported and skipped", async () => {
    const csv = join(tmp, "b.csv");
    writeFileSync(csv, "Omschrijving;Bedrag\nCoworking-hub centrum;48\nStimuleringspakket tegen de recessie;650\n");
    const rules = join(tmp, "regels.csv");
    writeFileSync(rules, "Patroon;Oordeel;Niveau;Toelichting\ncoworking;OK;GEMEENTE;Vestigingsklimaat, raadsbesluit 2024\n;OK;;geen patroon\nstimulering;FOUT;;onbekend oordeel\n");
    const r = await run("check", csv, "--json", "--rules", rules);
    expect(r.code).toBe(0);
    const lines = JSON.parse(r.out) as JsonLine[];
    expect(lines[0]).toMatchObject({ verdict: "OK", rule: "user:row 2" });
    expect(lines[1]).toMatchObject({ verdict: "WRONG_LEVEL", rule: "builtin:stimulus" });
    expect(r.err).toMatch(/row 3/i);
    expect(r.err).toMatch(/row 4/i);
  });

  test("a missing file, an unreadable file, a sheet without a header: a message and a non-zero exit", async () => {
    const missing = await run("check", join(tmp, "nope.xlsx"));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/not found/i);
    const broken = join(tmp, "kapot.xlsx");
    writeFileSync(broken, "dit is geen werkmap");
    const b = await run("check", broken, "--lang", "nl");
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/kan niet worden gelezen/);
    const noHeader = join(tmp, "leeg.csv");
    writeFileSync(noHeader, "a;b\n1;2\n");
    const h = await run("check", noHeader);
    expect(h.code).toBe(1);
    expect(h.err.length).toBeGreaterThan(10);
    const sheet = await run("check", gemeente, "--sheet", "Bestaat niet");
    expect(sheet.code).toBe(1);
    expect(sheet.err).toMatch(/Begroting 2025/);
    const owner = await run("check", gemeente, "--owner", "stad");
    expect(owner.code).toBe(2);
    expect(owner.err).toMatch(/waterschap/);
    const none = await run("check");
    expect(none.code).toBe(2);
  });
});
