import { spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { TemplateModel } from "../../engine/scenarios";
import {
  BASE_SCENARIO,
  compareScenarios,
  coreEvaluator,
  deleteScenario,
  EMPTY_STORE,
  isScenarioError,
  renameScenario,
  saveScenario,
  storeFromRows,
  storeToRows,
  switchScenario,
  type ScenarioStore,
} from "../../src/scenarios/scenarios";
import { defaults, findTemplate, templateLayout } from "../../src/scenarios/templates";
import { addStoreSheet, excelToRaw, readStore } from "../../io/scenario-workbook";
import { close, expectClose, expectedOutputs, tempDir } from "./helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lo = require("../../scripts/libreoffice.js") as { requireSoffice(): string; freshProfile(): string };

const vve = findTemplate("vve")!;

function ok(s: ScenarioStore | { kind: "scenarioError" }): ScenarioStore {
  if (isScenarioError(s)) throw new Error(s.message.en);
  return s as ScenarioStore;
}

function threeScenarios(): ScenarioStore {
  let s = ok(saveScenario(EMPTY_STORE, vve, BASE_SCENARIO, defaults(vve)));
  s = ok(saveScenario(s, vve, "Meer kinderen", { ...defaults(vve), children: 1400, target_share: 0.2 }));
  s = ok(saveScenario(s, vve, "Goedkoper", { ...defaults(vve), cost_per_child: 7000, takeup: 0.9 }));
  return s;
}

describe("named scenarios", () => {
  test("save, rename, delete, switch: the round trip of the issue", () => {
    let s = threeScenarios();
    expect(s.scenarios.map((x) => x.name)).toEqual(["Basis", "Meer kinderen", "Goedkoper"]);
    // Saving under an existing name (any case) overwrites in place.
    s = ok(saveScenario(s, vve, "goedkoper", { ...defaults(vve), cost_per_child: 6500 }));
    expect(s.scenarios.map((x) => x.name)).toEqual(["Basis", "Meer kinderen", "Goedkoper"]);
    expect(s.scenarios[2]?.values.cost_per_child).toBe(6500);
    s = ok(renameScenario(s, "vve", "Meer kinderen", "Groei"));
    expect(s.scenarios.map((x) => x.name)).toEqual(["Basis", "Groei", "Goedkoper"]);
    expect(renameScenario(s, "vve", "Groei", "goedkoper")).toMatchObject({ code: "exists" });
    expect(renameScenario(s, "vve", "Basis", "Nul")).toMatchObject({ code: "baseProtected" });
    expect(renameScenario(s, "vve", "Weg", "X")).toMatchObject({ code: "notFound" });
    expect(saveScenario(s, vve, "  ", defaults(vve))).toMatchObject({ code: "emptyName" });
    expect(saveScenario(s, vve, "NaN", { ...defaults(vve), children: Number.NaN })).toMatchObject({ code: "badValue" });
    s = ok(deleteScenario(s, "vve", "goedkoper"));
    expect(s.scenarios.map((x) => x.name)).toEqual(["Basis", "Groei"]);
    expect(deleteScenario(s, "vve", "Basis")).toMatchObject({ code: "baseProtected" });

    // Switching writes the stored inputs back into the sheet's input cells; the engine then computes that scenario.
    const layout = templateLayout(vve, "nl");
    const writes = switchScenario(s, vve, "Groei", layout.inputCells);
    if (isScenarioError(writes)) throw new Error(writes.message.en);
    expect(writes.find((w) => w.row === layout.inputCells.children?.row)?.value).toBe(1400);
    const model = TemplateModel.fromTemplate(vve, "nl");
    const fromCells = Object.fromEntries(vve.inputs.map((i) => [i.key, writes.find((w) => w.row === layout.inputCells[i.key]?.row)?.value as number]));
    const got = model.evaluate(fromCells);
    const want = expectedOutputs(vve, { ...defaults(vve), children: 1400, target_share: 0.2 });
    for (const o of vve.outputs) expectClose(got[o.key], want[o.key] as number, o.key);
    model.destroy();
  });

  test("the comparison: inputs and outputs side by side, differences against Basis, numbers equal the core's", () => {
    const s = threeScenarios();
    const model = TemplateModel.fromTemplate(vve, "en");
    const cmp = compareScenarios(vve, s, model);
    model.destroy();
    expect(cmp.base).toBe("Basis");
    expect(cmp.scenarios).toEqual(["Basis", "Meer kinderen", "Goedkoper"]);
    s.scenarios.forEach((sc, j) => {
      const want = expectedOutputs(vve, sc.values);
      for (const row of cmp.outputs) {
        expectClose(row.values[j], want[row.key] as number, `${sc.name} ${row.key}`);
        if (j > 0) expectClose(row.diffs[j], (want[row.key] as number) - (expectedOutputs(vve, s.scenarios[0]!.values)[row.key] as number), `Δ ${row.key}`, 1e-8);
      }
    });
    expect(cmp.inputs.find((r) => r.key === "children")?.diffs).toEqual([null, 400, 0]);
    // The core evaluator (for the pane's quick view) agrees with the engine.
    const core = compareScenarios(vve, s, coreEvaluator(vve));
    core.outputs.forEach((row, k) => row.values.forEach((v, j) => expect(close(v, cmp.outputs[k]!.values[j] as number)).toBe(true)));
  });

  test("stored rows read back exactly, skipping rows that are not data", () => {
    const s = threeScenarios();
    const rows = storeToRows(s);
    expect(rows[0]).toEqual(["template", "scenario", "key", "value"]);
    expect(storeFromRows(rows).store).toEqual(s);
    const messy = [...rows, [null, null, null, null], ["vve", "X", "children", "abc"], ["vve", "X", "children", "12"]];
    const back = storeFromRows(messy);
    expect(back.skipped).toEqual([rows.length + 2]);
    expect(back.store.scenarios.at(-1)).toEqual({ template: "vve", name: "X", values: { children: 12 } });
  });

  test("the _scenarios sheet survives an ExcelJS round trip and a LibreOffice re-save", async () => {
    const s = threeScenarios();
    const dir = tempDir();
    const file = join(dir, "store.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = 1;
    addStoreSheet(wb, s);
    await wb.xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(readStore(excelToRaw(back)).store).toEqual(s);

    const soffice = lo.requireSoffice();
    const profile = lo.freshProfile();
    const outDir = join(dir, "lo");
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, file], { encoding: "utf8", timeout: 180000 });
    expect(r.status).toBe(0);
    const resaved = new ExcelJS.Workbook();
    await resaved.xlsx.readFile(join(outDir, "store.xlsx"));
    expect(readStore(excelToRaw(resaved)).store).toEqual(s);
    expect(resaved.getWorksheet("_scenarios")?.state).toBe("hidden");
  }, 180000);
});
