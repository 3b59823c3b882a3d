// Every label of the workbench in Dutch and English.
import type { Lang } from "../src/core/types";

export const WB_TEXT = {
  nl: {
    title: "Begrotingslab – werkbank",
    open: "Openen…",
    openLabel: "Een .xlsx- of .csv-bestand openen",
    save: "Opslaan als .xlsx",
    saveLabel: "De werkmap opslaan als .xlsx-bestand",
    formulaBar: "Formulebalk",
    nameBox: "Actieve cel",
    grid: "Werkblad",
    sheets: "Bladen",
    pane: "Begrotingslab",
    loading: "Voorbeeldbegroting laden…",
    ready: "Klaar",
    opened: (name: string) => `${name} geopend.`,
    saved: (name: string) => `Opgeslagen als ${name}.`,
    dropHint: "Laat een .xlsx- of .csv-bestand los om het te openen",
    unsupported: (name: string) => `${name}: alleen .xlsx-, .xlsm- en .csv-bestanden worden geopend.`,
    unreadable: (name: string) => `${name} kan niet worden gelezen: het bestand is beschadigd of heeft niet de indeling die de extensie belooft.`,
    exampleFailed: "De voorbeeldbegroting kon niet worden geladen; open zelf een bestand.",
    saveFailed: "Opslaan is mislukt:",
    local: "Alles rekent in uw browser: geen gegeven verlaat deze computer.",
    editHint: "Typ om te bewerken, F2 om de cel te wijzigen, Enter om te bevestigen, Escape om te annuleren.",
    linkHint: "Klik (of Ctrl+Enter) om naar de regel te gaan",
    row: "Rij",
    column: "Kolom",
    paneMissing: "Het taakvenster is niet beschikbaar.",
  },
  en: {
    title: "Begrotingslab – workbench",
    open: "Open…",
    openLabel: "Open an .xlsx or .csv file",
    save: "Save as .xlsx",
    saveLabel: "Save the workbook as an .xlsx file",
    formulaBar: "Formula bar",
    nameBox: "Active cell",
    grid: "Worksheet",
    sheets: "Sheets",
    pane: "Begrotingslab",
    loading: "Loading the example budget…",
    ready: "Ready",
    opened: (name: string) => `Opened ${name}.`,
    saved: (name: string) => `Saved as ${name}.`,
    dropHint: "Drop an .xlsx or .csv file to open it",
    unsupported: (name: string) => `${name}: only .xlsx, .xlsm and .csv files are opened.`,
    unreadable: (name: string) => `${name} cannot be read: the file is damaged or not in the format its extension promises.`,
    exampleFailed: "The example budget could not be loaded; open a file yourself.",
    saveFailed: "Saving failed:",
    local: "Everything is computed in your browser: no data leaves this computer.",
    editHint: "Type to edit, F2 to change the cell, Enter to confirm, Escape to cancel.",
    linkHint: "Click (or Ctrl+Enter) to go to the line",
    row: "Row",
    column: "Column",
    paneMissing: "The task pane is not available.",
  },
} satisfies Record<Lang, Record<string, string | ((...a: string[]) => string)>>;

export type WorkbenchText = (typeof WB_TEXT)[Lang];

/** Dutch for a Dutch browser, English otherwise. */
export function browserLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? "";
  return first.toLowerCase().startsWith("nl") ? "nl" : "en";
}
