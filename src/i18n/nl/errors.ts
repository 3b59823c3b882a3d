// Waarom de argumenten of de uitkomst van een functie niet kloppen (Nederlands). Engels: ../en/errors.ts.

import type { errors as en } from "../en/errors";
import { formatNumber } from "../format";
import type { Mirror } from "../shape";

export const errors: Mirror<typeof en> = {
  "error.missing": (_, c) => `Argument ${c.arg} ontbreekt; het is verplicht.`,
  "error.text": (_, c) => `${c.arg} moet ${c.range} zijn; gegeven is de tekst "${c.value}".`,
  "error.boolean": (_, c) => `${c.arg} moet ${c.range} zijn; gegeven is de logische waarde ${c.value}.`,
  "error.errorValue": (_, c) => `${c.arg} verwijst naar een foutwaarde (${c.value}); het moet ${c.range} zijn. Herstel eerst die cel.`,
  "error.notFinite": (_, c) => `${c.arg} moet ${c.range} zijn (een eindig getal); gegeven is ${c.value}.`,
  "error.range": (e, c) =>
    `${c.arg} moet ${c.range} zijn; gegeven is ${c.value}.` +
    (e.points
      ? (e.hint === undefined ? "" : ` Bedoelde u ${c.value} procentpunt? Typ dan ${formatNumber(e.hint, "nl")}.`) +
        " Ook een verandering in procentpunten is een fractie: 0,5 procentpunt is 0,005."
      : e.hint === undefined
        ? ""
        : ` Bedoelde u ${c.value}%? Typ dan ${formatNumber(e.hint, "nl")} of ${c.value}%.`),
  "error.notScalar": (_, c) => `${c.arg} verwacht één waarde, geen bereik van cellen.`,
  "error.codeType": (_, c) => `${c.arg} moet een code als tekst zijn; gegeven is ${c.value}.`,
  "error.codeAsNumber": (_, c) =>
    `${c.arg} moet de codes als tekst bevatten ("01.11"), niet als getallen; gegeven is het getal ${c.value}, dat zijn voorloopnullen en punten kwijt is. Maak de cellen tekst of typ eerst een apostrof ('01.11).`,
  "error.textBoolean": (_, c) => `${c.arg} moet tekst zijn; gegeven is de logische waarde ${c.value}.`,
  "error.tooManyArgs": (e, c) => `Te veel argumenten: deze functie neemt er ten hoogste ${e.limit ?? 0}, gegeven zijn er ${c.value}.`,
  "error.unequalLengths": (e, c) =>
    `De bereiken ${c.other} moeten evenveel cellen hebben; ze hebben er ${(e.lengths ?? []).join(", ")}.`,
  "error.emptyCell": (_, c) => `${c.arg} is leeg terwijl de bijbehorende cellen van de andere bereiken gevuld zijn.`,
  "error.threePoint": (e, c) =>
    `${c.arg} moet oplopen: minimum ≤ meest waarschijnlijk ≤ maximum; gegeven is ${(e.values ?? []).map((v) => formatNumber(v, "nl")).join("; ")}.`,
  "error.width": (e, c) => `${c.arg} moet ${(e.other ?? "").split(",").join(" of ")} kolommen per rij hebben; een rij heeft er ${c.value}.`,
  "error.order": (e, c) => `${c.arg} mag niet kleiner zijn dan ${c.other}; gegeven is ${c.value} terwijl ${c.other} ${formatNumber(e.limit ?? 0, "nl")} is.`,
  "error.targetNotBelow": (e, c) => `${c.arg} (${c.value}) moet kleiner zijn dan ${c.other} (${formatNumber(e.limit ?? 0, "nl")}).`,
  "error.rateSum": (_, c) => `${c.other} + ${c.arg} moet onder 1 (100%) blijven; samen is het ${c.value}.`,
  "error.mpcBound": (_, c) =>
    `${c.name("mpc")} × (1 − ${c.name("tax_rate")}) × (1 − ${c.name("import_share")}) moet kleiner zijn dan 1; het is ${c.value}, dan zou de besteding nooit weglekken.`,
  "error.noBreakEven": (_, c) =>
    `Geen wanbetalingsvoet is laag genoeg: ${c.name("interest_rate")} − ${c.name("cost_rate")} − ${c.name("discount_rate")} is ${c.value}, onder 0, dus verliest het fonds contante waarde tegen de gegeven disconteringsvoet, ook als elke lening wordt terugbetaald.`,
  "error.never": (_, c) => `Het plafond wordt nooit bereikt: ${c.arg} is ${c.value}, niet boven 0.`,
  "error.positiveTotal": (_, c) => `${c.arg} moet een totaal boven 0 hebben; het totaal is ${c.value}.`,
  "error.basePositive": (_, c) => `${c.arg} moet groter zijn dan 0 als ${c.other} groter is dan 0; gegeven is ${c.value}.`,
  "error.noDigits": (_, c) => `${c.arg} "${c.value}" bevat geen cijfers; sectorcodes worden op hun cijfers gegroepeerd.`,
  "error.owner": (_, c) => `${c.arg} moet gemeente, provincie, rijk of waterschap zijn; gegeven is "${c.value}".`,
  "error.taakveld": (_, c) =>
    `${c.arg} "${c.value}" is geen Iv3-taakveld: geef een code zoals 6.3, een code met naam ("6.3 Inkomensregelingen"), of laat het leeg ("") om alleen op de omschrijving te toetsen.`,
  "error.taakveldIsOwner": (_, c) =>
    `${c.arg} "${c.value}" is een overheid, geen taakveld: wiens begroting het is, hoort in ${c.name("owner")}, het derde argument; laat ${c.arg} leeg ("") als er geen taakveld is.`,
  "error.divZero": (_, _c) => "Deling door nul.",
  "error.notFiniteResult": (_, _c) => "De uitkomst is te groot om als getal weer te geven.",
  "error.internal": (_, _c) => "Interne fout in Begrotingslab; meld dit alstublieft.",
};
