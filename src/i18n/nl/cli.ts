// De teksten van de opdrachtregel (Nederlands). De Engelse tweeling is ../en/cli.ts.

import type { cli as en } from "../en/cli";
import type { Mirror } from "../shape";
import { risicos } from "./risk";

export const cli: Mirror<typeof en> = {
  "cli.usage": (version) => `begrotingslab ${version} — de modellen van Allers (2017) voor begrotingen, zonder Excel.

Gebruik: begrotingslab <opdracht> [opties]

Opdrachten:
  eval F1 [F2 ...]   formules met de BL-functies uitrekenen
  check BESTAND      een begroting toetsen: staat elke begrotingsregel op het juiste bestuursniveau?
  template MODEL     een scenariowerkmap voor een model schrijven (--out BESTAND.xlsx)
  export BESTAND     een werkmap met alleen waarden voor de raad schrijven (--out BESTAND.xlsx)
  risk BESTAND       de risicosimulatie van een risicoregister: de weerstandscapaciteit bij 90% zekerheid
  functions          de BL-functies opsommen
  docs               de functiereferentie tonen (Markdown)

Opties bij elke opdracht: --lang nl|en, --help
De taal volgt LC_ALL, LC_MESSAGES of LANG (nl_NL… geeft Nederlands), tenzij --lang iets anders zegt.
"begrotingslab <opdracht> --help" toont de opties van een opdracht.
`,
  "cli.unknownCommand": (name) => `Onbekende opdracht: ${name}`,
  "cli.unexpected": (detail) => `Er ging iets mis: ${detail}`,
  "cli.unknownOption": (name) => `Onbekende optie: --${name}`,
  "cli.singleDash": (arg, name) => `Onbekende optie: ${arg}. Opties beginnen met twee streepjes: --${name}.`,
  "cli.noValueAllowed": (name) => `Optie --${name} neemt geen waarde.`,
  "cli.needsValue": (name) => `Optie --${name} mist een waarde.`,
  "cli.badChoice": (name, value, choices) => `Optie --${name} kent geen waarde "${value}"; kies uit ${choices}.`,

  "cli.eval.help": `Gebruik: begrotingslab eval [--lang nl|en] [--json] [--file BESTAND] F1 [F2 ...]

Rekent elke formule uit in de ingebouwde rekenmachine, elk op een eigen blad.
De schrijfwijze is onafhankelijk van de taal: "," tussen argumenten, "." als
decimaalteken, {1;2;3} voor een kolom en {1,2;3,4} voor een 2×2-matrix. Met
--lang nl gelden de Nederlandse functienamen (BL.VVE.ALGEMEEN) en zijn kopjes
en meldingen Nederlands; dan werkt ook een formule uit het Nederlandse Excel,
met ";" tussen argumenten en een decimale komma: =BL.VVE.ALGEMEEN(1200; 0,15; 8100).

  --json           één JSON-array: per formule een getal, tekst, logische waarde,
                   een 2D-array (met kopregel) of {"error": "#VALUE!", "message": "..."}
  --file BESTAND   formules uit BESTAND lezen, één per tekstregel (tekstregels met # worden overgeslagen)

Afsluitcode: 0 als elke formule een waarde geeft, 1 als een formule een
foutwaarde geeft (de fout en de melding worden hoe dan ook getoond), 2 bij een
verkeerde aanroep.

Voorbeeld: begrotingslab eval --lang nl "=BL.REVOLVEREND.KAPITAAL(1000000, 10, 0.1)"
`,
  "cli.eval.noFormula": "Geef ten minste één formule. Zie: begrotingslab eval --help",
  "cli.eval.fileMissing": (file) => `Kan bestand "${file}" niet lezen: het bestaat niet.`,
  "cli.eval.fileIsFolder": (file) => `Kan "${file}" niet lezen: dat is een map, geen bestand met formules.`,
  "cli.eval.fileUnreadable": (file, code) => `Kan bestand "${file}" niet lezen (${code}).`,
  "cli.eval.errors": (n, total) => `${n} van de ${total} formules ${n === 1 ? "gaf" : "gaven"} een foutwaarde.`,

  "cli.functions.help": "Gebruik: begrotingslab functions [--lang nl|en] [--json]\n\nSomt alle BL-functies op met hun argumenten; optionele tussen [haken].\n",
  "cli.docs.help": "Gebruik: begrotingslab docs [--write README.md]\n\nToont de functiereferentie uit de catalogus, of schrijft die in de README tussen\nde markeringen.\n",
  "cli.docs.cannotRead": (path) => `Kan ${path} niet lezen.`,
  "cli.docs.noMarkers": (path) => `${path} heeft geen markeringen voor de referentie.`,

  "cli.check.help": `Gebruik: begrotingslab check BESTAND [--sheet NAAM] [--amount KOLOM]
                               [--owner gemeente|provincie|rijk|waterschap] [--rules BESTAND]
                               [--lang nl|en] [--json] [--out UITKOMST.xlsx]

Leest een begroting (.xlsx, .xlsm, .csv, .txt of .tsv) en toetst elke begrotingsregel: staat die op
het juiste bestuursniveau (Rijk, provincie, gemeente, waterschap, of helemaal
geen overheidstaak)? Toont de gemarkeerde begrotingsregels met de reden en een
samenvatting per oordeel.

  --sheet NAAM      alleen dit blad (standaard: elk blad met een begroting)
  --amount KOLOM    de kolom met de bedragen: haar kop ("Begroting 2026") of haar
                    letter (D); in een tabel die uit een pdf is geplakt de naam die de kop
                    geeft aan een van de bedragen aan het eind van elke tekst ("Baten");
                    zonder deze optie kiest de toets er een en zegt welke
  --owner WIE       wiens begroting dit is; een kolom "Niveau", "Overheid" of
                    "Bestuurslaag" in het blad bepaalt het per begrotingsregel; zonder
                    beide de overheid die de titel noemt ("Provincie X"), anders gemeente
  --rules BESTAND   eigen toetsregels (.xlsx met een blad "Regels"/"Rules", of .csv):
                    kolommen patroon, taakveld, categorie of oordeel, niveau, toelichting.
                    Een blad "Regels" in de begroting zelf wordt ook gelezen, en wat
                    de toetsregels daarvan veranderen wordt gemeld.
  --no-workbook-rules  laat een blad "Regels" in de begroting zelf weg (die toetsregels
                    schreef de maker van de werkmap, niet u)
  --json            één JSON-array, één object per begrotingsregel
  --out BESTAND     een kopie van de werkmap met een nieuw blad "Niveaucheck" met de
                    uitkomsten en koppelingen naar de rijen, en daaronder wat niet (volledig)
                    gelezen is; alles van uw werkmap (bladen, grafieken, opmerkingen,
                    pagina-instelling) blijft byte voor byte zoals het was
  --force           laat --out een bestaand bestand vervangen (nooit de begroting zelf)
`,
  "cli.check.oneFile": "Geef precies één begrotingsbestand.",
  "cli.check.badOwner": (value) => `--owner moet gemeente, provincie, rijk of waterschap zijn, niet "${value}".`,
  "cli.check.ruleSkipped": (message) => `Toetsregel overgeslagen: ${message}`,
  "cli.check.noLines": (file, sheet, row) =>
    `${file}, blad "${sheet}": na de kopregel op rij ${row} volgen geen begrotingsregels, dus er valt niets te toetsen.`,
  "cli.check.title": (file, sheet, owner) => `Niveaucheck van ${file}, blad "${sheet}" (eigenaar: ${owner})`,
  "cli.check.titleBeside": (file, sheet, columns, owner) => `Niveaucheck van ${file}, blad "${sheet}", de tweede tabel ernaast in de kolommen ${columns} (eigenaar: ${owner})`,
  "cli.check.tables": (tables, sheets, lines) => `${tables} begrotingstabellen op ${sheets} ${sheets === 1 ? "blad" : "bladen"} getoetst, samen ${lines} begrotingsregels.`,
  "cli.check.read": (lines, row) => `${lines} begrotingsregel${lines === 1 ? "" : "s"} gelezen vanaf rij ${row}`,
  "cli.check.ownerFromTitle": (organisation) => `eigenaar uit de titel "${organisation}" (anders: --owner)`,
  "cli.check.passedOver": (sheets) => `Ook gelezen, maar niet gecontroleerd: ${sheets} (geen kopregel noemt de kolommen; controleer het met --sheet).`,
  "cli.check.columnsByContent": (description, amount) =>
    `geen kopregel noemt de kolommen: omschrijvingen gelezen uit kolom ${description} en bedragen uit kolom ${amount}, gekozen op wat ze bevatten (klopt dat niet, zet dan "Omschrijving" en "Bedrag" boven de kolommen)`,
  "cli.check.descriptionByContent": (description) =>
    `geen kopregel noemt de kolommen en geen kolom bevat bedragen: omschrijvingen gelezen uit kolom ${description}, gekozen op wat hij bevat (klopt dat niet, zet dan "Omschrijving" boven de juiste kolom)`,
  "cli.check.sheets": (sheets, lines) => `${sheets} begrotingsbladen getoetst, samen ${lines} begrotingsregels.`,
  "cli.check.amountsFrom": (header) => `bedragen uit kolom "${header}"`,
  "cli.check.costTypeFrom": (column) => `kostensoort uit kolom ${column} (een post geboekt als belasting, algemene uitkering of reservemutatie telt als die, welke kostenplaats ook)`,
  "cli.check.unit": (unit) => `bedragen ${unit}`,
  "cli.check.userRules": (n) => `${n} eigen toetsregels`,
  "cli.check.flagged": (n) => (n === 0 ? "Gemarkeerde begrotingsregels (0): geen, er is geen post om naar te kijken." : `Gemarkeerde begrotingsregels (${n}):`),
  "cli.check.summary": "Samenvatting per oordeel",
  "cli.check.summaryNote": (n) =>
    n === 1 ? " (de ene totaal- of subtotaalregel telt niet mee, in aantallen noch in bedragen)" : ` (de ${n} totaal- en subtotaalregels tellen niet mee, in aantallen noch in bedragen)`,
  "cli.check.problems": (n) => `Niet (volledig) gelezen begrotingsregels (${n}):`,
  "cli.check.written": (out, sheet) => `Uitkomsten geschreven naar ${out} (blad "${sheet}").`,

  // Regels die de werkmap zelf meebrengt: de maker schreef ze, dus hun effect wordt uitgeschreven.
  "cli.check.workbookRules": (sheet, state, rules, lines, changes) =>
    `LET OP: het eigen blad "${sheet}"${state} van de werkmap bevat ${rules} toetsregel${rules === 1 ? "" : "s"}, toegepast in deze toets; ` +
    (lines === 0 ? "ze veranderden geen enkel oordeel." : `ze veranderden het oordeel van ${lines} begrotingsregel${lines === 1 ? "" : "s"}: ${changes}.`) +
    ` Toetsen zonder deze toetsregels: --no-workbook-rules.`,
  "cli.check.workbookRules.hidden": " (verborgen)",
  "cli.check.workbookRules.veryHidden": " (zeer verborgen: Excel toont het zelfs niet bij Zichtbaar maken)",
  "cli.check.workbookRules.change": (count, from, to) => `${count} van ${from} naar ${to}`,

  "cli.export.help": `Gebruik: begrotingslab export BESTAND.xlsx --out RAAD.xlsx [--municipality NAAM] [--lang nl|en]

Laadt een scenariowerkmap (gemaakt met "begrotingslab template") in de
ingebouwde rekenmachine, rekent elk opgeslagen scenario van elk scenarioblad
door en schrijft een nieuwe werkmap voor de raad met alleen waarden — die opent
zonder invoegtoepassing en print op A4: de invoer van het getoonde scenario, de
scenario's naast elkaar met verschillen ten opzichte van "Basis" en een
staafdiagram, een samenvatting per oordeel van de niveaucheck als de werkmap
uitkomsten bevat (een blad "Niveaucheck" of uitkomstkolommen naast de
begroting), de paragraaf weerstandsvermogen als de werkmap een risicoregister
bevat (gemaakt met "begrotingslab template risico": de benodigde en beschikbare
capaciteit, de ratio en klasse, de grootste risico's en een histogram), en een
blad "Herkomst" (elke invoer met eenheid en bron, aannames gemarkeerd, de
scenarionamen, de bronbegroting, het startgetal en de runs van de simulatie, de
versie van de invoegtoepassing en de datum).

  --out BESTAND          de werkmap voor de raad (.xlsx)
  --force                laat --out een bestaand bestand vervangen (nooit de scenariowerkmap zelf)
  --municipality NAAM    de naam in de paginakoppen (standaard: gelezen uit de begroting)
  --lang nl              Nederlandse bladnamen, kopjes en meldingen
`,
  "cli.export.oneWorkbook": "Geef precies één werkmap.",
  "cli.export.written": (out) => `Werkmap voor de raad geschreven naar ${out} (alleen waarden, af te drukken op A4).`,
  "cli.export.scenarios": "Scenario's:",
  "cli.export.templateLine": (title, sheet, scenarios) => `  ${title} (blad "${sheet}"): ${scenarios}`,
  "cli.export.levelCheck": (lines, sheet) => `Niveaucheck samengevat: ${lines} begrotingsregels van blad "${sheet}".`,
  "cli.export.risk": (risks, sheet, capacity, certainty, runs, seed) =>
    `Paragraaf weerstandsvermogen: ${risicos(risks)} van blad "${sheet}", benodigde weerstandscapaciteit ${capacity} bij ${certainty} zekerheid (${runs} runs, startgetal ${seed}).`,

  "cli.template.help": (models) => `Gebruik: begrotingslab template MODEL --out BESTAND.xlsx [--lang nl|en]

Schrijft een scenariowerkmap voor één model: een blad met benoemde invoer
(eenheid, toelichting, een standaardwaarde met bron; waarden zonder bron zijn
gemarkeerd "aanname — vul uw eigen cijfer in"), de uitkomsten als BL-formules
op die invoer, een vergelijkingsblad en een verborgen blad "_scenarios" met het
scenario "Basis". Formules staan er met Engelse functienamen in, zoals
xlsx-bestanden ze opslaan, met de uitkomsten erbij zodat het bestand getallen
toont vóór herberekening.

Modellen:
${models}

  --out BESTAND   de werkmap om te schrijven (.xlsx)
  --force         laat --out een bestaand bestand vervangen
  --lang nl       Nederlandse kopjes, toelichting en bladnamen
`,
  "cli.template.oneModel": "Geef precies één model.",
  "cli.template.unknownModel": (model, models) => `Onbekend model "${model}". Kies uit: ${models}.`,
  "cli.template.written": (out, sheet, comparison) =>
    `Werkmap ${out} geschreven: blad "${sheet}", blad "${comparison}" en scenario "Basis".\nUitkomsten met de standaardwaarden:`,

  "cli.needOut": "Geef het uitvoerbestand met --out BESTAND.xlsx.",
  "cli.outMustBeXlsx": (out) => `Uitvoer "${out}" moet op .xlsx eindigen.`,
  "cli.template.checks": "Let op bij deze invoer:",
  "cli.export.check": (scenario, sheet, message) => `Let op, scenario "${scenario}" (${sheet}): ${message}`,
};
