// The council export: a new workbook with values only, so a council member
// without the add-in sees numbers, never #NAME?. It holds the current inputs,
// the scenario comparison per template with a native bar chart, the level
// check summary when the workbook has a Niveaucheck sheet, and a provenance
// sheet (assumptions with unit and source, scenario names, version, date).
// The only formulas are plain subtractions for the differences.

import { promises as fsp } from "node:fs";
import * as nodePath from "node:path";
import ExcelJS from "exceljs";
import type { Lang, Text } from "../src/core/types";
import { VERSION } from "../src/version";
import { findBudget, summarizeLevelResults, templateExport, type CouncilData, type TemplateExport } from "../src/scenarios/council";
import { msg, text } from "../src/i18n/catalogue";
import { formatValue } from "../src/scenarios/format";
import { readProblem, writeProblem } from "./file-problems";
import { councilBytes } from "./council-workbook";
import { computeSheets, TemplateModel, type RawSheets } from "../engine/scenarios";
import { councilRisk } from "../src/risk/workbook";
import { locateTemplate } from "../src/scenarios/templates";
import { readStore } from "./scenario-workbook";
import { XlsxFile } from "./xlsx/file";
import { type XlsxProblem, xlsxProblemText } from "./xlsx/inspect";
import { readWorkbookSheets, type WorkbookSheets } from "./xlsx/workbook-sheets";
import { checkOutput, WriteError, writeBytesAtomic } from "./safe-write";

// The data and the workbook itself live in ./council (no node modules), for the task pane.

export type ExportErrorCode = "fileNotFound" | "isFolder" | "noPermission" | "locked" | "unreadable" | "wordDocument" | "presentation" | "notWorkbook" | "noTemplate" | "unsupportedOutput" | "writeFailed";

export interface ExportError {
  readonly kind: "exportError";
  readonly code: ExportErrorCode;
  readonly message: Text;
}

export function isExportError(x: unknown): x is ExportError {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "exportError";
}

function exportError(code: ExportErrorCode, path: string, cause?: unknown): ExportError {
  const file = nodePath.basename(path);
  const message = (): Text => {
    switch (code) {
      case "fileNotFound":
        return text("files.notFound", path);
      case "isFolder":
        return text("files.isFolder", path);
      case "noPermission":
        return text("files.noPermission", path);
      case "locked":
        return text("files.locked", path);
      case "unreadable":
        return text("files.unreadable", file);
      case "wordDocument":
        return text("files.wordDocument", file);
      case "presentation":
        return text("files.presentation", file);
      case "notWorkbook":
        return text("files.notWorkbook", file);
      case "noTemplate":
        return text("files.noScenarioSheet", file);
      case "unsupportedOutput":
        return text("cli.outMustBeXlsx", path);
      case "writeFailed":
        return writeProblem(path, cause);
    }
  };
  return { kind: "exportError", code, message: message() };
}

/**
 * Evaluates every template sheet of a workbook in the engine: each stored
 * scenario, plus the sheet's current values when they match none of them.
 */
export function gatherCouncilData(raw: RawSheets, lang: Lang, sourceFile: string, date: Date, municipality: string | null = null, engineSheets?: readonly string[]): CouncilData | ExportError {
  const { store } = readStore(raw);
  // The engine gets only the sheets the templates' formulas need (a long budget beside them never).
  const engine: RawSheets = engineSheets ? Object.fromEntries(engineSheets.map((n) => [n, raw[n] ?? []])) : raw;
  const templates: TemplateExport[] = [];
  const warnings: Text[] = [];
  for (const [sheetName, rows] of Object.entries(raw)) {
    const loc = locateTemplate(rows);
    if (!loc) continue;
    const model = new TemplateModel(engine, sheetName, lang);
    try {
      for (const key of model.invalidInputs) {
        const i = loc.template.inputs.find((x) => x.key === key);
        if (!i) continue;
        warnings.push({
          nl: msg("nl", "files.inputDefaulted", sheetName, i.label.nl, formatValue(i.value, i.format, "nl", i.unit)),
          en: msg("en", "files.inputDefaulted", sheetName, i.label.en, formatValue(i.value, i.format, "en", i.unit)),
        });
      }
      templates.push(templateExport(loc.template, sheetName, model.values, store, model, lang));
    } finally {
      model.destroy();
    }
  }
  // A risk register gives the paragraph weerstandsvermogen; its cells are read as the engine computes them.
  const risk = councilRisk(computeSheets(engine, lang), Object.keys(raw).filter((n) => n in engine));
  if (templates.length === 0 && !risk) return exportError("noTemplate", sourceFile);
  const file = nodePath.basename(sourceFile);
  const levelCheck = summarizeLevelResults(raw, lang);
  const budget = findBudget(raw);
  const budgetSheet = levelCheck?.sheet || budget?.sheet;
  return {
    lang,
    // The scenario workbook holds the budget too when the officer checked it there: then it is the source budget.
    source: { workbook: file, budget: budgetSheet ? { file, sheet: budgetSheet } : null },
    municipality: municipality ?? levelCheck?.organisation ?? budget?.organisation ?? null,
    templates,
    levelCheck,
    version: VERSION,
    date,
    warnings,
    risk,
  };
}

export async function writeCouncilWorkbook(data: CouncilData, outPath: string): Promise<void> {
  const bytes = await councilBytes(data, ExcelJS);
  await writeBytesAtomic(outPath, bytes);
}

export interface ExportOptions {
  readonly date?: Date;
  /** The name in the page headers; default: read from the budget. */
  readonly municipality?: string | null;
  /** Replace an existing output file (never the scenario workbook itself). */
  readonly force?: boolean;
}

/** Reads a workbook, evaluates its template sheets in the engine and writes the council workbook. */
export async function exportCouncil(inPath: string, outPath: string, lang: Lang, opts: ExportOptions = {}): Promise<CouncilData | ExportError> {
  const date = opts.date ?? new Date();
  const municipality = opts.municipality ?? null;
  if (nodePath.extname(outPath).toLowerCase() !== ".xlsx") return exportError("unsupportedOutput", outPath);
  const problem = await readProblem(inPath);
  if (problem) return exportError(problem, inPath);
  // Refused before any work: the scenario workbook itself never, another file only with --force.
  const refusal = await checkOutput(outPath, { inputs: [inPath], force: opts.force === true });
  if (refusal) return { kind: "exportError", code: "writeFailed", message: refusal.message };
  // Streamed, limits first: only the sheets the formulas need are read whole.
  let x: XlsxFile | XlsxProblem;
  try {
    x = await XlsxFile.open(inPath);
  } catch {
    return exportError("unreadable", inPath);
  }
  if (!(x instanceof XlsxFile)) return { kind: "exportError", code: "unreadable", message: xlsxProblemText(x, nodePath.basename(inPath)) };
  let sheets: WorkbookSheets | XlsxProblem;
  try {
    sheets = await readWorkbookSheets(x, { sharedStrings: await x.sharedStrings(), dateStyles: await x.dateStyles(), date1904: x.date1904 });
  } finally {
    await x.close();
  }
  if ("kind" in sheets) return { kind: "exportError", code: "unreadable", message: xlsxProblemText(sheets, nodePath.basename(inPath)) };
  const data = gatherCouncilData(sheets.raw, lang, inPath, date, municipality, sheets.engine);
  if (isExportError(data)) return data;
  try {
    await writeCouncilWorkbook(data, outPath);
  } catch (e) {
    return exportError("writeFailed", outPath, e instanceof WriteError ? e.reason : e);
  }
  return data;
}
