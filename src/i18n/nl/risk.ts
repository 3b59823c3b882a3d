// De teksten van de risicosimulatie (Nederlands): klassen, de velden van een
// risico, het register, de opdrachtregel en het taakvenster. Engels: ../en/risk.ts.

import type { risk as en } from "../en/risk";
import type { Mirror } from "../shape";

/** "1 risico", "2 risico's". */
export const risicos = (n: number): string => (n === 1 ? "1 risico" : `${n} risico's`);

export const risk: Mirror<typeof en> = {
  "risk.grade.A": "uitstekend",
  "risk.grade.B": "ruim voldoende",
  "risk.grade.C": "voldoende",
  "risk.grade.D": "matig",
  "risk.grade.E": "onvoldoende",
  "risk.grade.F": "ruim onvoldoende",

  "risk.field.probability": "Kans dat het risico optreedt.",
  "risk.field.amount": "Bedrag als het risico optreedt.",
  "risk.field.minimum": "Laagste bedrag van de bandbreedte.",
  "risk.field.most_likely": "Meest waarschijnlijke bedrag van de bandbreedte.",
  "risk.field.maximum": "Hoogste bedrag van de bandbreedte.",
  "risk.field.mean": "Gemiddelde van de normale verdeling vóór de grenzen.",
  "risk.field.sd": "Standaardafwijking van de normale verdeling.",
  "risk.field.certainty": "Zekerheidsniveau van de capaciteit.",
  "risk.field.runs": "Aantal simulatieruns; 0 voor automatisch.",
  "risk.field.seed": "Startgetal van de toevalsgetallen.",

  "risk.class.zeerKlein": "zeer klein",
  "risk.class.klein": "klein",
  "risk.class.middel": "middel",
  "risk.class.groot": "groot",
  "risk.class.zeerGroot": "zeer groot",

  "risk.register.value": (row, problem) => `Rij ${row}: ${problem} Het risico telt niet mee.`,
  "risk.register.noProbability": (row) => `Rij ${row}: geen kans; het risico telt niet mee.`,
  "risk.register.noAmount": (row) => `Rij ${row}: geen bedrag (één bedrag, of een minimum en een maximum); het risico telt niet mee.`,
  "risk.register.notAClass": (row, value, column) =>
    `Rij ${row}: "${value}" in kolom ${column} is geen percentage en geen kansklasse (zeer klein, klein, middel, groot, zeer groot); het risico telt niet mee.`,
  "risk.register.notAnAmount": (row, value, column) => `Rij ${row}: "${value}" in kolom ${column} is geen bedrag; het risico telt niet mee.`,
  "risk.register.errorCell": (row, value, column) => `Rij ${row}: kolom ${column} bevat de foutwaarde ${value}; herstel eerst die cel. Het risico telt niet mee.`,

  "risk.file.noRegister": (file, rows, sheets) =>
    `Geen risicoregister gevonden in ${file}: de eerste ${rows} rijen van geen enkel blad hebben een kopregel met een kolom voor het risico, de kans en het bedrag${sheets ? ` (bladen: ${sheets})` : ""}.`,

  "cli.risk.help": `Gebruik: begrotingslab risk BESTAND [--certainty 0.9] [--runs N] [--seed S] [--available BEDRAG]
                            [--sheet NAAM] [--lang nl|en] [--json] [--out UITKOMST.xlsx] [--force]

Leest een risicoregister (.xlsx of .csv) en voert de risicosimulatie van de
paragraaf weerstandsvermogen uit: de benodigde weerstandscapaciteit bij de
zekerheid, de eenvoudige som, P50/P90/P95, het aandeel van elk risico in de
capaciteit, en met een beschikbare capaciteit de ratio en de klasse (A–F,
schaal van het NAR).

Het register heeft een kolom voor het risico, de kans (een percentage, een
fractie of een klasse: zeer klein, klein, middel, groot, zeer groot) en het
bedrag (één kolom, of minimum / meest waarschijnlijk / maximum voor een
bandbreedte); desgewenst programma, structureel of incidenteel, en een
correlatiegroep (risico's die samen optreden). Kopjes mogen Nederlands of
Engels zijn. Een blad "Kansklassen" geeft het percentage per klasse; een blad
"Weerstandscapaciteit" somt de beschikbare capaciteit op.
Een voorbeeld maakt u met: begrotingslab template risico --out register.xlsx

  --certainty Z   de zekerheid van de capaciteit, groter dan 0 en kleiner dan 1 (standaard 0.9)
  --runs N        aantal simulatieruns (standaard: automatisch, tot stabiel op 0,5%, ten hoogste 1.000.000)
  --seed S        startgetal van de toevalsgetallen, een geheel getal (standaard 1);
                  hetzelfde startgetal geeft op elke computer dezelfde cijfers
  --available B   de beschikbare weerstandscapaciteit, in de eenheid van het register
                  (standaard: het totaal van het blad "Weerstandscapaciteit", als dat er is)
  --sheet NAAM    het blad met het register (standaard: het eerste met een registerkopregel)
  --json          één JSON-object: capacity, certainty, sum, p50, p90, p95, runs, seed,
                  standardError, ratio en grade als er een capaciteit is, risks
  --out BESTAND   een werkmap met de uitkomsten en een histogram
  --force         laat --out een bestaand bestand vervangen (nooit het register zelf)
`,
  "cli.risk.oneFile": "Geef precies één risicoregister.",
  "cli.risk.badNumber": (flag, value) => `--${flag} verwacht een getal; gegeven is "${value}".`,
  "cli.risk.noRisks": (file, sheet, row) => `${file}, blad "${sheet}": onder de kopregel op rij ${row} staat geen risico dat gelezen kon worden.`,
  "cli.risk.title": (file, sheet) => `Risicosimulatie van ${file}, blad "${sheet}"`,
  "cli.risk.read": (n, row, fixed, ranges) => `${risicos(n)} gelezen onder de kopregel op rij ${row}: ${fixed} met één bedrag, ${ranges} met een bandbreedte.`,
  "cli.risk.skipped": (headings, totals) => `Overgeslagen: ${headings} rijen met alleen tekst, ${totals} totaalrijen.`,
  "cli.risk.percent": "De kolom met de kans bevat hele percentages (30 is 30%).",
  "cli.risk.classesSheet": (list, sheet) => `Kansklassen zoals het blad "${sheet}" ze geeft: ${list}.`,
  "cli.risk.classesDefault": (list) =>
    `Kansklassen gerekend als ${list}: de bovengrens van elke klasse, 90% voor zeer groot (een aanname; geef uw eigen percentages in een blad "Kansklassen").`,
  "cli.risk.unit": (unit) => `Bedragen ${unit}.`,
  "cli.risk.groups": (n, risks) =>
    n === 1 ? `${risks} risico's in 1 correlatiegroep treden samen op.` : `${risks} risico's in ${n} correlatiegroepen treden binnen hun groep samen op.`,
  "cli.risk.capacity": (certainty, amount) => `Benodigde weerstandscapaciteit bij ${certainty} zekerheid: ${amount}`,
  "cli.risk.precision": (se, runs, seed) => `  standaardfout ${se}; ${runs} runs, startgetal ${seed}`,
  "cli.risk.notConverged": (runs) => `  na ${runs} runs niet stabiel op 0,5%: de standaardfout zegt hoever de capaciteit ernaast kan zitten`,
  "cli.risk.sum": (amount) => `Eenvoudige som (elk risico maximaal): ${amount}`,
  "cli.risk.expected": (amount) => `Verwachte waarde: ${amount}`,
  "cli.risk.percentiles": (p50, p90, p95) => `P50 ${p50}, P90 ${p90}, P95 ${p95}`,
  "cli.risk.available": (amount, source) => `Beschikbare weerstandscapaciteit: ${amount} (${source})`,
  "cli.risk.availableFlag": "opgegeven met --available",
  "cli.risk.availableSheet": (sheet, lines) => `blad "${sheet}", ${lines} posten`,
  "cli.risk.noAvailable": `Geen beschikbare capaciteit: geef --available BEDRAG of een blad "Weerstandscapaciteit" voor de ratio en de klasse.`,
  "cli.risk.ratio": (ratio, grade, meaning) => `Ratio weerstandsvermogen: ${ratio}, klasse ${grade} (${meaning})`,
  "cli.risk.noRatio": "Ratio weerstandsvermogen: geen, geen enkel risico vraagt capaciteit.",
  "cli.risk.nature": (structural, incidental, unknown) => `Van de capaciteit: structurele risico's ${structural}, incidentele ${incidental}, niet aangegeven ${unknown}.`,
  "cli.risk.top": (n) => `Grootste risico's naar hun aandeel in de capaciteit (top ${n}):`,
  "cli.risk.col.row": "rij",
  "cli.risk.col.risk": "risico",
  "cli.risk.col.probability": "kans",
  "cli.risk.col.amount": "bedrag",
  "cli.risk.col.contribution": "bijdrage",
  "cli.risk.col.share": "aandeel",
  "cli.risk.problems": (n) => `Rijen die niet als risico gelezen zijn (${n}):`,
  "cli.risk.written": (out) => `Uitkomsten geschreven naar ${out}.`,
  "cli.template.riskWritten": (out, sheet, n) =>
    `Werkmap ${out} geschreven: blad "${sheet}" met een voorbeeldregister van ${n} risico's om te vervangen door uw eigen, de kansklassen en de beschikbare capaciteit. Voer uit: begrotingslab risk ${out}`,

  "risk.book.results": "Weerstandsvermogen",
  "risk.book.histogram": "Histogram",
  "risk.book.title": "Paragraaf weerstandsvermogen: de risicosimulatie",
  "risk.book.source": (file, sheet) => `Register: ${file}, blad "${sheet}"`,
  "risk.book.figure": "Kengetal",
  "risk.book.unit": (unit) => `Bedragen ${unit}`,
  "risk.book.value": "Waarde",
  "risk.book.capacity": (certainty) => `Benodigde weerstandscapaciteit (${certainty} zekerheid)`,
  "risk.book.se": "Standaardfout van de capaciteit",
  "risk.book.sum": "Eenvoudige som (elk risico maximaal)",
  "risk.book.expected": "Verwachte waarde",
  "risk.book.available": "Beschikbare weerstandscapaciteit",
  "risk.book.ratio": "Ratio weerstandsvermogen",
  "risk.book.grade": "Klasse (schaal van het NAR)",
  "risk.book.runs": "Runs",
  "risk.book.seed": "Startgetal",
  "risk.book.risks": "Risico's naar hun aandeel in de capaciteit",
  "risk.book.row": "Rij",
  "risk.book.risk": "Risico",
  "risk.book.programme": "Programma",
  "risk.book.probability": "Kans",
  "risk.book.maximum": "Bedrag (maximaal)",
  "risk.book.contribution": "Bijdrage aan de capaciteit",
  "risk.book.share": "Aandeel",
  "risk.book.band": "Klasse van het totaal",
  "risk.book.from": "Van",
  "risk.book.to": "Tot",
  "risk.book.count": "Runs",
  "risk.book.chart": "Gesimuleerd totaal van de risico's: runs per klasse van bedragen",
  "risk.book.method": (runs, seed) =>
    `Monte-Carlosimulatie, ${runs} runs in Latin-hypercube-reeksen, startgetal ${seed}; hetzelfde startgetal geeft dezelfde cijfers. Begrotingslab.`,
  "risk.book.gradeText": (grade, meaning) => `${grade} (${meaning})`,

  "pane.risk.title": "Risico's en weerstandsvermogen",
  "pane.risk.intro":
    "Simuleer het risicoregister voor de paragraaf weerstandsvermogen: de benodigde capaciteit bij 90% zekerheid, de ratio met de beschikbare capaciteit en de klasse.",
  "pane.risk.insert": "Risicoregister invoegen",
  "pane.risk.inserted": (sheet) => `Het risicoregister is ingevoegd op blad "${sheet}": vervang de voorbeeldrisico's door die van uw gemeente.`,
  "pane.risk.certainty": "Zekerheid",
  "pane.risk.runs": "Runs (leeg: automatisch)",
  "pane.risk.seed": "Startgetal",
  "pane.risk.available": "Beschikbare capaciteit (leeg: uit het blad)",
  "pane.risk.run": "Simuleren",
  "pane.risk.done": (n, runs, sheet) => `${risicos(n)} van blad "${sheet}" gesimuleerd in ${runs} runs.`,
  "pane.risk.noRegister":
    "Geen risicoregister gevonden: een blad met een kolom voor het risico, de kans en het bedrag. Voeg er een in met Risicoregister invoegen.",
  "pane.risk.badNumber": (field, value) => `${field}: "${value}" is geen getal.`,
  "pane.risk.capacity": (certainty) => `Benodigde weerstandscapaciteit (${certainty} zekerheid)`,
  "pane.risk.se": "Standaardfout",
  "pane.risk.sum": "Eenvoudige som (elk risico maximaal)",
  "pane.risk.expected": "Verwachte waarde",
  "pane.risk.availableRow": "Beschikbare weerstandscapaciteit",
  "pane.risk.ratio": "Ratio weerstandsvermogen",
  "pane.risk.grade": "Klasse",
  "pane.risk.gradeText": (grade, meaning) => `${grade} (${meaning})`,
  "pane.risk.noAvailable": "Geen beschikbare capaciteit: vul die hier in, of voeg een blad Weerstandscapaciteit toe, voor de ratio en de klasse.",
  "pane.risk.figures": "Kengetallen van de simulatie",
  "pane.risk.histogram": "Gesimuleerd totaal van de risico's",
  "pane.risk.histogramBar": (from, to, count) => `${from} tot ${to}: ${count} runs`,
  "pane.risk.marker": (amount) => `de capaciteit, ${amount}`,
  "pane.risk.top": "Grootste risico's naar hun aandeel in de capaciteit",
  "pane.risk.col.risk": "Risico",
  "pane.risk.col.probability": "Kans",
  "pane.risk.col.contribution": "Bijdrage",
  "pane.risk.col.share": "Aandeel",
  "pane.risk.problems": (n) => `Rijen die niet als risico gelezen zijn (${n})`,

  "pane.unc.title": "Onzekerheid: bandbreedtes op de invoer",
  "pane.unc.intro":
    "Geef invoer een bandbreedte (laag en hoog; de waarde op het blad is de meest waarschijnlijke) en reken het model door met de simulatie: P10, P50 en P90 van elke uitkomst, en welke invoer de spreiding drijft.",
  "pane.unc.input": "Invoer",
  "pane.unc.value": "Meest waarschijnlijk",
  "pane.unc.low": "Laag",
  "pane.unc.high": "Hoog",
  "pane.unc.run": "Simuleer de bandbreedtes",
  "pane.unc.noRanges": "Geef ten minste één invoer een lage en een hoge waarde.",
  "pane.unc.badRange": (input) => `${input}: laag en hoog moeten getallen zijn.`,
  "pane.unc.done": (runs) => `${runs} runs; de bandbreedtes zijn in de werkmap bewaard.`,
  "pane.unc.output": "Uitkomst",
  "pane.unc.spread": "Spreiding van de uitkomsten",
  "pane.unc.histogram": (output) => `Verdeling van ${output}`,
  "pane.unc.histogramFor": "Histogram en drijvers van",
  "pane.unc.drivers": (output) => `Wat de spreiding van ${output} drijft`,
  "pane.unc.driversNote": "Het verschil in de uitkomst tussen de runs met de invoer in het hoogste en in het laagste tiende, grootste eerst, zoals in de tornado.",
  "pane.unc.swing": "Uitslag",
  "pane.unc.failed": (n) => `${n} runs gaven geen getal en zijn weggelaten.`,

  "risk.council.figures": "Weerstandsvermogen",
  "risk.council.histogram": "Histogram risico's",
  "risk.council.register": "Risicoregister (blad)",
  "risk.council.risks": "Gesimuleerde risico's",
  "risk.council.runs": "Runs van de simulatie",
  "risk.council.seed": "Startgetal van de simulatie",
  "risk.council.scenario": "Paragraaf weerstandsvermogen",

  "risk.tpl.sheet": "Risicoregister",
  "risk.tpl.classSheet": "Kansklassen",
  "risk.tpl.capacitySheet": "Weerstandscapaciteit",
  "risk.tpl.title": "Risicoregister voor de paragraaf weerstandsvermogen",
  "risk.tpl.intro":
    "Een voorbeeldregister van 20 risico's: vervang ze door die van uw gemeente. Kans als percentage of als klasse (zie het blad Kansklassen); bedrag als één bedrag, of als minimum, meest waarschijnlijk en maximum voor een bandbreedte. Risico's met dezelfde correlatiegroep treden samen op. Bedragen in euro's.",
  "risk.tpl.no": "Nr.",
  "risk.tpl.risk": "Risico",
  "risk.tpl.programme": "Programma",
  "risk.tpl.probability": "Kans",
  "risk.tpl.amount": "Bedrag",
  "risk.tpl.minimum": "Minimum",
  "risk.tpl.mostLikely": "Meest waarschijnlijk",
  "risk.tpl.maximum": "Maximum",
  "risk.tpl.nature": "Structureel/incidenteel",
  "risk.tpl.group": "Correlatiegroep",
  "risk.tpl.structural": "structureel",
  "risk.tpl.incidental": "incidenteel",
  "risk.tpl.outcome": "Uitkomst",
  "risk.tpl.capacity": "Benodigde weerstandscapaciteit (90% zekerheid)",
  "risk.tpl.sum": "Eenvoudige som van de bedragen",
  "risk.tpl.available": "Beschikbare weerstandscapaciteit",
  "risk.tpl.ratio": "Ratio weerstandsvermogen",
  "risk.tpl.grade": "Klasse (schaal van het NAR)",
  "risk.tpl.formulaNote":
    "Deze cellen rekenen met de kolom Bedrag en kansen als percentage. De opdrachtregel (begrotingslab risk) en het taakvenster lezen ook bandbreedtes en klassen.",
  "risk.tpl.class": "Klasse",
  "risk.tpl.upTo": "Tot en met",
  "risk.tpl.taken": "Gehanteerd percentage",
  "risk.tpl.classSource":
    "Klassegrenzen zoals gemeenten ze publiceren (een gemeentelijke risicoparagraaf, 2022; docs/SOURCES.md). Het gehanteerde percentage binnen elke klasse is een aanname (de bovengrens, 90% voor zeer groot): vul uw eigen percentages in.",
  "risk.tpl.description": "Omschrijving",
  "risk.tpl.total": "Totaal",
  "risk.tpl.capacityNote": "Voorbeeldcijfers: vervang ze door uw eigen reserves, onbenutte belastingcapaciteit en post onvoorzien.",
  "risk.tpl.example": "voorbeeld",
};
