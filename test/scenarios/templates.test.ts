import ExcelJS from "exceljs";
import { join } from "node:path";
import { LANGS } from "../models/helpers";
import { ASSUMPTION } from "../../src/scenarios/define";
import { TemplateModel } from "../../engine/scenarios";
import { coreOutputs, defaults, findTemplate, inputRange, locateTemplate, templateLayout, TEMPLATES } from "../../src/scenarios/templates";
import { isNumber } from "../../src/scenarios/types";
import { buildTemplateWorkbook, excelToRaw, writeTemplateWorkbook } from "../../io/scenario-workbook";
import { expectClose, expectedOutputs, tempDir } from "./helpers";

describe("model templates", () => {
  test("the six models of the issue are there, by id and Dutch alias", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(["revolving", "vve", "classsize", "participation", "taxmigration", "stimulus"]);
    expect(findTemplate("KLASSEN")?.id).toBe("classsize");
    expect(findTemplate("belastingvlucht")?.id).toBe("taxmigration");
    expect(findTemplate("nope")).toBeUndefined();
  });

  describe.each(TEMPLATES.map((t) => [t.id, t] as const))("%s", (_id, t) => {
    test.each(LANGS)("evaluates without errors in the engine with its defaults (%s), equal to the core", (lang) => {
      const model = TemplateModel.fromTemplate(t, lang);
      try {
        const got = model.evaluate(defaults(t));
        const want = expectedOutputs(t, defaults(t));
        for (const o of t.outputs) {
          const g = got[o.key];
          if (!isNumber(g)) throw new Error(`${t.id}.${o.key}: ${JSON.stringify(g)}`);
          expectClose(g, want[o.key] as number, `${t.id}.${o.key}`);
          expectClose(coreOutputs(t, defaults(t))[o.key], want[o.key] as number, `core ${o.key}`);
        }
      } finally {
        model.destroy();
      }
    });

    test("equal to the core for other inputs too (each input moved 20% within its range)", () => {
      const model = TemplateModel.fromTemplate(t, "en");
      try {
        for (const i of t.inputs) {
          const r = inputRange(t, i.key);
          let x = i.value === 0 ? 1 : i.value * 0.8;
          if (r.integer) x = Math.max(r.min ?? 0, Math.round(x));
          const values = { ...defaults(t), [i.key]: x };
          const got = model.evaluate(values);
          const want = expectedOutputs(t, values);
          for (const o of t.outputs) {
            const w = want[o.key];
            if (typeof w === "number") expectClose(got[o.key], w, `${t.id}.${o.key} with ${i.key}=${x}`);
            else expect(got[o.key]).toMatchObject({ error: w });
          }
        }
      } finally {
        model.destroy();
      }
    });

    test("every input has label, unit, help and a source; assumptions say so and only they do", () => {
      for (const i of t.inputs) {
        for (const lang of LANGS) {
          expect(i.label[lang]).not.toBe("");
          expect(i.unit[lang]).not.toBe("");
          expect(i.help[lang]).not.toBe("");
          expect(i.source[lang]).not.toBe("");
          if (i.assumption) expect(i.source[lang].startsWith(ASSUMPTION[lang])).toBe(true);
          else expect(i.source[lang]).not.toMatch(/aanname|assumption/i);
        }
      }
    });

    test("layout: English BL names referring to the input cells; Dutch names only in the text column", () => {
      const nl = templateLayout(t, "nl");
      expect(nl.name.length).toBeLessThanOrEqual(31);
      const formulas = nl.cells.filter((c) => c.formula !== undefined);
      expect(formulas).toHaveLength(t.outputs.length);
      for (const f of formulas) expect(f.formula).toMatch(/BL\.[A-Z]+(\.[A-Z]+)?\(/);
      const loc = locateTemplate(denseRows(nl.cells));
      expect(loc?.template.id).toBe(t.id);
      expect(loc?.missing).toEqual([]);
      expect(loc?.inputCells).toEqual(nl.inputCells);
    });
  });

  test("the figures SOURCES.md gives are the defaults, cited; the ones it lacks are assumptions", () => {
    const input = (tid: string, key: string) => findTemplate(tid)?.inputs.find((i) => i.key === key);
    expect(input("vve", "cost_per_child")).toMatchObject({ value: 8100, assumption: false });
    expect(input("vve", "cost_per_child")?.source.en).toMatch(/Beverwijk 2024.*one municipality, not a norm/i);
    expect(input("vve", "takeup")).toMatchObject({ value: 0.77, assumption: false });
    expect(input("vve", "takeup")?.source.nl).toMatch(/NJi/);
    expect(input("vve", "years")?.source.en).toMatch(/960 hours/);
    // The 2023 VNG normbedrag indexed by the VNG's 12.72% for 2024: 2847 · 1.1272 = 3209.1 (issue 14).
    expect(input("classsize", "cost_per_m2")).toMatchObject({ value: 3209, assumption: false, priceYear: 2024 });
    expect(Math.round(2847 * 1.1272)).toBe(3209);
    expect(input("classsize", "cost_per_m2")?.source.nl).toMatch(/VNG.*2\.847.*2023.*1,1272.*2024/);
    expect(input("classsize", "cost_per_m2")?.source.en).toMatch(/not checked against a current source/);
    // 640 hours a year (16 hours × 40 weeks), not 960: the 960 hours span 1.5 years (issue 14).
    expect(input("vve", "cost_per_child")?.source.en).toMatch(/× 640 hours a year ≈ €8,100; the whole 960-hour programme \(1\.5 years\) ≈ €12,150/);
    expect(Math.round(12.66 * 640)).toBe(8102);
    expect(Math.round(12.66 * 960)).toBe(12154);
    for (const [tid, key] of [["classsize", "teacher_cost"], ["classsize", "classroom_m2"], ["classsize", "depreciation_years"], ["revolving", "default_rate"], ["revolving", "recovery_rate"]] as const) {
      expect(input(tid, key)?.assumption).toBe(true);
      expect(input(tid, key)?.source.nl).toMatch(/^aanname — vul uw eigen cijfer in/);
      expect(input(tid, key)?.source.en).toMatch(/^assumption — enter your own/);
    }
  });

  test("VVE universal with the defaults is children · take-up · cost · years (MODELS.md)", () => {
    const t = findTemplate("vve")!;
    const model = TemplateModel.fromTemplate(t, "nl");
    expectClose(model.evaluate({}).universal_cost, 1000 * 0.77 * 8100 * 1.5, "universal");
    model.destroy();
  });

  test("the template file stores English BL formulas with the engine's results cached, and reads back as a template", async () => {
    const dir = tempDir();
    for (const t of TEMPLATES) {
      const file = join(dir, `${t.id}.xlsx`);
      const built = await writeTemplateWorkbook(t, "nl", file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(t.sheetName.nl)!;
      const layout = built.layouts[0]!;
      const want = expectedOutputs(t, defaults(t));
      for (const o of t.outputs) {
        const p = layout.outputCells[o.key]!;
        const cell = ws.getCell(p.row + 1, p.col + 1);
        expect(cell.formula).toMatch(/^(INDEX\()?BL\.|^B\d+\*BL\./);
        expect(cell.formula).not.toMatch(/BL\.(VVE\.ALGEMEEN|REVOLVEREND|KLASSEN|PARTICIPATIE|BELASTINGVLUCHT|STIMULERING)/);
        expectClose((cell.value as ExcelJS.CellFormulaValue).result, want[o.key] as number, `${t.id}.${o.key} cached`);
      }
      expect(wb.getWorksheet("_scenarios")?.state).toBe("hidden");
      expect(ws.getColumn(6).hidden).toBe(true);
      const raw = excelToRaw(wb);
      expect(locateTemplate(raw[t.sheetName.nl]!)?.template.id).toBe(t.id);
    }
  });

  test("the comparison sheet of a new template computes the same outputs", () => {
    const t = findTemplate("revolving")!;
    const built = buildTemplateWorkbook(t, "en");
    const cmp = built.layouts[1]!;
    const values = built.computed[cmp.name]!;
    const want = expectedOutputs(t, defaults(t));
    const firstOut = 4 + t.inputs.length + 1;
    t.outputs.forEach((o, k) => expectClose(values[firstOut + k]?.[2], want[o.key] as number, o.key));
  });
});

function denseRows(cells: readonly { row: number; col: number; value?: string | number; formula?: string }[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of cells) (rows[c.row] ??= [])[c.col] = c.formula !== undefined ? `=${c.formula}` : c.value;
  return Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
}
