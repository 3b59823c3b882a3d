// Reading and writing files: one message per real cause (English). Dutch: ../nl/files.ts.

export const files = {
  "files.notFound": (path: string) => `File not found: ${path}`,
  "files.isFolder": (path: string) => `${path} is a folder, not a file. Give the path of the file itself.`,
  "files.noPermission": (path: string) => `${path} cannot be opened: you have no permission to read it.`,
  "files.locked": (path: string) => `${path} cannot be opened: another program holds it (is it open in Excel?). Close it and try again.`,
  "files.unreadable": (file: string) => `${file} cannot be read: the file is damaged or not in the format its extension promises.`,
  "files.wordDocument": (file: string) => `${file} is a Word document with a spreadsheet extension, not an Excel workbook. Open it in Word, or save the budget from Excel as .xlsx or .csv.`,
  "files.presentation": (file: string) => `${file} is a PowerPoint presentation with a spreadsheet extension, not an Excel workbook.`,
  "files.notWorkbook": (file: string) => `${file} is a zip package but not an Excel workbook (it has no workbook part). Save the budget from Excel as .xlsx or .csv.`,
  "files.noSheets": (file: string) => `${file} is an Excel workbook without a single worksheet.`,
  "files.unsupportedExtension": (file: string) => `${file}: only .xlsx and .xlsm workbooks and .csv, .txt and .tsv text files are read. Save the file from Excel as .xlsx or .csv.`,
  "files.amountColumnNotFound": (choice: string, sheet: string, file: string, available: string) =>
    `${sheet ? `Sheet "${sheet}" of ` : ""}${file} has no column "${choice}" to take the amounts from${available ? `; its columns are: ${available}` : ""}. Name a column by its header or its letter${sheet ? ", or check one sheet with --sheet" : ""}.`,
  "files.sheetNotFound": (sheet: string, file: string, sheets: string) => `Sheet "${sheet}" does not exist in ${file}. Sheets: ${sheets}.`,
  "files.emptySheet": (sheet: string, file: string) => `Sheet "${sheet}" in ${file} is empty.`,
  "files.emptyFile": (file: string) => `${file} is empty: it holds no cells at all.`,
  "files.noHeader": (file: string, sheet: string, rows: number, sheets: string) =>
    `No budget table found in ${sheet ? `sheet "${sheet}" of ` : ""}${file}: the first ${rows} rows hold no header with a description and a taakveld or amount${sheets ? ` (sheets: ${sheets})` : ""}.`,
  "files.rulesSheetNotFound": (file: string, sheets: string) => `${file} has no sheet "Regels" or "Rules"${sheets ? ` (sheets: ${sheets})` : ""}.`,
  "files.noRulesHeader": (file: string) => `No table of check rules found in ${file}: expected columns such as "Pattern" or "Taakveld" with "Category", "Verdict" or "Level".`,
  "files.unsupportedOutput": (file: string) =>
    `${file}: the check workbook is written as .xlsx, from a workbook (.xlsx) or a text file (.csv, .txt, .tsv). Macro workbooks (.xlsm) are not copied because their macros would be lost.`,
  "files.noScenarioSheet": (file: string) => `Workbook "${file}" has no Begrotingslab scenario sheet. Make one with: begrotingslab template MODEL --out FILE.xlsx`,
  "files.inputDefaulted": (sheet: string, input: string, value: string) => `Sheet "${sheet}": input "${input}" is not a number or is missing; its default ${value} was used.`,

  "files.encrypted": (file: string) => `${file} is protected with a password; save an unprotected copy from Excel and check that.`,
  "files.limit.row": (file: string, sheet: string, row: string) =>
    `${file}, sheet "${sheet}": row ${row} lies beyond Excel's last row (1,048,576). The file is damaged or was not made by a spreadsheet program; nothing was read.`,
  "files.limit.column": (file: string, sheet: string, column: string) =>
    `${file}, sheet "${sheet}": column ${column} lies beyond Excel's last column (XFD). The file is damaged or was not made by a spreadsheet program; nothing was read.`,
  "files.limit.cells": (file: string, sheet: string, limit: string) =>
    `${file}, sheet "${sheet}" holds more than ${limit} cells, more than a budget has. Save the budget sheet alone, without unused columns, as .xlsx or .csv.`,
  "files.limit.size": (file: string, limit: string) =>
    `${file} unpacks to more than ${limit} MB, more than a budget workbook holds; nothing was unpacked. Save the budget sheet alone as .xlsx or .csv.`,
  "files.limit.parts": (file: string, limit: string) => `${file} consists of more than ${limit} parts; it is not a workbook this program reads.`,

  "files.write.noFolder": (file: string, folder: string) => `${file} cannot be written: the folder ${folder} does not exist. Create it first or choose another folder.`,
  "files.write.isFolder": (file: string) => `${file} cannot be written: it is a folder. Give a file name ending in .xlsx.`,
  "files.write.noPermission": (file: string) => `${file} cannot be written: you have no permission to write there.`,
  "files.write.locked": (file: string) => `${file} cannot be written: another program holds it (is it open in Excel?). Close it and try again.`,
  "files.write.diskFull": (file: string) => `${file} cannot be written: the disk is full.`,
  "files.write.failed": (file: string, detail: string) => `${file} cannot be written (${detail}).`,
  "files.write.exists": (path: string) => `${path} already exists. Choose another file, or add --force to replace it.`,
  "files.write.isInput": (path: string) => `${path} is the file being read; a result is never written over it, not even with --force. Choose another file.`,
  "files.write.macroCopy": (file: string) => `${file}: the copy of a macro workbook (.xlsm) keeps its macros, so it must end in .xlsm too.`,
  // Check rules from a workbook are untrusted: expressions that can run for hours are refused.
  "rules.regex.nestedQuantifier": (regex: string) => `${regex} repeats a group that itself repeats, which can take hours on a single line (write /^a+$/, not /^(a+)+$/)`,
  "rules.regex.repeatedChoice": (regex: string) => `${regex} repeats a choice between alternatives, which can take hours on a single line (write the alternatives without repeating them)`,
  "rules.regex.backreference": (regex: string) => `${regex} refers back to a group (\\1, \\k<name>), which can take hours on a single line`,
  "rules.regex.tooManyRepeats": (regex: string) => `${regex} has more than 3 open-ended repeats (*, +, {n,}), which can take minutes on a single line`,
  "rules.regex.tooLong": (regex: string) => `the regular expression ${regex.slice(0, 40)}... is longer than 500 characters`,
  "rules.regex.slow": (row: number, line: string, ms: number, seconds: number) =>
    `Row ${row}: the check rule's regular expression took too long (over ${ms} ms on one line, or ${seconds} s over all lines) by the line "${line}" and was switched off for the rest of the check; the lines after it were checked without this rule.`,
};
