import type { Lang } from "../src/core/types";

export const PANE_TEXT = {
  en: {
    intro: "Spreadsheet functions for the models of Allers (2017) on local and regional policy. Type =BL. in a cell to see them.",
    version: "Version",
    functions: "Functions",
    table: "spills a table",
    source: "The formulas and their sources are in the README of the project.",
  },
  nl: {
    intro: "Rekenfuncties voor de modellen van Allers (2017) over lokaal en regionaal beleid. Typ =BL. in een cel om ze te zien.",
    version: "Versie",
    functions: "Functies",
    table: "geeft een tabel",
    source: "De formules en hun bronnen staan in de README van het project.",
  },
} satisfies Record<Lang, Record<string, string>>;
