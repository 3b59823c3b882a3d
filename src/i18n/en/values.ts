// Values and units as a reader sees them (English). Dutch: ../nl/values.ts.

export const values = {
  "value.true": "TRUE",
  "value.false": "FALSE",
  "unit.thousand": "× €1,000",
  "unit.million": "× €1,000,000",
  "unit.billion": "× €1,000,000,000",
  "unit.euro": "in euros",
  "engine.parseError": "The formula cannot be read: check brackets, commas between arguments, '.' as decimal point and quotes.",
  "engine.unknownName": "Unknown function name. The BL functions have English names (BL.VVE.UNIVERSAL) and, with --lang nl, Dutch ones (BL.VVE.ALGEMEEN); see: begrotingslab functions",
  "engine.resizing": "The table is being resized; recalculate.",
  "engine.spillTooLarge": (cells: string, limit: string) => `The result would fill ${cells} cells; one formula may fill at most ${limit}. Ask for a smaller table.`,
  "engine.tooDeep": (depth: string, limit: string) => `The formula is nested ${depth} levels deep; Excel allows at most ${limit}.`,
  "engine.tooLong": (length: string, limit: string) => `The formula is ${length} characters long; Excel allows at most ${limit}.`,
  "engine.failed": (detail: string) => `The engine cannot evaluate this formula (${detail}).`,
  "engine.notANumber": (value: string) => `not a number: ${value}`,
  "engine.noCell": "The table has no such cell.",
  "engine.outputMissing": (output: string) => `the output "${output}" is not on the sheet`,
};
