// Hostile workbooks, part 5: numbers you can trust (issue 9, item 4). Each
// case once gave a wrong total without a word; now the amount is read right
// or reported with its row.

import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { decodeCsv } from "../../src/budget/csv";
import { decimalEvidence, parseAmount } from "../../src/budget/numbers";
import { readBudgetRows } from "../../src/budget/reader";
import { findTotals, totalWording } from "../../src/budget/totals";
import { checkBudget, summarize, totalLineCount } from "../../src/check/budget";
import { runCli } from "../helpers/cli";
import { n, rawWorkbook, s } from "./build";

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-hostile-numbers-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

interface Line {
  row: number;
  description: string;
  amount: number | null;
  total: boolean;
  verdict: string;
}

async function checkJson(file: string): Promise<{ lines: Line[]; err: string }> {
  const r = await runCli("check", file, "--json", "--lang", "en");
  expect(r.code).toBe(0);
  return { lines: JSON.parse(r.out) as Line[], err: r.err };
}

describe("the decimal mark per column", () => {
  test('a column mixing "1,5" and "2,250" reads 2,250 as 2.25, not 2,250', async () => {
    const csv = path.join(dir, "komma.csv");
    await fsp.writeFile(csv, "Omschrijving;Taakveld;Lasten\nSportaccommodaties;5.1;1,5\nBibliotheek;5.6;2,250\nZwembad;5.1;12,75\n");
    const { lines, err } = await checkJson(csv);
    expect(lines.map((l) => l.amount)).toEqual([1.5, 2.25, 12.75]);
    expect(err).toBe("");
  });

  test("a column that groups thousands with dots keeps 12.000 as twelve thousand and reads 1,5 as decimals", async () => {
    const csv = path.join(dir, "punt.csv");
    await fsp.writeFile(csv, "Omschrijving;Taakveld;Lasten\nSportaccommodaties;5.1;1.234.567\nBibliotheek;5.6;12.000\nZwembad;5.1;3,5\n");
    const { lines } = await checkJson(csv);
    expect(lines.map((l) => l.amount)).toEqual([1234567, 12000, 3.5]);
  });

  test("a column whose marks contradict each other: the ambiguous amounts are reported with their rows", async () => {
    const csv = path.join(dir, "gemengd.csv");
    await fsp.writeFile(csv, "Omschrijving;Taakveld;Lasten\nSportaccommodaties;5.1;1,5\nBibliotheek;5.6;2.5\nZwembad;5.1;2,250\nMuseum;5.4;1.234\n");
    const r = await runCli("check", csv, "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.out).toContain('Rij 4: bedrag "2,250" is op twee manieren te lezen');
    expect(r.out).toContain('Rij 5: bedrag "1.234" is op twee manieren te lezen');
  });

  test("what each text says about its column", () => {
    expect(["1,5", "1.234,56", "0,125", "1.234.567", "12.000,-", "2,250", "1.234", "1234", "€ 1.5E+3"].map(decimalEvidence)).toEqual([",", ",", ",", ",", ",", "ambiguous", "ambiguous", null, "."]);
    expect(parseAmount("2,250", ",")).toBe(2.25);
    expect(parseAmount("2,250", ".")).toBe(2250);
    expect(parseAmount("2,250")).toBe(2250);
  });
});

test("a formula without a stored result is reported, not read as empty", async () => {
  const f = path.join(dir, "formule.xlsx");
  await rawWorkbook(
    f,
    `<row r="1">${s("A1", "Omschrijving")}${s("B1", "Lasten")}</row>` +
      `<row r="2">${s("A2", "Sportaccommodaties")}${n("B2", 100)}</row>` +
      `<row r="3">${s("A3", "Bibliotheek")}<c r="B3"><f>B2*2</f></c></row>`,
  );
  const r = await runCli("check", f, "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.out).toContain("Row 3: the amount column holds the formula =B2*2 without its result");
});

test("two amounts of 1.5E+308 are refused as larger than any budget; the summary and the council workbook stay finite", async () => {
  const csv = path.join(dir, "groot.csv");
  await fsp.writeFile(csv, "Omschrijving;Taakveld;Lasten\nSportaccommodaties;5.1;1.5E+308\nBibliotheek;5.6;1.5E+308\nZwembad;5.1;10\n");
  const r = await runCli("check", csv, "--lang", "en");
  expect(r.out).not.toMatch(/Infinity|∞/);
  expect(r.out).toContain("Larger than any budget holds");
  const out = path.join(dir, "groot.xlsx");
  expect((await runCli("check", csv, "--out", out)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const values: unknown[] = [];
  wb.getWorksheet("Niveaucheck")!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
  expect(values.some((v) => typeof v === "number" && !Number.isFinite(v))).toBe(false);
  const numbers = parseAmount(1.5e308);
  expect(typeof numbers === "object" && numbers !== null && numbers.error).toBe("tooLarge");
});

describe("totals by position and wording", () => {
  const line = (description: string, amount: number | null, taakveld: string | null = null) => ({ description, amount, taakveld });

  test('"Subsidie Totaal Voetbal" is a subsidy and counts; "Som der lasten" is a total and does not count twice', async () => {
    const csv = path.join(dir, "totalen.csv");
    await fsp.writeFile(csv, "Omschrijving;Taakveld;Lasten\nSubsidie Totaal Voetbal;5.1;100\nBibliotheek;5.6;200\nSom der lasten;;300\n");
    const { lines } = await checkJson(csv);
    expect(lines.map((l) => [l.description, l.total])).toEqual([
      ["Subsidie Totaal Voetbal", false],
      ["Bibliotheek", false],
      ["Som der lasten", true],
    ]);
    expect(lines[0]?.verdict).not.toBe("NEUTRAL");
    const r = await runCli("check", csv, "--lang", "en");
    expect(r.out).toMatch(/Total\s+2\s+300/);
  });

  test("wording where a budget puts it, never merely inside the text", () => {
    expect(["Totaal lasten", "Subtotaal", "Som der lasten", "Saldo van baten en lasten", "Programma 3 totaal", "6.3 Totaal programma", "Grand total"].map(totalWording)).toEqual([true, true, true, true, true, true, true]);
    expect(["Subsidie Totaal Voetbal", "Totaalplan fietsen", "Bijdrage totale gemeente", "Sportaccommodaties"].map(totalWording)).toEqual([false, false, false, false]);
  });

  test("a line without a taakveld equal to the sum of the coded lines above it, back to a heading, is a subtotal; the grand total of the subtotals too", () => {
    const lines = [
      line("Programma Sport", null),
      line("Zwembad", 400, "5.1"),
      line("Sporthal", 600, "5.1"),
      line("Programma Sport", 1000),
      line("Programma Cultuur", null),
      line("Bibliotheek", 250, "5.6"),
      line("Museum", 250, "5.4"),
      line("Cultuur", 500),
      line("Alles", 1500),
    ];
    expect(findTotals(lines)).toEqual([null, null, null, "sum", null, null, null, "sum", "sum"]);
    // One line alone above is not a sum of lines.
    expect(findTotals([line("A", 5, "5.1"), line("B", 5)])).toEqual([null, null]);
    // Lines that look alike are lines, whatever their amounts add up to: 1, 2, 3 with a taakveld each, or without any taakveld.
    expect(findTotals([line("Regeling 1", 1, "3.1"), line("Regeling 2", 2, "3.1"), line("Regeling 3", 3, "3.1")])).toEqual([null, null, null]);
    expect(findTotals([line("Regeling 1", 100), line("Regeling 2", 200), line("Regeling 3", 300)])).toEqual([null, null, null]);
  });

  test("the summary leaves totals out of counts and amounts, and says how many", () => {
    const read = readBudgetRows([["Omschrijving", "Lasten"], ["Zwembad", 400], ["Sporthal", 600], ["Totaal sport", 1000]]);
    const { checked } = checkBudget(read.lines, { owner: "gemeente" });
    expect(totalLineCount(checked)).toBe(1);
    const sum = summarize(checked).reduce((t, v) => t + v.amount, 0);
    expect(sum).toBe(1000);
  });
});

test("a csv mixing UTF-8 and Windows-1252 lines: each line in its own encoding, the 1252 ones reported", async () => {
  const bytes = Buffer.concat([
    Buffer.from("Omschrijving;Taakveld;Lasten\nCafé de Sport;5.1;100\n", "utf8"),
    // "Café Centraal;5.1;€ 50" as Dutch Excel saves it: é is E9, € is 80 in Windows-1252.
    Buffer.from([0x43, 0x61, 0x66, 0xe9]),
    Buffer.from(" Centraal;5.1;", "latin1"),
    Buffer.from([0x80]),
    Buffer.from(" 50\n", "latin1"),
  ]);
  const decoded = decodeCsv(bytes);
  expect(decoded.text.split("\n")[1]).toBe("Café de Sport;5.1;100");
  expect(decoded.text.split("\n")[2]).toBe("Café Centraal;5.1;€ 50");
  expect(decoded.windows1252Lines).toEqual([3]);
  const csv = path.join(dir, "gemengd-codering.csv");
  await fsp.writeFile(csv, bytes);
  const r = await runCli("check", csv, "--lang", "en");
  expect(r.out).not.toContain("Ã©");
  expect(r.out).toContain("Line 3 of the file is not UTF-8 like the rest and was read as Windows-1252");
});
