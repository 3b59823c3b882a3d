// Waarden en eenheden zoals een lezer ze ziet (Nederlands). Engels: ../en/values.ts.

import type { values as en } from "../en/values";
import type { Mirror } from "../shape";

export const values: Mirror<typeof en> = {
  "value.true": "WAAR",
  "value.false": "ONWAAR",
  "unit.thousand": "× € 1.000",
  "unit.million": "× € 1.000.000",
  "unit.billion": "× € 1.000.000.000",
  "unit.euro": "in euro's",
  "engine.parseError": "De formule kan niet worden gelezen: controleer haakjes, komma's tussen argumenten, '.' als decimaalteken en aanhalingstekens.",
  "engine.unknownName": "Onbekende functienaam. De BL-functies hebben Engelse namen (BL.VVE.UNIVERSAL) en, met --lang nl, Nederlandse (BL.VVE.ALGEMEEN); zie: begrotingslab functions --lang nl",
  "engine.resizing": "De tabel wordt opnieuw ingedeeld; herbereken.",
  "engine.spillTooLarge": (cells, limit) => `De uitkomst zou ${cells} cellen vullen; één formule mag er ten hoogste ${limit} vullen. Vraag om een kleinere tabel.`,
  "engine.tooDeep": (depth, limit) => `De formule is ${depth} niveaus diep genest; Excel staat er ten hoogste ${limit} toe.`,
  "engine.tooLong": (length, limit) => `De formule is ${length} tekens lang; Excel staat er ten hoogste ${limit} toe.`,
  "engine.failed": (detail) => `De rekenmachine kan deze formule niet uitrekenen (${detail}).`,
  "engine.notANumber": (value) => `geen getal: ${value}`,
  "engine.noCell": "De tabel heeft zo'n cel niet.",
  "engine.outputMissing": (output) => `de uitkomst "${output}" staat niet op het blad`,
};
