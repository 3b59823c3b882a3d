// The council workbook's bytes in the browser. Loaded on demand (a dynamic
// import from the pane), so ExcelJS's browser bundle and JSZip reach the task
// pane in Excel only when a user asks for the council workbook.

import * as ExcelJS from "exceljs/dist/exceljs.min.js";
import type { CouncilData } from "../../src/scenarios/council";
import { councilBytes } from "../../io/council-workbook";

export function buildCouncilWorkbook(data: CouncilData): Promise<Uint8Array> {
  return councilBytes(data, ExcelJS);
}
