// `begrotingslab template risico` and `begrotingslab risk FILE`: the example
// register written and read back, the figures against the exact distribution,
// the flags, the JSON fields the issue names, the results workbook, and the
// messages for what cannot be read.

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EXAMPLE_REGISTER } from "../../src/risk/example-register";
import { runCli } from "../helpers/cli";
import { exactDistribution, exactQuantile } from "./exact";

const dir = mkdtempSync(join(tmpdir(), "bl-risk-"));
const at = (name: string) => join(dir, name);
const NO_LOCALE = { LANG: "", LC_ALL: "", LC_MESSAGES: "" };

async function cli(...argv: string[]) {
  return runCli(...argv);
}

interface RiskJson {
  capacity: number;
  certainty: number;
  sum: number;
  p50: number;
  p90: number;
  p95: number;
  runs: number;
  seed: number;
  standardError: number;
  ratio?: number;
  grade?: string;
  available?: number;
  risks: { row: number; name: string; contribution: number; amount: { kind: string } }[];
}

let register = "";
beforeAll(async () => {
  register = at("r.xlsx");
  const r = await cli("template", "risico", "--out", register, "--lang", "nl");
  expect(r.code).toBe(0);
  expect(r.out).toContain("Risicoregister");
});

describe("template risico", () => {
  test("writes the register, the classes and the capacity; the outcome cells hold the engine's figures", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(register);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Risicoregister", "Kansklassen", "Weerstandscapaciteit"]);
    const ws = wb.getWorksheet("Risicoregister") as ExcelJS.Worksheet;
    expect(ws.getCell("B4").value).toBe("Risico");
    expect(ws.getCell("M5").formula).toBe("BL.RISK.CAPACITY(D5:D24,E5:E24)");
    const json = JSON.parse((await cli("risk", register, "--json")).out) as RiskJson;
    expect((ws.getCell("M5").value as ExcelJS.CellFormulaValue).result).toBe(json.capacity);
    expect((ws.getCell("M9").value as ExcelJS.CellFormulaValue).result).toBe(json.grade);
  });

  test("in English too, and refused over an existing file without --force", async () => {
    const en = at("r-en.xlsx");
    expect((await cli("template", "risk", "--out", en, "--lang", "en")).code).toBe(0);
    const again = await cli("template", "risk", "--out", en, "--lang", "en");
    expect(again.code).toBe(1);
    expect((await cli("template", "risk", "--out", en, "--lang", "en", "--force")).code).toBe(0);
    const json = JSON.parse((await cli("risk", en, "--json")).out) as RiskJson;
    expect(json.risks).toHaveLength(20);
  });

  test("the template help lists the register", async () => {
    expect((await cli("template", "--help", "--lang", "nl")).out).toContain("risico | risk | risicoregister | register");
    expect((await cli("template", "--help", "--lang", "en")).out).toContain("Risk register for the paragraaf weerstandsvermogen");
  });
});

describe("risk FILE --json", () => {
  test("the fields the issue names; the 90% capacity equals the exact enumeration within its standard error", async () => {
    const r = await cli("risk", register, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as RiskJson;
    for (const k of ["capacity", "certainty", "sum", "p50", "p90", "p95", "runs", "seed", "standardError", "ratio", "grade", "risks"]) expect(j).toHaveProperty(k);
    const exact = exactQuantile(exactDistribution(EXAMPLE_REGISTER.map((e) => e.probability), EXAMPLE_REGISTER.map((e) => e.amount)), 0.9);
    expect(Math.abs(j.capacity - exact)).toBeLessThanOrEqual(j.standardError);
    expect(j.certainty).toBe(0.9);
    expect(j.sum).toBe(EXAMPLE_REGISTER.reduce((s, e) => s + e.amount, 0));
    expect(j.available).toBe(9_650_000);
    expect(j.ratio).toBeCloseTo(9_650_000 / j.capacity, 12);
    expect(j.risks.map((x) => x.row)).toEqual(Array.from({ length: 20 }, (_, i) => 5 + i));
    expect(j.risks[0]?.name).toBe(EXAMPLE_REGISTER[0]?.name.nl);
    expect(j.risks.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(j.capacity, 3);
  });

  test("--certainty, --runs, --seed and --available; the same seed gives the same figures", async () => {
    const a = JSON.parse((await cli("risk", register, "--json", "--certainty", "0.95", "--runs", "5000", "--seed", "7", "--available", "4.000.000")).out) as RiskJson;
    const b = JSON.parse((await cli("risk", register, "--json", "--certainty=0,95", "--runs=5000", "--seed=7", "--available=4000000")).out) as RiskJson;
    expect(b).toEqual(a);
    expect([a.certainty, a.runs, a.seed, a.available]).toEqual([0.95, 5000, 7, 4_000_000]);
    expect(a.ratio).toBeCloseTo(4_000_000 / a.capacity, 12);
    expect(a.grade).toBe(a.ratio! >= 0.6 ? (a.ratio! >= 0.8 ? "D" : "E") : "F");
  });

  test("bad flags name the flag, its range and the value, with the percent hint", async () => {
    const c = await cli("risk", register, "--certainty", "90", "--lang", "en");
    expect(c.code).toBe(2);
    expect(c.err).toContain("--certainty must be a number greater than 0 and less than 1; got 90. Did you mean 90%?");
    const r = await cli("risk", register, "--runs", "veel", "--lang", "nl");
    expect([r.code, r.err.trim()]).toEqual([2, '--runs verwacht een getal; gegeven is "veel".']);
    const s = await cli("risk", register, "--seed", "1.5", "--lang", "en");
    expect(s.err).toContain("--seed must be a whole number from 0 to 99,999,999; got 1.5.");
  });
});

describe("risk FILE: the text for the paragraph", () => {
  test("Dutch: capacity, standard error, sum, percentiles, available capacity, ratio and grade, the top risks", async () => {
    const r = await cli("risk", register, "--lang", "nl");
    expect(r.code).toBe(0);
    const j = JSON.parse((await cli("risk", register, "--json")).out) as RiskJson;
    const nl = (x: number) => new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 }).format(x);
    expect(r.out).toContain(`Benodigde weerstandscapaciteit bij 90% zekerheid: ${nl(j.capacity)}`);
    expect(r.out).toContain(`Eenvoudige som (elk risico maximaal): ${nl(j.sum)}`);
    expect(r.out).toContain(`Beschikbare weerstandscapaciteit: 9.650.000 (blad "Weerstandscapaciteit", 4 posten)`);
    expect(r.out).toMatch(/Ratio weerstandsvermogen: \d,\d\d, klasse [A-F] \(/);
    expect(r.out).toContain("Grootste risico's naar hun aandeel in de capaciteit (top 10):");
  });

  test("English, from the locale when --lang is not given", async () => {
    const r = await runCli("risk", register);
    expect(r.out).toContain("Benodigde weerstandscapaciteit at 90% certainty:");
    expect(NO_LOCALE.LANG).toBe("");
  });
});

describe("other registers", () => {
  test("a csv with English headers, whole percentages, classes and ranges", async () => {
    const csv = at("register.csv");
    writeFileSync(
      csv,
      [
        "Risk;Programme;Probability;Minimum;Most likely;Maximum;Correlation group",
        "Land development;Housing;30;500000;900000;1500000;land",
        "Second land project;Housing;50;200000;300000;600000;land",
        "Youth care;Social;70;400000;400000;400000;",
        "Claims;Operations;10;;;250000;",
      ].join("\n"),
    );
    const r = await cli("risk", csv, "--json", "--runs", "20000");
    expect([r.code, r.err]).toEqual([0, ""]);
    const j = JSON.parse(r.out) as RiskJson;
    expect(j.risks.map((x) => x.amount.kind)).toEqual(["triangular", "triangular", "triangular", "fixed"]);
    expect(j.sum).toBe(1_500_000 + 600_000 + 400_000 + 250_000);
    expect(j).not.toHaveProperty("ratio");
    const text = await cli("risk", csv, "--lang", "en");
    expect(text.out).toContain("The probability column holds whole percentages (30 is 30%).");
    expect(text.out).toContain("2 risks in 1 correlation group happen together.");
    expect(text.out).toContain('No available capacity: give --available AMOUNT or a sheet "Weerstandscapaciteit"');
    expect((await cli("risk", csv, "--lang", "nl")).out).toContain("2 risico's in 1 correlatiegroep treden samen op.");
  });

  test("one risk is one risk, in both languages", async () => {
    const csv = at("one.csv");
    writeFileSync(csv, "Risico;Kans;Bedrag\nJeugdzorg;50%;1000000\n");
    expect((await cli("risk", csv, "--lang", "nl")).out).toContain("1 risico gelezen onder de kopregel op rij 1: 1 met één bedrag, 0 met een bandbreedte.");
    expect((await cli("risk", csv, "--lang", "en")).out).toContain("1 risk read below the header on row 1: 1 with one amount, 0 with a range.");
  });

  test("a workbook without a register, a missing file, a register without a readable risk", async () => {
    const budget = at("budget.csv");
    writeFileSync(budget, "Omschrijving;Lasten\nWmo;100\n");
    const a = await cli("risk", budget, "--lang", "en");
    expect([a.code, a.err]).toEqual([1, expect.stringContaining("No risk register found in budget.csv")]);
    const b = await cli("risk", at("missing.xlsx"), "--lang", "en");
    expect([b.code, b.err]).toEqual([1, expect.stringContaining("File not found")]);
    const empty = at("empty-register.csv");
    writeFileSync(empty, "Risico;Kans;Bedrag\nJeugdzorg;misschien;100\n");
    const c = await cli("risk", empty, "--lang", "nl");
    expect(c.code).toBe(1);
    expect(c.err).toContain("geen risico dat gelezen kon worden");
    expect(c.err).toContain('"misschien" in kolom Kans');
  });
});

describe("risk FILE --out", () => {
  test("a workbook with the figures, the risks by contribution and a native histogram chart; values only", async () => {
    const out = at("uitkomst.xlsx");
    const r = await cli("risk", register, "--out", out, "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Uitkomsten geschreven naar ${out}.`);
    const bytes = readFileSync(out);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Weerstandsvermogen", "Histogram"]);
    let formulas = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0))));
    expect(formulas).toBe(0);
    const j = JSON.parse((await cli("risk", register, "--json")).out) as RiskJson;
    expect(wb.getWorksheet("Weerstandsvermogen")?.getCell("B5").value).toBe(j.capacity);
    // existing output is never replaced without --force, the register never
    expect((await cli("risk", register, "--out", out)).code).toBe(1);
    expect((await cli("risk", register, "--out", register, "--force")).code).toBe(1);
    expect((await cli("risk", register, "--out", at("x.csv"))).code).toBe(2);
  });
});

describe("export: the council workbook of a register", () => {
  test("the paragraph sheet and its histogram, no BL formula, the seed and runs in the provenance", async () => {
    const out = at("raad.xlsx");
    const r = await cli("export", register, "--out", out, "--lang", "nl");
    expect([r.code, r.err]).toEqual([0, ""]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Weerstandsvermogen", "Histogram risico's", "Herkomst"]);
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula))));
    expect(formulas.filter((f) => /\bBL\./i.test(f))).toEqual([]);
    const j = JSON.parse((await cli("risk", register, "--json")).out) as RiskJson;
    const prov: Record<string, unknown> = {};
    wb.getWorksheet("Herkomst")?.eachRow((row) => {
      const a = row.getCell(1).value;
      if (typeof a === "string") prov[a] = row.getCell(2).value;
    });
    expect([prov["Runs van de simulatie"], prov["Startgetal van de simulatie"]]).toEqual([String(j.runs), String(j.seed)]);
    expect(wb.getWorksheet("Weerstandsvermogen")?.getCell("B5").value).toBe(j.capacity);
    // The summary names the paragraph it wrote, and lists no scenarios where there are none.
    const capacity = new Intl.NumberFormat("nl-NL").format(j.capacity);
    const runs = new Intl.NumberFormat("nl-NL").format(j.runs);
    expect(r.out).toContain(`Paragraaf weerstandsvermogen: 20 risico's van blad "Risicoregister", benodigde weerstandscapaciteit ${capacity} bij 90% zekerheid (${runs} runs, startgetal 1).`);
    expect(r.out).not.toContain("Scenario's:");
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
  });
});
