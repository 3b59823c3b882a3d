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
import { summarizeLevelSheet, templateExport, type CouncilData, type TemplateExport } from "../src/scenarios/council";
import { councilBytes } from "./council-workbook";
import { TemplateModel, type RawSheets } from "../engine/scenarios";
import { locateTemplate } from "../src/scenarios/templates";
import { excelToRaw, readStore, writeAtomically } from "./scenario-workbook";

// The data and the workbook itself live in ./council (no node modules), for the task pane.

export type ExportErrorCode = "fileNotFound" | "unreadable" | "noTemplate" | "unsupportedOutput" | "writeFailed";

export interface ExportError {
  readonly kind: "exportError";
  readonly code: ExportErrorCode;
  readonly message: Text;
}

export function isExportError(x: unknown): x is ExportError {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "exportError";
}

function exportError(code: ExportErrorCode, file: string, detail = ""): ExportError {
  const d = detail ? ` (${detail})` : "";
  const m: Record<ExportErrorCode, Text> = {
    fileNotFound: { nl: `Bestand "${file}" bestaat niet.`, en: `File "${file}" does not exist.` },
    unreadable: { nl: `Bestand "${file}" is geen leesbare Excel-werkmap${d}.`, en: `File "${file}" is not a readable Excel workbook${d}.` },
    noTemplate: {
      nl: `Werkmap "${file}" heeft geen scenarioblad van Begrotingslab. Maak er een met: begrotingslab template MODEL --out BESTAND.xlsx --lang nl`,
      en: `Workbook "${file}" has no Begrotingslab scenario sheet. Make one with: begrotingslab template MODEL --out FILE.xlsx`,
    },
    unsupportedOutput: { nl: `Uitvoer "${file}" moet op .xlsx eindigen.`, en: `Output "${file}" must end in .xlsx.` },
    writeFailed: { nl: `Kan "${file}" niet schrijven${d}.`, en: `Cannot write "${file}"${d}.` },
  };
  return { kind: "exportError", code, message: m[code] };
}

/**
 * Evaluates every template sheet of a workbook in the engine: each stored
 * scenario, plus the sheet's current values when they match none of them.
 */
export function gatherCouncilData(raw: RawSheets, lang: Lang, sourceFile: string, date: Date): CouncilData | ExportError {
  const { store } = readStore(raw);
  const templates: TemplateExport[] = [];
  const warnings: Text[] = [];
  for (const [sheetName, rows] of Object.entries(raw)) {
    const loc = locateTemplate(rows);
    if (!loc) continue;
    const model = new TemplateModel(raw, sheetName, lang);
    try {
      for (const key of model.invalidInputs) {
        const i = loc.template.inputs.find((x) => x.key === key);
        if (!i) continue;
        warnings.push({
          nl: `Blad "${sheetName}": invoer "${i.label.nl}" is geen getal of ontbreekt; de standaardwaarde ${i.value} is gebruikt.`,
          en: `Sheet "${sheetName}": input "${i.label.en}" is not a number or is missing; its default ${i.value} was used.`,
        });
      }
      templates.push(templateExport(loc.template, sheetName, model.values, store, model, lang));
    } finally {
      model.destroy();
    }
  }
  if (templates.length === 0) return exportError("noTemplate", sourceFile);
  return { lang, sourceFile, templates, levelCheck: summarizeLevelSheet(raw, lang), version: VERSION, date, warnings };
}

export async function writeCouncilWorkbook(data: CouncilData, outPath: string): Promise<void> {
  const bytes = await councilBytes(data, ExcelJS);
  await writeAtomically(outPath, (tmp) => fsp.writeFile(tmp, bytes));
}

/** Reads a workbook, evaluates its template sheets in the engine and writes the council workbook. */
export async function exportCouncil(inPath: string, outPath: string, lang: Lang, date = new Date()): Promise<CouncilData | ExportError> {
  if (nodePath.extname(outPath).toLowerCase() !== ".xlsx") return exportError("unsupportedOutput", outPath);
  try {
    const st = await fsp.stat(inPath);
    if (!st.isFile()) return exportError("unreadable", inPath, lang === "nl" ? "geen gewoon bestand" : "not a regular file");
  } catch {
    return exportError("fileNotFound", inPath);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(inPath);
  } catch (e) {
    return exportError("unreadable", inPath, e instanceof Error ? e.message : String(e));
  }
  const data = gatherCouncilData(excelToRaw(wb), lang, inPath, date);
  if (isExportError(data)) return data;
  try {
    await writeCouncilWorkbook(data, outPath);
  } catch (e) {
    return exportError("writeFailed", outPath, e instanceof Error ? e.message : String(e));
  }
  return data;
}
