// What the pane's policy says to the user, in both languages.

import type { Text } from "../../src/core/types";

export function notTemplate(sheet: string): Text {
  return {
    nl: `Blad "${sheet}" is geen scenarioblad van Begrotingslab; er is niets geschreven.`,
    en: `Sheet "${sheet}" is not a Begrotingslab scenario sheet; nothing was written.`,
  };
}

export function userCell(sheet: string, address: string): Text {
  return {
    nl: `Cel ${address} op blad "${sheet}" bevat een formule of tekst van u; er is niets geschreven. Zet er een getal in of maak de cel leeg.`,
    en: `Cell ${address} on sheet "${sheet}" holds a formula or text of yours; nothing was written. Put a number there or clear the cell.`,
  };
}

export function noSheet(sheet: string): Text {
  return { nl: `Blad "${sheet}" bestaat niet.`, en: `Sheet "${sheet}" does not exist.` };
}

export const NO_BUDGET: Text = {
  nl: "Geen begroting gevonden op dit blad: selecteer de tabel (of alleen de kopregel met kolommen als Omschrijving, Taakveld en Lasten) en probeer opnieuw.",
  en: "No budget found on this sheet: select the table (or just its header row with columns such as Description, Taakveld and Amount) and try again.",
};

export const EMPTY_SHEET: Text = {
  nl: "Dit blad is leeg: ga naar het blad met de begroting en probeer opnieuw.",
  en: "This sheet is empty: go to the sheet with the budget and try again.",
};
