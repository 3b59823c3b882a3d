// Bestanden lezen en schrijven: één melding per werkelijke oorzaak (Nederlands). Engels: ../en/files.ts.

import type { files as en } from "../en/files";
import type { Mirror } from "../shape";

export const files: Mirror<typeof en> = {
  "files.notFound": (path) => `Bestand niet gevonden: ${path}`,
  "files.isFolder": (path) => `${path} is een map, geen bestand. Geef het pad van het bestand zelf.`,
  "files.noPermission": (path) => `${path} kan niet worden geopend: u hebt geen toestemming om het te lezen.`,
  "files.locked": (path) => `${path} kan niet worden geopend: een ander programma houdt het vast (is het geopend in Excel?). Sluit het en probeer opnieuw.`,
  "files.unreadable": (file) => `${file} kan niet worden gelezen: het bestand is beschadigd of heeft niet de indeling die de extensie belooft.`,
  "files.wordDocument": (file) => `${file} is een Word-document met de extensie van een werkmap, geen Excel-werkmap. Open het in Word, of sla de begroting in Excel op als .xlsx of .csv.`,
  "files.presentation": (file) => `${file} is een PowerPoint-presentatie met de extensie van een werkmap, geen Excel-werkmap.`,
  "files.notWorkbook": (file) => `${file} is een zip-pakket maar geen Excel-werkmap (er zit geen werkmap in). Sla de begroting in Excel op als .xlsx of .csv.`,
  "files.noSheets": (file) => `${file} is een Excel-werkmap zonder een enkel werkblad.`,
  "files.unsupportedExtension": (file) => `${file}: alleen .xlsx- en .xlsm-werkmappen en .csv-, .txt- en .tsv-tekstbestanden worden gelezen. Sla het bestand in Excel op als .xlsx of .csv.`,
  "files.amountColumnNotFound": (choice, sheet, file, available) =>
    `${sheet ? `Blad "${sheet}" van ` : ""}${file} heeft geen kolom "${choice}" om de bedragen uit te nemen${available ? `; de kolommen zijn: ${available}` : ""}. Noem een kolom bij haar kop of haar letter${sheet ? ", of toets één blad met --sheet" : ""}.`,
  "files.sheetNotFound": (sheet, file, sheets) => `Blad "${sheet}" bestaat niet in ${file}. Bladen: ${sheets}.`,
  "files.emptySheet": (sheet, file) => `Blad "${sheet}" in ${file} is leeg.`,
  "files.emptyFile": (file) => `${file} is leeg: er staat geen enkele cel in.`,
  "files.noHeader": (file, sheet, rows, sheets) =>
    `Geen begrotingstabel gevonden in ${sheet ? `blad "${sheet}" van ` : ""}${file}: in de eerste ${rows} rijen staat geen kopregel met een omschrijving en een taakveld of bedrag${sheets ? ` (bladen: ${sheets})` : ""}.`,
  "files.rulesSheetNotFound": (file, sheets) => `${file} heeft geen blad "Regels" of "Rules"${sheets ? ` (bladen: ${sheets})` : ""}.`,
  "files.noRulesHeader": (file) => `Geen tabel met toetsregels gevonden in ${file}: verwacht kolommen als "Patroon" of "Taakveld" met "Categorie", "Oordeel" of "Niveau".`,
  "files.unsupportedOutput": (file) =>
    `${file}: het controlebestand wordt als .xlsx geschreven, vanuit een werkmap (.xlsx) of tekstbestand (.csv, .txt, .tsv). Werkmappen met macro's (.xlsm) worden niet gekopieerd omdat de macro's verloren zouden gaan.`,
  "files.noScenarioSheet": (file) => `Werkmap "${file}" heeft geen scenarioblad van Begrotingslab. Maak er een met: begrotingslab template MODEL --out BESTAND.xlsx --lang nl`,
  "files.inputDefaulted": (sheet, input, value) => `Blad "${sheet}": invoer "${input}" is geen getal of ontbreekt; de standaardwaarde ${value} is gebruikt.`,

  "files.encrypted": (file) => `${file} is met een wachtwoord beveiligd; sla in Excel een onbeveiligde kopie op en toets die.`,
  "files.limit.row": (file, sheet, row) =>
    `${file}, blad "${sheet}": rij ${row} ligt voorbij de laatste rij van Excel (1.048.576). Het bestand is beschadigd of niet door een rekenblad gemaakt; er is niets gelezen.`,
  "files.limit.column": (file, sheet, column) =>
    `${file}, blad "${sheet}": kolom ${column} ligt voorbij de laatste kolom van Excel (XFD). Het bestand is beschadigd of niet door een rekenblad gemaakt; er is niets gelezen.`,
  "files.limit.cells": (file, sheet, limit) =>
    `${file}, blad "${sheet}" bevat meer dan ${limit} cellen, meer dan een begroting heeft. Sla het begrotingsblad apart op, zonder ongebruikte kolommen, als .xlsx of .csv.`,
  "files.limit.size": (file, limit) =>
    `${file} is uitgepakt groter dan ${limit} MB, meer dan een begrotingswerkmap bevat; er is niets uitgepakt. Sla het begrotingsblad apart op als .xlsx of .csv.`,
  "files.limit.parts": (file, limit) => `${file} bestaat uit meer dan ${limit} onderdelen; het is geen werkmap die dit programma leest.`,

  "files.write.noFolder": (file, folder) => `${file} kan niet worden geschreven: de map ${folder} bestaat niet. Maak die eerst aan of kies een andere map.`,
  "files.write.isFolder": (file) => `${file} kan niet worden geschreven: dat is een map. Geef een bestandsnaam die op .xlsx eindigt.`,
  "files.write.noPermission": (file) => `${file} kan niet worden geschreven: u hebt geen toestemming om daar te schrijven.`,
  "files.write.locked": (file) => `${file} kan niet worden geschreven: een ander programma houdt het vast (is het geopend in Excel?). Sluit het en probeer opnieuw.`,
  "files.write.diskFull": (file) => `${file} kan niet worden geschreven: de schijf is vol.`,
  "files.write.failed": (file, detail) => `${file} kan niet worden geschreven (${detail}).`,
  "files.write.exists": (path) => `${path} bestaat al. Kies een ander bestand, of voeg --force toe om het te vervangen.`,
  "files.write.isInput": (path) => `${path} is het bestand dat wordt gelezen; een uitkomst wordt daar nooit overheen geschreven, ook niet met --force. Kies een ander bestand.`,
  "files.write.macroCopy": (file) => `${file}: de kopie van een werkmap met macro's (.xlsm) houdt de macro's, dus die moet ook op .xlsm eindigen.`,
  // Toetsregels uit een werkmap zijn niet te vertrouwen: expressies die uren kunnen lopen worden geweigerd.
  "rules.regex.nestedQuantifier": (regex) => `${regex} herhaalt een groep die zelf herhaalt; dat kan op één post uren duren (schrijf /^a+$/, niet /^(a+)+$/)`,
  "rules.regex.repeatedChoice": (regex) => `${regex} herhaalt een keuze tussen alternatieven; dat kan op één post uren duren (schrijf de alternatieven zonder ze te herhalen)`,
  "rules.regex.backreference": (regex) => `${regex} verwijst terug naar een groep (\\1, \\k<naam>); dat kan op één post uren duren`,
  "rules.regex.tooManyRepeats": (regex) => `${regex} heeft meer dan 3 open herhalingen (*, +, {n,}); dat kan op één post minuten duren`,
  "rules.regex.tooLong": (regex) => `de reguliere expressie ${regex.slice(0, 40)}... is langer dan 500 tekens`,
  "rules.regex.slow": (row, line, ms, seconds) =>
    `Rij ${row}: de reguliere expressie van de toetsregel deed er te lang over (meer dan ${ms} ms op één post, of ${seconds} s over alle posten) bij de post "${line}" en is voor de rest van de toets uitgeschakeld; de posten daarna zijn zonder deze toetsregel getoetst.`,
};
