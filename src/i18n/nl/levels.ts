// De woorden van de niveaucheck (Nederlands). Engels: ../en/levels.ts.

import type { levels as en } from "../en/levels";
import type { Mirror } from "../shape";

export const levels: Mirror<typeof en> = {
  "verdict.OK": "Juist niveau",
  "verdict.CONDITIONAL": "Voorwaardelijk",
  "verdict.QUESTIONABLE": "Twijfelachtig",
  "verdict.WRONG_LEVEL": "Volgens Allers (2017) beter bij een ander niveau",
  "verdict.NOT_GOVERNMENT": "Geen overheidstaak",
  "verdict.NEUTRAL": "Niet van toepassing",
  "verdict.UNKNOWN": "Onbekend",
  "verdict.withLevel": (verdict, level) => `${verdict}: ${level}`,

  "level.RIJK": "Rijk",
  "level.PROVINCIE": "Provincie",
  "level.GEMEENTE": "Gemeente",
  "level.WATERSCHAP": "Waterschap",
  "level.MARKT": "Markt",

  "owner.gemeente": "gemeente",
  "owner.provincie": "provincie",
  "owner.rijk": "Rijk",
  "owner.waterschap": "waterschap",

  "rule.builtin": (name) => `ingebouwde toetsregel: ${name}`,
  "rule.taakveld": (code) => `ingebouwde toetsregel: taakveld ${code}`,
  "rule.none": "geen toetsregel beslist over deze post",
  "rule.user": (row) => `uw toetsregel op rij ${row}`,
  "rule.override": "uw eigen oordeel",
  "rule.unnamed": "ingebouwde toetsregel",

  // Columns of the check results (the Niveaucheck sheet, the result columns, --out).
  "result.description": "Omschrijving",
  "result.taakveld": "Taakveld",
  "result.amount": "Bedrag",
  "result.owner": "Eigenaar",
  "result.verdict": "Oordeel",
  "result.level": "Niveau",
  "result.category": "Categorie",
  "result.reason": "Toelichting",
  "result.rule": "Toetsregel",
  "result.confidence": "Zekerheid",
  "result.row": "Rij",
  "result.sheet": "Blad",

  // The summary per verdict (command line, pane, council workbook).
  "summary.verdict": "Oordeel",
  "summary.count": "Aantal",
  "summary.amount": "Bedrag",
  "summary.total": "Totaal",
  "summary.totalsLeftOut": (n) => `${n} totaal- en subtotaalregels tellen niet mee, in aantallen en bedragen gelijk: ze herhalen andere posten.`,

  // The header of a new rules sheet.
  "rulesSheet.pattern": "Patroon",
  "rulesSheet.taakveld": "Taakveld",
  "rulesSheet.category": "Categorie",
  "rulesSheet.verdict": "Oordeel",
  "rulesSheet.level": "Niveau",
  "rulesSheet.note": "Toelichting",

  "levels.noSignal": "Geen toetsregel herkent deze omschrijving; beoordeel de post zelf of leg een eigen toetsregel vast.",
  "levels.instrument": (line) => `"${line}" noemt een financieel instrument van het Rijk; zonder kop erboven die een taak noemt, is deze post waarschijnlijk de som van de posten van dat instrument in het artikel: een totaal, geen beleidstaak. Ga na of de posten die erin opgaan in de begroting staan.`,
  "levels.kindOnly": (word) => `De woorden ("${word}") zeggen wat voor post dit is, niet voor welke taak, en geen kop erboven noemt er een; beoordeel de post zelf of leg een eigen toetsregel vast.`,
  "levels.conflict": (a, b) => `Tegenstrijdige signalen (${a} tegenover ${b}); beoordeel de post zelf.`,
  "levels.both": (ok, conditional, reason) => `De post noemt ${ok}, dat bij dit niveau past, en ${conditional}, dat er onder voorwaarden past: als geheel dus onder die voorwaarden. ${reason}`,
  "levels.weak": (a) => `Te zwak signaal voor een oordeel (mogelijk ${a}); beoordeel de post zelf.`,
  "levels.readAs": (reason, corrected) => `${reason} (Gelezen als "${corrected}".)`,
  "levels.unsure": (confidence) => ` — onzeker: zekerheid ${confidence} (zulke antwoorden bleken op begrotingen waarop de toets niet is afgesteld meestal onjuist; beoordeel de post zelf)`,
  "levels.bookedAs": (costType, reason) => `Geboekt als "${costType}", welke kostenplaats ook: ${reason}`,
  "levels.readUnder": (heading, reason) => `Gelezen onder "${heading}": ${reason}`,
  "levels.fewKnown": (reason) => `${reason} (Vier of meer woorden van deze post kent de controle niet: het antwoord steunt op de woorden die ze wel kent; minder zeker.)`,
  "levels.payee": (reason) => `${reason} (De post noemt wie het geld krijgt, niet de taak: of het om een eigen taak van deze begroting gaat of om die van de ontvanger, staat er niet; minder zeker.)`,
  "levels.userReason": (row) => `Beslist door uw eigen toetsregel op rij ${row}.`,
  "levels.override": (verdict, was) => `Handmatig vastgesteld: ${verdict} (was ${was}).`,
  "levels.badOwner": (row, owner, used) => `Rij ${row}: eigenaar "${owner}" is geen gemeente, provincie, rijk of waterschap; getoetst als ${used}.`,

  "rules.skipped": (row, why) => `Rij ${row}: ${why}; toetsregel overgeslagen.`,
  "rules.noPatternNoTaakveld": "geen patroon en geen taakveld",
  "rules.badFlag": (regex) => `onbekende vlag in ${regex}`,
  "rules.badRegex": (why) => `ongeldige reguliere expressie (${why})`,
  "rules.noLetters": (pattern) => `patroon "${pattern}" bevat geen letters of cijfers`,
  "rules.badTaakveld": (code) => `taakveld "${code}" is geen bekende Iv3-code`,
  "rules.badCategory": (text) => `onbekende categorie "${text}"`,
  "rules.badVerdict": (text) => `onbekend oordeel "${text}"`,
  "rules.badLevel": (text) => `onbekend niveau "${text}"`,
  "rules.unreadable": (why) => `onleesbare toetsregel (${why})`,
  "rules.nothingDecided": "geen categorie, oordeel of niveau",
};
