// Scenario's, scenariobladen, doelzoeken en het lezen van begrotingen (Nederlands). Engels: ../en/scenarios.ts.

import type { scenarios as en } from "../en/scenarios";
import type { Mirror } from "../shape";

export const scenarios: Mirror<typeof en> = {
  "scenario.emptyName": "Geef het scenario een naam.",
  "scenario.nameTooLong": (max) => `Een scenarionaam is ten hoogste ${max} tekens.`,
  "scenario.notFound": (name) => `Er is geen scenario "${name}".`,
  "scenario.exists": (name) => `Er is al een scenario "${name}".`,
  "scenario.baseProtected": (base) => `Het basisscenario "${base}" kan niet worden hernoemd of verwijderd: de vergelijking meet ertegen.`,
  "scenario.badValue": (input, name) => `Invoer "${input}" van scenario "${name}" is geen getal.`,

  "sheet.compare": (model) => `Vergelijking ${model}`,
  "sheet.compareTitle": (title) => `${title}: scenariovergelijking`,
  "sheet.compareAgainst": (name) => `Verschillen ten opzichte van "${name}".`,
  "sheet.diff": (name) => `Δ ${name}`,
  "sheet.input": "Invoer",
  "sheet.output": "Uitkomst",
  "sheet.value": "Waarde",
  "sheet.unit": "Eenheid",
  "sheet.source": "Bron",
  "sheet.help": "Toelichting",
  "sheet.key": "Sleutel",
  "sheet.formula": "Formule",

  "goal.noAnswer": (why) => `Geen oplossing: ${why}`,
  "goal.notANumber": "geen getal",
  "goal.outOfRange": (value, input, range) => `De oplossing ${value} ligt buiten wat ${input} mag zijn (${range}).`,
  "goal.noMax": (output, input) =>
    `Voor de hoogste ${output} die ${input} kan geven is geen formule; teken de tornado of probeer waarden van ${input} met de hand.`,
  "goal.noSolution": (input, range, output, target) =>
    `Geen oplossing: bij elke toegestane ${input} (${range}) komt ${output} nooit op ${target}.`,
  "goal.noSolutionSpan": (input, range, output, target, lo, hi) =>
    `Geen oplossing: bij elke toegestane ${input} (${range}) blijft ${output} tussen ${lo} en ${hi}, nooit ${target}.`,
  "goal.anyValue": "elke waarde",
  "goal.span": (min, max) => `${min} tot en met ${max}`,

  "budget.emptySheet": "Het blad is leeg.",
  "budget.noHeader": (rows) => `Geen kopregel gevonden in de eerste ${rows} rijen: verwacht kolommen als "Omschrijving" en "Taakveld" of "Lasten".`,
  "budget.amountColumnNotFound": (choice, available) =>
    `Er is geen kolom "${choice}" om de bedragen uit te nemen${available ? `; de kolommen zijn: ${available}` : ""}. Noem een kolom bij haar kop of haar letter.`,
  "budget.errorCell": (row, column, code) => `Rij ${row}: kolom ${column} bevat de foutwaarde ${code}.`,
  "budget.amountUnreadable": (row, why) => `Rij ${row}: bedrag niet te lezen. ${why}`,
  "budget.amountInText": (row, figure, text) => `Rij ${row}: bedrag ${figure} gelezen uit de tekst "${text}". Controleer het.`,
  "budget.tableBeside": (row, description, amount) =>
    `Rij ${row}: rechts van de tabel staat een tweede tabel (omschrijvingen "${description}", bedragen "${amount}"); die is niet getoetst. Zet haar op een eigen blad, of selecteer haar en toets haar met het taakvenster (haar uitkomsten komen dan in de plaats van die van de eerste tabel).`,
  "budget.indicatorTable": (row, first) =>
    `Rij ${row}: hier begint een tabel van indicatoren of kengetallen ("${first}"); haar rijen, tot de volgende lege rij, zijn geen begrotingsregels en zijn niet getoetst.`,
  "budget.newTable": (row, description, amount) =>
    `Rij ${row}: hier begint een volgende tabel ("${description}" | "${amount}"); haar posten zijn getoetst met de bedragen uit haar eigen kolom "${amount}".`,
  "budget.figuresUnclear": (row, named, found) =>
    `Rij ${row}: de kop noemt ${named} bedragen, maar de meeste teksten eindigen op ${found} getallen (staan er spaties in de bedragen, zoals "3 179"?); daarom zijn geen bedragen gelezen. Splits de teksten in kolommen.`,
  "budget.noDescription": (row, what) => `Rij ${row}: ${what} zonder omschrijving.`,
  "budget.what.amount": (amount) => `bedrag ${amount}`,
  "budget.what.taakveld": (code) => `taakveld ${code}`,
  "budget.what.data": "gegevens",
  "budget.column.description": "omschrijving",
  "budget.column.taakveld": "taakveld",
  "budget.column.amount": "bedrag",
  "budget.column.owner": "niveau",
  "budget.amountInColumnUnit": (row, shown, read) => `Rij ${row}: bij bedrag "${shown}" staat geen eenheid, bij de andere bedragen in de kolom wel; gelezen in die eenheid, als ${read}. Controleer het.`,
  "budget.figuresInText": (nth, count, name, others) =>
    `elke tekst eindigt op zijn bedragen, zoals bij een tabel die uit een pdf is geplakt: bedragen uit de ${nth === 1 ? "eerste" : nth === 2 ? "tweede" : nth === 3 ? "derde" : `${nth}e`} van de ${count}${name === "" ? "" : ` ("${name}")`} (${others === "" ? "splits de teksten in kolommen om een andere te kiezen" : `kies een andere, ${others}, als kolom met bedragen`})`,
  "budget.ambiguousAmount": (row, shown, read) => `Rij ${row}: bedrag "${shown}" is op twee manieren te lezen (duizendtallen of decimalen) en de kolom zegt niet welke; gelezen als ${read}. Controleer het.`,
  "budget.formulaWithoutValue": (row, column, formula) =>
    `Rij ${row}: kolom ${column} bevat de formule =${formula} zonder uitkomst (het programma dat het bestand schreef rekent niet). Open het bestand in Excel, sla het op en toets opnieuw.`,
  "budget.mixedEncoding": (row) => `Tekstregel ${row} van het bestand is niet in UTF-8 zoals de rest en is gelezen als Windows-1252; controleer de letters (é, €) op die tekstregel.`,
  "amount.notFinite": (shown) => `Geen eindig getal: ${shown}`,
  "amount.badGrouping": (shown) => `Scheidingstekens staan niet op de plaats van duizendtallen: "${shown}"`,
  "amount.twoSigns": (shown) => `Meer dan één minteken: "${shown}"`,
  "amount.notAnAmount": (shown) => `Geen bedrag (waar/onwaar of datum): ${shown}`,
  "amount.notANumber": (shown) => `Geen bedrag: "${shown}"`,
  "amount.tooLarge": (shown) => `Groter dan een begroting kan bevatten (meer dan 10^15): ${shown}; niet meegeteld.`,

  "price.label": (label) => `Prijspeil: ${label}`,
  "price.help": "Het jaar waarvan de prijzen in het bedrag hierboven zitten. Met de indexering gaat het bedrag naar de prijzen van het begrotingsjaar; vult u een eigen bedrag in, zet dan ook het jaar van uw prijzen.",
  "price.source": (year) => `prijspeil van de bron hierboven (${year})`,
  "price.assumed": "het bedrag hierboven is een aanname in prijzen van dit jaar",
  "price.indexed": (label) => `${label}, in prijzen van het begrotingsjaar`,
  "price.budgetYear": "Begrotingsjaar",
  "price.budgetYearHelp": "Het eerste jaar van de meerjarenraming; de bedragen hierboven gaan naar de prijzen van dit jaar.",
  "price.budgetYearSource": (year) => `de begroting ${year}; zet hier uw eigen begrotingsjaar`,
  "price.year": "jaar",
  "price.indexation": "Indexering per jaar",
  "price.indexationUnit": "fractie per jaar (0,02 = 2%)",
  "price.indexationHelp": "Prijsstijging per jaar waarmee een bedrag van zijn prijspeil naar het begrotingsjaar gaat. Gebruik de loon- en prijsindex uit uw eigen begroting.",
  "price.indexationNote": "geen bron voor een raming van de prijsstijging; bij 0 blijven bedragen op hun prijspeil",

  "check.indexationZero": (years, budgetYear) =>
    `De indexering staat op 0, terwijl bedragen prijspeil ${years} hebben: ze tellen in ${budgetYear} zonder prijsstijging mee. Vul de loon- en prijsindex uit uw begroting in.`,
  "check.ceilingBelowRate": (who) =>
    `Het plafond (${who}) ligt onder de huidige participatiegraad, dus de ruimte is 0. Gebruiken beide cijfers dezelfde CBS-definitie? Het essay (vrouwen rond 60%, mannen 70–80%) telt werk vanaf 12 uur per week; de cijfers van 2019 volgen de nieuwe, ruimere definitie en liggen hoger.`,
  "check.pointsPerYear": (who, points) =>
    `De stijging per jaar (${who}) is meer dan ${points} procentpunt. De participatie van vrouwen steeg 1990–2010 met ongeveer 1,5 procentpunt per jaar. Procentpunten zijn fracties: 0,5 procentpunt is 0,005.`,
  "check.women": "vrouwen",
  "check.men": "mannen",
};
