// Generates the example budgets in examples/ (fictional: gemeente Lindewaard,
// provincie Zuiderkwartier; amounts × €1.000). The files are committed; run this
// only to change them. From the repository root:
//
//   npx tsc scripts/make-examples.ts --outDir .run/make-examples --rootDir . \
//     --module commonjs --target ES2022 --esModuleInterop --skipLibCheck --types node \
//     --strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes
//   NODE_PATH="$PWD/node_modules" node .run/make-examples/scripts/make-examples.js
//
// (The project has no ts-node, and jest is for tests, not for producing files;
// NODE_PATH lets the compiled copy in /tmp find exceljs in this repository.)
//
// The output is deterministic except for the xlsx container's timestamps; the
// script reads every file back with src/budget and checks that the csv and the
// xlsx give the same lines.

import { promises as fsp } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { isBudgetError, readBudgetFile, readRulesFile } from "../io/budget-files";

type Code = string | number;
/** [taakveld, description, lasten, baten] in thousands of euros. */
type Line = readonly [Code, string, number, number];
interface Programme {
  readonly title: string;
  readonly lines: readonly Line[];
}

// Taakveld codes are text as most budgets type them ("6.71a", "0.1"); a few are
// numbers, as Excel stores "2.1" or "0.10" typed without a leading apostrophe —
// 0.10 Mutaties reserves then arrives as the number 0.1, a known trap.
const LINDEWAARD: readonly Programme[] = [
  {
    title: "Programma 1 Bestuur en dienstverlening",
    lines: [
      ["0.1", "Gemeenteraad en raadscommissies", 1042, 0],
      ["0.1", "Raadsgriffie", 612, 0],
      ["0.1", "College van burgemeester en wethouders", 1385, 0],
      ["0.1", "Pensioenen en wachtgelden (ex-)wethouders", 498, 35],
      ["0.1", "Rekenkamercommissie", 64, 0],
      ["0.1", "Regionale samenwerking Zuiderkwartier (regiodeal)", 145, 0],
      ["0.1", "Communicatie en participatie inwoners", 388, 0],
      ["0.1", "Representatie en gemeentelijke onderscheidingen", 41, 0],
      ["0.1", "Accountantscontrole", 186, 0],
      ["0.1", "Jongerenraad en kinderburgemeester", 12, 0],
      ["0.1", "Stedenband Lindewaard–Wrocław", 14, 0],
      ["0.1", "Burgerpanel en wijkgesprekken", 36, 0],
      ["0.1 Bestuur", "Ombudsfunctie en klachtbehandeling", 52, 0],
      ["0.2", "Reisdocumenten: paspoorten en identiteitskaarten", 712, 498],
      ["0.2", "Rijbewijzen", 214, 188],
      ["0.2", "Basisregistratie personen (BRP)", 356, 21],
      ["0.2", "Verkiezingen Tweede Kamer", 142, 0],
      ["0.2", "Burgerlijke stand en huwelijksvoltrekkingen", 178, 96],
      ["0.2", "Naturalisatieceremonies", 18, 24],
      ["0.2", "Klantcontactcentrum en digitale dienstverlening", 988, 0],
      ["0.2", "Uittreksels en verklaringen omtrent gedrag", 44, 38],
      ["0.3", "Verhuur maatschappelijk vastgoed", 412, 538],
      ["0.3", "Onderhoud voormalige schoolgebouwen", 96, 44],
      ["0.3", "Verkoop snippergroen", 12, 85],
      ["0.3", "Pachtgronden agrarisch", 18, 67],
      ["0.3", "Kapitaallasten gemeentelijk vastgoed", 344, 0],
      ["0.3", "Beheer gemeentelijke bossen en landgoed De Hooge Linde", 86, 22],
    ],
  },
  {
    title: "Programma 2 Veiligheid",
    lines: [
      ["1.1", "Bijdrage Veiligheidsregio Zuiderkwartier (brandweer en crisisbeheersing)", 2867, 0],
      ["1.1", "Bijdrage Veiligheidsregio: GHOR", 132, 0],
      ["1.1", "Kapitaallasten brandweerkazerne Oudewaard", 142, 0],
      ["1.1", "Gemeentelijke crisisorganisatie en oefeningen", 58, 0],
      ["1.1", "Bluswatervoorziening", 33, 0],
      ["1.1", "Brandpreventie en risicobeheersing", 64, 0],
      ["1.1", "Bijdrage Veiligheidsregio: meldkamer brandweer", 58, 0],
      ["1.2", "Integraal veiligheidsbeleid", 286, 0],
      ["1.2", "Boa's en toezicht openbare ruimte", 744, 48],
      ["1.2", "Cameratoezicht centrum", 97, 0],
      ["1.2", "Aanpak ondermijning en bijdrage RIEC", 118, 0],
      ["1.2", "Bestuurlijke handhaving en Wet Bibob", 38, 0],
      ["1.2", "Jeugdoverlast en straatcoaches", 166, 0],
      ["1.2", "Drank- en horecatoezicht", 84, 21],
      ["1.2", "Evenementenvergunningen (APV)", 72, 38],
      ["1.2", "Zorg- en veiligheidshuis", 73, 0],
      ["1.2", "Extra politie-inzet uitgaansgebied (gemeentelijke bijdrage)", 80, 0],
      ["1.2", "Buurtpreventie", 12, 0],
      ["1.2", "Dierenwelzijn en opvang zwerfdieren", 46, 0],
      ["1.2", "Huisverboden en aanpak huiselijk geweld", 42, 0],
    ],
  },
  {
    title: "Programma 3 Verkeer, vervoer en waterstaat",
    lines: [
      [2.1, "Onderhoud wegen, straten en pleinen", 4120, 120],
      [2.1, "Openbare verlichting", 689, 0],
      [2.1, "Gladheidsbestrijding", 402, 0],
      [2.1, "Verkeersveiligheid en verkeersmaatregelen", 311, 48],
      ["2.1", "Fietspaden en fietsparkeren", 526, 210],
      ["2.1", "Snelfietsroute Lindewaard–Oudewaard", 240, 120],
      ["2.1", "Kapitaallasten reconstructie Dorpsstraat", 318, 0],
      ["2.1", "Bruggen en civiele kunstwerken", 266, 0],
      ["2.1", "Straatreiniging", 742, 0],
      ["2.1", "Onderhoud onverharde wegen buitengebied", 188, 0],
      ["2.1", "Verkeersregelinstallaties (VRI's)", 96, 0],
      ["2.1", "Schoolzones en verkeerseducatie", 44, 0],
      ["2.1", "Laadpalen openbare ruimte: uitrol laadinfrastructuur", 184, 62],
      ["2.1", "Bijdrage reconstructie provinciale weg N712", 150, 0],
      ["2.1", "Beheer bermen en sloten langs wegen", 212, 0],
      ["2.1", "Kapitaallasten fietsbrug Lindekanaal", 96, 0],
      ["2.2", "Exploitatie parkeergarage Marktplein", 612, 845],
      ["2.2", "Parkeervergunningen en handhaving", 144, 210],
      ["2.2", "Parkeerautomaten betaald parkeren", 236, 0],
      ["2.2", "Parkeerverwijssysteem", 48, 0],
      ["2.3", "Passantenhaven Lindewaard", 128, 96],
      ["2.3", "Jachthaven Oude Sluis: onderhoud steigers", 44, 31],
      ["2.4", "Binnenhaven en loswal: onderhoud kademuren", 231, 88],
      ["2.4", "Baggeren Lindekanaal", 162, 0],
      ["2.5", "Buurtbus en regiotaxi", 346, 94],
      ["2.5", "Bijdrage vervoersautoriteit aanvullend openbaar vervoer", 82, 0],
      ["2.5", "Gratis openbaar vervoer voor ouderen (pilot)", 95, 0],
      ["2.5", "Fietsenstalling station", 71, 0],
      ["2.5", "Toegankelijkheid bushaltes", 64, 0],
    ],
  },
  {
    title: "Programma 4 Economie",
    lines: [
      ["3.1", "Economische zaken: accountmanagement bedrijven", 224, 0],
      ["3.1", "Stimuleringspakket lokale economie 2025", 650, 0],
      ["3.1", "Koopkrachtimpuls winkelcentra (cadeaubonnen)", 300, 0],
      ["3.1", "Arbeidsmarktimpuls: tijdelijke banen tijdens de laagconjunctuur", 400, 0],
      ["3.1", "Anticyclisch investeren: versneld groot onderhoud", 500, 0],
      ["3.1", "Innovatiefonds MKB Lindewaard", 500, 0],
      ["3.1", "Campus Lindewaard: bijdrage ontwikkeling Foodcampus", 420, 0],
      ["3.1", "Clusterprogramma maakindustrie Linde Valley", 275, 0],
      ["3.1", "Vestigingsklimaat en acquisitie", 133, 0],
      ["3.1", "Startersleningen ondernemers (revolverend fonds)", 250, 180],
      ["3.1", "Deelneming regionaal participatiefonds MKB", 250, 0],
      ["3.1", "Regionale arbeidsmarktagenda: om- en bijscholing", 140, 0],
      ["3.1", "Vacaturebank en loopbaancoaching werkenden", 85, 0],
      ["3.1", "Coworking-hub centrum", 48, 0],
      ["3.1", "Innovatievouchers ondernemers", 120, 0],
      ["3.1", "Economische visie en monitoring", 38, 0],
      ["3.2", "Bedrijventerreinen: grondexploitatie De Linde-Oost", 3240, 3650],
      ["3.2", "Revitalisering bedrijventerrein Vaartzicht", 410, 120],
      ["3.2", "Parkmanagement bedrijventerreinen", 62, 40],
      ["3.2", "Glasvezel buitengebied: bijdrage aanleg", 380, 0],
      ["3.2", "Kapitaallasten ontsluitingsweg bedrijventerrein De Linde-Oost", 210, 0],
      ["3.3", "Ondernemersloket en bedrijvenloket", 168, 0],
      ["3.3", "Weekmarkt en marktgelden", 96, 112],
      ["3.3", "Leges horeca- en exploitatievergunningen", 54, 61],
      ["3.3", "Centrummanagement en detailhandelsbeleid", 145, 0],
      ["3.3", "Ondernemersfonds (BIZ centrum)", 160, 160],
      ["3.4", "Citymarketing en promotie Lindewaard", 186, 0],
      ["3.4", "Toeristische informatiepunten (TIP)", 58, 12],
      ["3.4", "Toerisme en recreatie: promotie fiets- en wandelroutes", 74, 0],
      ["3.4", "Evenementen: Lindewaardse Zomerfeesten", 112, 0],
      ["3.4", "Bijdrage regionaal marketingbureau Zuiderkwartier", 92, 0],
    ],
  },
  {
    title: "Programma 5 Onderwijs",
    lines: [
      ["4.1", "Openbaar basisonderwijs: gemeentelijke taken bestuur op afstand", 48, 0],
      ["4.1", "Medegebruik gymzalen openbaar onderwijs", 36, 0],
      ["4.2", "Onderwijshuisvesting: kapitaallasten scholen", 2480, 0],
      ["4.2", "Nieuwbouw IKC De Bongerd (kapitaallasten)", 412, 0],
      ["4.2", "Extra lokalen en tijdelijke huisvesting leerlingengroei", 160, 0],
      ["4.2", "Gymlokalen onderwijs", 388, 52],
      ["4.2", "Eerste inrichting en onderwijsleerpakket", 38, 0],
      ["4.2", "Aanpassingen schoolgebouwen", 144, 0],
      ["4.2", "Kapitaallasten renovatie basisschool De Ark", 186, 0],
      ["4.3", "Leerlingenvervoer", 1320, 12],
      ["4.3", "Leerplicht en RMC-functie (voortijdig schoolverlaten)", 298, 112],
      ["4.3", "VVE: voor- en vroegschoolse educatie doelgroepkinderen", 1180, 0],
      ["4.3", "GOAB: onderwijsachterstandenbeleid", 1540, 1540],
      ["4.3", "Schakelklassen en zomerschool", 265, 0],
      ["4.3", "Klassenverkleining: extra leerkrachten groep 3 en 4", 350, 0],
      ["4.3", "Peuteropvang voor alle peuters (algemeen aanbod)", 420, 64],
      ["4.3", "Lokale educatieve agenda", 46, 0],
      ["4.3", "Volwasseneneducatie en taallessen (WEB)", 312, 296],
      ["4.3", "Taalhuis: aanpak laaggeletterdheid", 58, 0],
      ["4.3", "Huiswerkbegeleiding kinderen uit minimagezinnen", 46, 0],
      ["4.3", "Schoolmaatschappelijk werk", 212, 0],
      ["4.3", "Taalklassen nieuwkomers (NT2-onderwijs)", 142, 96],
      ["4.3", "Onderwijsachterstanden: extra uren voorschoolse educatie", 210, 0],
    ],
  },
  {
    title: "Programma 6 Sport, cultuur en recreatie",
    lines: [
      ["5.1", "Sportstimulering en buurtsportcoaches", 486, 220],
      ["5.1", "Subsidies sportverenigingen", 214, 0],
      ["5.1", "Jeugdsportfonds", 38, 0],
      ["5.1", "Sportakkoord Lindewaard", 56, 56],
      ["5.2", "Sporthal De Linde: exploitatie", 866, 342],
      ["5.2", "Zwembad De Wieken: exploitatiebijdrage", 1420, 610],
      ["5.2", "Sportvelden en kunstgrasvelden", 732, 198],
      ["5.2", "Kleedkamers sportpark Oudewaard", 88, 0],
      ["5.2", "Kapitaallasten sportaccommodaties", 512, 0],
      ["5.3", "Schouwburg De Vest", 1120, 380],
      ["5.3", "Muziekschool en cultuureducatie", 522, 0],
      ["5.3", "Cultuurparticipatie en amateurkunst", 148, 0],
      ["5.3", "Popcentrum De Kelder", 96, 18],
      ["5.3", "Filmhuis", 42, 0],
      ["5.3", "Kunst in de openbare ruimte", 24, 0],
      ["5.3", "Cultureel centrum De Lindeboom", 312, 44],
      ["5.4", "Stadsmuseum Lindewaard", 624, 96],
      ["5.4", "Museum De Oude Waag: subsidie", 84, 0],
      ["5.5", "Monumentenzorg en subsidies monumenten", 214, 36],
      ["5.5", "Archeologie", 62, 0],
      ["5.5", "Regionaal historisch centrum (archief)", 386, 0],
      ["5.5", "Herbestemming kerkgebouwen", 75, 0],
      ["5.6", "Bibliotheek Lindewaard (basisbibliotheek)", 1088, 0],
      ["5.6", "Bibliotheek op school", 74, 0],
      ["5.6", "Lokale omroep Lindewaard FM", 62, 0],
      [5.7, "Openbaar groen: onderhoud plantsoenen", 2680, 45],
      ["5.7", "Bomenbeheer en kapvergunningen", 412, 18],
      ["5.7", "Speelvoorzieningen", 268, 0],
      ["5.7", "Recreatiegebied De Lindeplas", 146, 38],
      ["5.7", "Wandel- en fietsroutes buitengebied", 58, 0],
      ["5.7", "Bijdrage recreatieschap Zuiderkwartier", 174, 0],
      ["5.7", "Hondenuitlaatplaatsen", 28, 0],
    ],
  },
  {
    title: "Programma 7 Sociaal domein",
    lines: [
      ["6.1", "Welzijnswerk: subsidie Stichting Welzijn Lindewaard", 1480, 0],
      ["6.1", "Mantelzorgondersteuning en respijtzorg", 212, 0],
      ["6.1", "Vrijwilligerscentrale", 96, 0],
      ["6.1", "Jongerenwerk", 388, 0],
      ["6.1", "Buurthuizen en wijkcentra", 412, 98],
      ["6.1", "Inburgering: maatschappelijke begeleiding statushouders", 468, 468],
      ["6.1", "Opvang ontheemden uit Oekraïne", 2340, 2340],
      ["6.1", "Dorpsbudgetten en initiatieven inwoners", 80, 0],
      ["6.1", "Opvoedondersteuning en preventie jeugd", 236, 0],
      ["6.1", "Seniorenbeleid en aanpak eenzaamheid", 118, 0],
      ["6.2", "Sociaal wijkteam Lindewaard", 2160, 0],
      ["6.2", "Toegang en eerstelijnsvoorzieningen: Wmo-consulenten", 820, 0],
      ["6.2", "Jeugdteam en praktijkondersteuner huisarts jeugd", 540, 0],
      ["6.2", "Schuldhulpverlening", 412, 0],
      ["6.2", "Vroegsignalering betalingsachterstanden", 64, 0],
      ["6.2", "Onafhankelijke cliëntondersteuning", 86, 0],
      ["6.2", "Sociaal raadslieden en formulierenbrigade", 96, 0],
      ["6.21", "Toegang Wmo", 310, 0],
      ["6.22", "Toegang jeugd via huisartsen", 260, 0],
      ["6.23", "Algemene voorzieningen sociaal domein", 145, 0],
      ["6.3 Inkomensregelingen", "Participatiewet: uitkeringen levensonderhoud (BUIG)", 14520, 14180],
      ["6.3", "Bijstand zelfstandigen (Bbz)", 386, 290],
      ["6.3", "IOAW- en IOAZ-uitkeringen", 512, 498],
      ["6.3", "Bijzondere bijstand", 862, 40],
      ["6.3", "Minimabeleid en armoedebestrijding", 612, 0],
      ["6.3", "Individuele inkomenstoeslag", 244, 0],
      ["6.3", "Kwijtschelding gemeentelijke belastingen", 298, 0],
      ["6.3", "Kindpakket: armoedebestrijding kinderen", 186, 0],
      ["6.3", "Collectieve zorgverzekering minima", 142, 0],
      ["6.3", "Energiefonds 2025", 240, 0],
      ["6.3", "Lokaal basisinkomen: aanvulling uit eigen middelen", 450, 0],
      ["6.3", "Uitvoeringskosten inkomensondersteuning", 688, 0],
      ["6.3", "Terugvordering en verhaal uitkeringen", 42, 188],
      ["6.3", "Meedoenregeling minima (sport en cultuur)", 128, 0],
      ["6.4", "Wsw: bijdrage GR Werkbedrijf Lindewaard", 3980, 0],
      ["6.4", "Beschut werk", 612, 0],
      ["6.4", "Begeleide participatie en arbeidsmatige dagbesteding", 144, 0],
      ["6.5", "Re-integratietrajecten Participatiewet", 1120, 0],
      ["6.5", "Loonkostensubsidie", 1360, 0],
      ["6.5", "Jobcoaching en werkfit-trajecten", 214, 0],
      ["6.5", "Participatievoorzieningen", 96, 0],
      ["6.5", "Werkgeversservicepunt arbeidsmarktregio", 118, 0],
      ["6.5", "Leerwerktrajecten statushouders", 132, 0],
      ["6.5", "Taaltrajecten werkzoekenden", 74, 0],
      ["6.6", "Hulpmiddelen en woonvoorzieningen Wmo", 1460, 86],
      ["6.6", "Rolstoelen Wmo", 388, 0],
      ["6.6", "Wmo-vervoer: regiotaxi", 612, 96],
      ["6.6", "Scootmobielen Wmo", 212, 0],
      ["6.60", "Woningaanpassingen Wmo", 240, 0],
      ["6.71", "Maatwerkdienstverlening 18+: afrekening oude jaren", 48, 0],
      ["6.71a", "Huishoudelijke hulp Wmo", 3120, 280],
      ["6.71b", "Begeleiding Wmo individueel", 2480, 96],
      ["6.71b", "Begeleiding Wmo groep: ontmoetingscentra dementie", 312, 0],
      ["6.71c", "Dagbesteding Wmo", 1860, 64],
      ["6.71d", "Kortdurend verblijf Wmo", 240, 0],
      ["6.711", "Huishoudelijke ondersteuning", 180, 0],
      ["6.712", "Begeleiding individueel", 142, 0],
      ["6.713", "Begeleiding groep", 120, 0],
      ["6.714", "Overige Wmo-maatwerkvoorzieningen", 64, 0],
      ["6.72", "Maatwerkdienstverlening 18-: afrekening oude jaren", 36, 0],
      ["6.72a", "Jeugdhulp begeleiding", 2240, 0],
      ["6.72a", "Ambulante gezinsbegeleiding", 640, 0],
      ["6.72b", "Jeugdhulp behandeling (jeugd-ggz)", 3860, 0],
      ["6.72c", "Jeugdhulp dagbehandeling", 980, 0],
      ["6.72d", "Jeugdhulp vervoer", 212, 0],
      ["6.73a", "Pgb Wmo", 1120, 62],
      ["6.73b", "Pgb jeugdzorg", 890, 0],
      ["6.73c", "Pgb-uitvoeringskosten SVB", 38, 0],
      ["6.74a", "Jeugdhulp met verblijf: pleegzorg", 1640, 0],
      ["6.74b", "Jeugdhulp met verblijf: gezinshuizen en residentieel", 2980, 0],
      ["6.74c", "Jeugdhulp crisis en spoedhulp", 420, 0],
      ["6.751", "Jeugdzorg ambulant", 280, 0],
      ["6.752", "Jeugd-ggz", 240, 0],
      ["6.753", "Jeugdhulp dagbehandeling", 90, 0],
      ["6.761", "Pgb Wmo", 70, 0],
      ["6.762", "Pgb jeugd", 55, 0],
      ["6.763", "Pgb overig", 12, 0],
      ["6.791", "Jeugdzorg met verblijf: pleegzorg", 120, 0],
      ["6.792", "Jeugdzorg met verblijf: residentieel", 210, 0],
      ["6.81", "Geëscaleerde zorg 18+: afrekening centrumgemeente", 22, 0],
      ["6.81a", "Beschermd wonen: bijdrage centrumgemeente", 1480, 0],
      ["6.81b", "Maatschappelijke opvang en vrouwenopvang", 620, 0],
      ["6.811", "Beschermd wonen", 90, 0],
      ["6.812", "Maatschappelijke opvang", 40, 0],
      ["6.82", "Geëscaleerde zorg 18-: afrekening oude jaren", 18, 0],
      ["6.82a", "Jeugdbescherming (gecertificeerde instellingen)", 1260, 0],
      ["6.82a", "Jeugdbescherming: voorkomen ondertoezichtstelling", 94, 0],
      ["6.82b", "Jeugdreclassering", 286, 0],
      ["6.821", "Jeugdbescherming", 80, 0],
      ["6.822", "Jeugdreclassering", 24, 0],
      ["6.91", "Veilig Thuis: regionale bijdrage", 312, 0],
      ["6.92", "Uitvoeringskosten sociaal domein", 180, 0],
    ],
  },
  {
    title: "Programma 8 Volksgezondheid en milieu",
    lines: [
      ["7.1", "Bijdrage GGD Zuiderkwartier", 1420, 0],
      ["7.1", "Jeugdgezondheidszorg en rijksvaccinatieprogramma", 1180, 0],
      ["7.1", "Preventieakkoord en gezondheidsbeleid", 96, 0],
      ["7.1", "Alcohol- en drugspreventie", 88, 0],
      ["7.1", "Ongediertebestrijding", 24, 0],
      ["7.1", "Valpreventie ouderen", 32, 0],
      [7.2, "Riolering: exploitatie en onderhoud", 3120, 4860],
      [7.2, "Kapitaallasten rioolvervanging", 1480, 0],
      ["7.2", "Klimaatadaptatie en hemelwaterafvoer", 410, 0],
      ["7.2", "Rioleringsplan: onderzoek en inspectie", 96, 0],
      [7.3, "Afvalinzameling en -verwerking", 4660, 5210],
      ["7.3", "Milieustraat", 412, 96],
      ["7.3", "Zwerfafval en grondstoffenbeleid", 128, 96],
      ["7.3", "Ondergrondse containers hoogbouw", 142, 0],
      ["7.4", "Bijdrage omgevingsdienst: vergunningen, toezicht en handhaving milieu", 912, 120],
      ["7.4", "Energietransitie: uitvoering Regionale Energiestrategie", 486, 380],
      ["7.4", "Duurzaamheidsleningen woningeigenaren (revolverend)", 300, 210],
      ["7.4", "Energiecoaches en aanpak energiearmoede", 180, 180],
      ["7.4", "Zonnepanelen op maatschappelijk vastgoed", 160, 0],
      ["7.4", "Bodem, geluid en luchtkwaliteit", 74, 0],
      ["7.4", "Klimaatmissie: lokale waterstofproeftuin", 220, 0],
      ["7.4", "Circulaire economie: kringloopprogramma", 96, 0],
      ["7.4", "Handhaving asbestdaken", 48, 0],
      ["7.5", "Begraafplaatsen: onderhoud en exploitatie", 486, 512],
      ["7.5", "Ruimen graven", 28, 0],
    ],
  },
  {
    title: "Programma 9 Wonen en ruimte",
    lines: [
      ["8.1", "Omgevingsplan en invoering Omgevingswet", 612, 48],
      ["8.1", "Omgevingsvisie Lindewaard 2040", 88, 0],
      ["8.1 Ruimte en leefomgeving", "Gebiedsontwikkeling Stationskwartier", 340, 0],
      ["8.1", "Leefbaarheid kleine kernen: dorpsvisies", 45, 0],
      ["8.1", "Planschadevergoedingen", 40, 32],
      ["8.1", "Principeverzoeken en kruimelgevallen", 74, 36],
      ["8.2", "Grondexploitatie woningbouw De Bongerd", 6480, 7120],
      ["8.2", "Grondexploitatie Lindehof fase 2", 2140, 2380],
      ["8.2", "Strategische gronden: rente en beheer", 112, 36],
      ["8.3", "Bouw- en woningtoezicht: omgevingsvergunningen", 1120, 1340],
      ["8.3", "Welstand en monumentencommissie", 62, 0],
      ["8.3", "Woonvisie en prestatieafspraken corporaties", 146, 0],
      ["8.3", "Startersleningen woningen (SVn)", 250, 150],
      ["8.3", "Huisvesting statushouders", 86, 0],
      ["8.3", "Woningbouwimpuls: bijdrage sociale huur", 300, 0],
      ["8.3", "Handhaving woningdelen en kamerbewoning", 64, 12],
      ["8.3", "Duurzaam bouwen en energieloket", 88, 0],
      ["8.3", "Transformatie leegstaande winkelpanden naar wonen", 120, 0],
    ],
  },
  {
    title: "Algemene dekkingsmiddelen",
    lines: [
      ["0.5", "Treasury: rente langlopende leningen", 1820, 0],
      ["0.5", "Renteomslag naar taakvelden", 0, 1920],
      ["0.5", "Dividend BNG Bank", 0, 88],
      ["0.5", "Rente reserve verkoopopbrengst energieaandelen", 0, 340],
      ["0.61", "OZB woningen", 186, 9640],
      ["0.62", "OZB niet-woningen", 64, 5120],
      ["0.63", "Parkeerbelasting", 120, 1560],
      ["0.64", "Toeristenbelasting", 12, 340],
      ["0.64", "Hondenbelasting", 20, 186],
      ["0.64", "Precariobelasting", 8, 96],
      ["0.64", "Reclamebelasting centrum", 182, 186],
      ["0.64", "Baatbelasting", 0, 36],
      ["0.7", "Algemene uitkering gemeentefonds", 0, 98420],
      ["0.7", "Integratie-uitkering sociaal domein", 0, 1240],
      ["0.7", "Decentralisatie-uitkeringen", 0, 2140],
      ["0.8", "Onvoorzien", 100, 0],
      ["0.8", "Stelpost loon- en prijsontwikkeling", 680, 0],
      ["0.8", "Taakstelling bedrijfsvoering", -250, 0],
      ["0.9", "Vennootschapsbelasting", 24, 0],
    ],
  },
  {
    title: "Overhead",
    lines: [
      ["0.4", "Personeel en organisatie", 2860, 0],
      ["0.4", "ICT en informatievoorziening", 3420, 0],
      ["0.4", "Financiën, control en inkoop", 1620, 0],
      ["0.4", "Facilitaire zaken en huisvesting gemeentehuis", 1980, 84],
      ["0.4", "Juridische zaken en documentaire informatievoorziening", 720, 0],
      ["0.4", "Management en directie", 1240, 0],
      ["0.4", "Communicatie (overhead)", 420, 0],
      ["0.4", "Kapitaallasten gemeentehuis", 910, 0],
    ],
  },
  {
    title: "Mutaties reserves",
    lines: [
      [0.1, "Onttrekking algemene reserve", 0, 1250],
      [0.1, "Storting reserve sociaal domein", 600, 0],
      [0.1, "Onttrekking reserve energieaandelen (innovatiefonds MKB)", 0, 500],
      [0.1, "Storting bestemmingsreserve kapitaallasten", 420, 0],
      ["0.10 Mutaties reserves", "Onttrekking reserve grondexploitatie", 0, 380],
    ],
  },
];

/** Provincial lines: [Iv3 taakveld (name; provincial numbers overlap municipal ones), description, 2024, 2025, 2026]. */
type PLine = readonly [string, string, number, number, number];
const ZUIDERKWARTIER: readonly { title: string; lines: readonly PLine[] }[] = [
  {
    title: "1 Bestuur",
    lines: [
      ["Bestuur", "Provinciale Staten en statengriffie", 4120, 4210, 4210],
      ["Bestuur", "Gedeputeerde Staten", 3380, 3460, 3460],
      ["Bestuur", "Kabinetszaken en Commissaris van de Koning", 1240, 1260, 1260],
      ["Bestuur", "Interbestuurlijk toezicht gemeenten en waterschappen", 860, 880, 880],
      ["Bestuur", "Verkiezingen Provinciale Staten", 0, 0, 620],
      ["Bestuur", "Europese zaken en vertegenwoordiging Brussel", 410, 420, 420],
      ["Bestuur", "Aanpak ondermijning in het landelijk gebied", 350, 500, 500],
      ["Bestuur", "Regiodeal Zuiderkwartier: provinciale cofinanciering", 2000, 2500, 1500],
    ],
  },
  {
    title: "2 Verkeer en vervoer",
    lines: [
      ["Verkeer en vervoer – landwegen", "Beheer en onderhoud provinciale wegen", 38400, 39200, 39800],
      ["Verkeer en vervoer – landwegen", "Reconstructie N712 Lindewaard–Oudewaard", 12800, 16400, 9200],
      ["Verkeer en vervoer – landwegen", "Gladheidsbestrijding provinciale wegen", 2900, 3000, 3000],
      ["Verkeer en vervoer – landwegen", "Verkeersveiligheid: aanpak gevaarlijke kruispunten", 3100, 3400, 3400],
      ["Verkeer en vervoer – landwegen", "Snelfietsroutes en regionaal fietsnetwerk", 5200, 6800, 6100],
      ["Verkeer en vervoer – landwegen", "Kapitaallasten infrastructuur", 21400, 22300, 23100],
      ["Verkeer en vervoer – waterwegen", "Bediening bruggen en sluizen", 4600, 4700, 4700],
      ["Verkeer en vervoer – waterwegen", "Onderhoud provinciale vaarwegen en baggeren", 3900, 4200, 4100],
      ["Verkeer en vervoer – openbaar vervoer", "Concessie streekvervoer Zuiderkwartier", 61200, 63900, 65100],
      ["Verkeer en vervoer – openbaar vervoer", "Hoogwaardig openbaar vervoer Lindewaard–Zuidstad", 7400, 8200, 8200],
      ["Verkeer en vervoer – openbaar vervoer", "Buurtbussen en kleinschalig vervoer", 1600, 1700, 1700],
      ["Verkeer en vervoer – openbaar vervoer", "Zero-emissie bussen: laadinfrastructuur remises", 3000, 4500, 2000],
      ["Verkeer en vervoer – openbaar vervoer", "Laadpalen langs provinciale wegen en carpoolplaatsen", 1200, 1500, 800],
    ],
  },
  {
    title: "3 Water",
    lines: [
      ["Water", "Grondwaterbeheer en grondwaterheffing", 2100, 2200, 2200],
      ["Water", "Toezicht regionale waterkeringen", 640, 660, 660],
      ["Water", "Kaderrichtlijn Water: provinciale maatregelen", 3800, 4400, 4400],
      ["Water", "Zoetwatervoorziening en droogtebestrijding", 1200, 1800, 1800],
      ["Water", "Grondwaterheffing (baten)", -2000, -2050, -2050],
    ],
  },
  {
    title: "4 Milieu",
    lines: [
      ["Milieu", "Bijdrage omgevingsdiensten: vergunningverlening, toezicht en handhaving", 18200, 19100, 19100],
      ["Milieu", "Bodemsanering en PFAS", 2400, 2600, 2000],
      ["Milieu", "Luchtkwaliteit en geur veehouderij", 900, 950, 950],
      ["Milieu", "Geluidsanering provinciale wegen", 1100, 1400, 1400],
      ["Milieu", "Externe veiligheid", 820, 840, 840],
      ["Milieu", "Energietransitie: regionale energiestrategieën", 4300, 4800, 4800],
      ["Milieu", "Waterstofprogramma Zuiderkwartier", 5000, 7500, 7500],
      ["Milieu", "Subsidie zonnepanelen op boerenschuren", 2500, 3000, 0],
      ["Milieu", "Circulaire economie: missie grondstoffenneutraal 2050", 1800, 2200, 2200],
      ["Milieu", "Energiefonds Zuiderkwartier (revolverend)", 10000, 10000, 5000],
    ],
  },
  {
    title: "5 Natuur",
    lines: [
      ["Natuur", "Natuurnetwerk Nederland: verwerving en inrichting", 24800, 27600, 28300],
      ["Natuur", "Beheer natuurterreinen (SNL-subsidies)", 16400, 16900, 17200],
      ["Natuur", "Programma landelijk gebied: stikstofreductie", 12000, 21000, 26000],
      ["Natuur", "Faunabeheer en schadevergoeding", 1900, 2000, 2000],
      ["Natuur", "Weidevogelbeheer", 1300, 1400, 1400],
      ["Natuur", "Bijdrage recreatieschappen", 2200, 2300, 2300],
      ["Natuur", "Bossenstrategie: aanplant nieuw bos", 3100, 3600, 3600],
    ],
  },
  {
    title: "6 Regionale economie",
    lines: [
      ["Regionale economie", "Revolving fund MKB-innovatie Zuiderkwartier", 8000, 10000, 10000],
      ["Regionale economie", "ROM Zuiderkwartier: kapitaalstorting participatiefonds", 12000, 15000, 5000],
      ["Regionale economie", "ROM Zuiderkwartier: bijdrage exploitatie", 3200, 3300, 3300],
      ["Regionale economie", "Innovatieleningen startups en scale-ups", 4000, 6000, 6000],
      ["Regionale economie", "Clusterprogramma Agrifood Valley Zuiderkwartier", 3500, 4200, 4200],
      ["Regionale economie", "Campus Zuidstad: Health & Tech Campus", 2800, 4500, 4500],
      ["Regionale economie", "Topsectoren en slimme specialisatie (EFRO-cofinanciering)", 2600, 3100, 3100],
      ["Regionale economie", "Stimuleringspakket economie na energiecrisis", 6000, 5000, 0],
      ["Regionale economie", "Fonds verkoopopbrengst energieaandelen: economische impuls", 15000, 20000, 20000],
      ["Regionale economie", "Vestigingsklimaat en acquisitie buitenlandse bedrijven", 1500, 1600, 1600],
      ["Regionale economie", "Regionale programmering bedrijventerreinen en werklocaties", 700, 750, 750],
      ["Regionale economie", "Herstructurering verouderde bedrijventerreinen", 2500, 3000, 3000],
      ["Regionale economie", "Breedband buitengebied: witte adressen", 1800, 1200, 0],
      ["Regionale economie", "Arbeidsmarktprogramma: om- en bijscholing en leven lang ontwikkelen", 2300, 2600, 2600],
      ["Regionale economie", "Vrijetijdseconomie en toerisme", 1400, 1500, 1500],
      ["Regionale economie", "Regionale inkomensondersteuning werknemers in krimpsectoren", 0, 1500, 1500],
    ],
  },
  {
    title: "7 Cultuur en maatschappij",
    lines: [
      ["Cultuur en maatschappij", "Cultuurparticipatie en cultuureducatie", 4100, 4300, 4300],
      ["Cultuur en maatschappij", "Provinciale monumenten en erfgoed", 3600, 3800, 3800],
      ["Cultuur en maatschappij", "Provinciaal archeologisch depot", 900, 920, 920],
      ["Cultuur en maatschappij", "Ondersteuning openbare bibliotheken (POI)", 3200, 3300, 3300],
      ["Cultuur en maatschappij", "Regionale omroep Zuiderkwartier", 1800, 1800, 1800],
      ["Cultuur en maatschappij", "Sportevenementen met regionale uitstraling", 1100, 1200, 1200],
      ["Cultuur en maatschappij", "Leefbaarheid kleine kernen", 1500, 1700, 1700],
      ["Cultuur en maatschappij", "Aanpak laaggeletterdheid", 600, 650, 650],
      ["Cultuur en maatschappij", "Provinciale bijdrage VVE in krimpgemeenten", 0, 800, 800],
      ["Cultuur en maatschappij", "Extra leerkrachten kleine scholen platteland", 0, 1200, 1200],
      ["Cultuur en maatschappij", "Bijdrage jeugdzorg regio Zuiderkwartier", 500, 500, 0],
    ],
  },
  {
    title: "8 Ruimte",
    lines: [
      ["Ruimte", "Omgevingsvisie en omgevingsverordening", 2100, 2200, 2200],
      ["Ruimte", "Ruimtelijke ordening: advisering gemeentelijke plannen", 1400, 1450, 1450],
      ["Ruimte", "Woningbouwversnelling: flexpool en bijdrage gemeenten", 5000, 6000, 4000],
      ["Ruimte", "Grondbeleid en strategische aankopen", 800, 1000, 1000],
      ["Ruimte", "Geo-informatie en basisregistraties", 1300, 1350, 1350],
    ],
  },
  {
    title: "Algemene dekkingsmiddelen en overhead",
    lines: [
      ["Algemene dekkingsmiddelen", "Uitkering provinciefonds", -248000, -256400, -259800],
      ["Algemene dekkingsmiddelen", "Opcenten motorrijtuigenbelasting", -142000, -147300, -151900],
      ["Algemene dekkingsmiddelen", "Dividend en rente deelnemingen", -6200, -6400, -6400],
      ["Algemene dekkingsmiddelen", "Treasury: rente langlopende leningen", 3100, 3600, 4100],
      ["Algemene dekkingsmiddelen", "Onvoorzien", 1000, 1000, 1000],
      ["Overhead", "Overhead: bedrijfsvoering en ondersteuning", 58400, 60100, 61200],
      ["Overhead", "ICT en informatieveiligheid", 14200, 15100, 15400],
      ["Mutaties reserves", "Onttrekking reserve energieaandelen", -15000, -20000, -20000],
      ["Mutaties reserves", "Storting reserve infrastructuur", 8000, 9000, 9000],
      ["Mutaties reserves", "Onttrekking reserve stikstof en landelijk gebied", -8000, -12000, -15000],
    ],
  },
];

// ---------------------------------------------------------------- layout

type Value = string | number | null | { formula: string; result: number };
interface SheetRow {
  readonly values: readonly Value[];
  readonly kind: "title" | "blank" | "header" | "section" | "line" | "subtotal" | "total";
}

const NUM_FMT = "#,##0;-#,##0";

function lindewaardRows(): SheetRow[] {
  const rows: SheetRow[] = [
    { kind: "title", values: ["Gemeente Lindewaard"] },
    { kind: "title", values: ["Programmabegroting 2025 – overzicht van baten en lasten per programma en taakveld"] },
    { kind: "title", values: ["Bedragen x € 1.000 (fictieve gemeente, voorbeeldbestand)"] },
    { kind: "blank", values: [] },
    { kind: "header", values: ["Programma", "Taakveld", "Omschrijving", "Lasten 2025", "Baten 2025", "Saldo 2025"] },
  ];
  const subtotalRows: number[] = [];
  let lasten = 0;
  let baten = 0;
  const programmes = LINDEWAARD.map((p) => ({ ...p, lines: [...p.lines] }));
  // 0.11 Resultaat closes the budget, as in a real begroting: the planned balance.
  for (const p of programmes) for (const [, , l, b] of p.lines) (lasten += l), (baten += b);
  const balance = baten - lasten;
  programmes.push({
    title: "Resultaat",
    lines: [["0.11", "Geraamd resultaat (begrotingssaldo)", Math.max(0, balance), Math.max(0, -balance)]],
  });
  for (const p of programmes) {
    rows.push({ kind: "section", values: [p.title] });
    const first = rows.length + 1;
    let sl = 0;
    let sb = 0;
    for (const [tv, d, l, b] of p.lines) {
      const r = rows.length + 1;
      rows.push({ kind: "line", values: [null, tv, d, l, b, { formula: `E${r}-D${r}`, result: b - l }] });
      sl += l;
      sb += b;
    }
    const last = rows.length;
    const r = rows.length + 1;
    subtotalRows.push(r);
    rows.push({
      kind: "subtotal",
      values: [
        `Totaal ${p.title.replace(/^Programma \d+ /, "").replace(/^./, (ch) => ch.toLowerCase())}`,
        null,
        null,
        { formula: `SUM(D${first}:D${last})`, result: sl },
        { formula: `SUM(E${first}:E${last})`, result: sb },
        { formula: `E${r}-D${r}`, result: sb - sl },
      ],
    });
    rows.push({ kind: "blank", values: [] });
  }
  const r = rows.length + 1;
  const sum = (col: string): string => subtotalRows.map((s) => `${col}${s}`).join("+");
  const totL = programmes.reduce((a, p) => a + p.lines.reduce((x, l) => x + l[2], 0), 0);
  const totB = programmes.reduce((a, p) => a + p.lines.reduce((x, l) => x + l[3], 0), 0);
  rows.push({
    kind: "total",
    values: [
      "Totaal baten en lasten",
      null,
      null,
      { formula: sum("D"), result: totL },
      { formula: sum("E"), result: totB },
      { formula: `E${r}-D${r}`, result: totB - totL },
    ],
  });
  return rows;
}

function zuiderkwartierRows(): { rows: SheetRow[]; merges: string[] } {
  const rows: SheetRow[] = [
    { kind: "title", values: ["Provincie Zuiderkwartier"] },
    { kind: "title", values: ["Begroting 2025 – lasten per programma (baten negatief)"] },
    { kind: "title", values: ["Bedragen x € 1.000 (fictieve provincie, voorbeeldbestand)"] },
    { kind: "blank", values: [] },
    { kind: "title", values: ["Vastgesteld door Provinciale Staten op 8 november 2024"] },
    {
      kind: "header",
      values: ["Programma", "Iv3-taakveld", "Omschrijving", "Begroting 2024 na wijziging", "Begroting 2025", "Raming 2026", "Bestuurslaag"],
    },
  ];
  const merges: string[] = [];
  const subtotalRows: number[] = [];
  let tot = [0, 0, 0];
  for (const p of ZUIDERKWARTIER) {
    const first = rows.length + 1;
    const sums: [number, number, number] = [0, 0, 0];
    p.lines.forEach(([tv, d, a, b, c], i) => {
      rows.push({ kind: "line", values: [i === 0 ? p.title : null, tv, d, a, b, c, "Provincie"] });
      sums[0] += a;
      sums[1] += b;
      sums[2] += c;
    });
    const last = rows.length;
    // The programme name spans its lines, as provincial budgets lay it out.
    merges.push(`A${first}:A${last}`);
    subtotalRows.push(last + 1);
    rows.push({
      kind: "subtotal",
      values: [
        null,
        null,
        `Subtotaal programma ${p.title}`,
        { formula: `SUM(D${first}:D${last})`, result: sums[0] },
        { formula: `SUM(E${first}:E${last})`, result: sums[1] },
        { formula: `SUM(F${first}:F${last})`, result: sums[2] },
      ],
    });
    tot = tot.map((t, k) => t + (sums[k] ?? 0));
  }
  const sum = (col: string): string => subtotalRows.map((s) => `${col}${s}`).join("+");
  rows.push({ kind: "blank", values: [] });
  rows.push({
    kind: "total",
    values: [
      null,
      null,
      "Saldo begroting (lasten min baten)",
      { formula: sum("D"), result: tot[0] ?? 0 },
      { formula: sum("E"), result: tot[1] ?? 0 },
      { formula: sum("F"), result: tot[2] ?? 0 },
    ],
  });
  return { rows, merges };
}

function styleRow(ws: ExcelJS.Worksheet, n: number, kind: SheetRow["kind"], width: number): void {
  const row = ws.getRow(n);
  for (let c = 4; c <= 6; c++) row.getCell(c).numFmt = NUM_FMT;
  const fillAll = (argb: string): void => {
    for (let c = 1; c <= width; c++) row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
  };
  switch (kind) {
    case "title":
      row.font = { bold: n === 1, size: n === 1 ? 14 : 11 };
      break;
    case "header":
      row.font = { bold: true };
      fillAll("FFD9E1F2");
      for (let c = 1; c <= width; c++) row.getCell(c).border = { bottom: { style: "thin" } };
      row.alignment = { wrapText: true, vertical: "bottom" };
      break;
    case "section":
      row.font = { bold: true };
      fillAll("FFF2F2F2");
      break;
    case "subtotal":
      row.font = { bold: true, italic: true };
      for (let c = 1; c <= width; c++) row.getCell(c).border = { top: { style: "thin" } };
      break;
    case "total":
      row.font = { bold: true };
      for (let c = 1; c <= width; c++) row.getCell(c).border = { top: { style: "double" } };
      break;
    default:
      break;
  }
}

function fillSheet(ws: ExcelJS.Worksheet, rows: readonly SheetRow[], width: number): void {
  rows.forEach((r, i) => {
    const n = i + 1;
    const row = ws.getRow(n);
    r.values.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
    styleRow(ws, n, r.kind, width);
    if (r.kind === "section") ws.mergeCells(n, 1, n, 3);
    if (r.kind === "title") ws.mergeCells(n, 1, n, width);
  });
}

// ---------------------------------------------------------------- csv

/** A number as Dutch Excel shows it with format #,##0: "12.345", "-812". */
function dutchNumber(x: number): string {
  const s = Math.abs(x).toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return x < 0 ? `-${s}` : s;
}

function csvField(v: Value, col: number): string {
  if (v === null) return "";
  if (typeof v === "object") return dutchNumber(v.result);
  // A numeric taakveld code is exported as Dutch Excel writes the number: 0.1 → "0,1".
  if (typeof v === "number") return col === 1 ? String(v).replace(".", ",") : dutchNumber(v);
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function toCsv(rows: readonly SheetRow[], width: number): string {
  const lines = rows.map((r) => {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) cells.push(csvField(r.values[c] ?? null, c));
    return cells.join(";");
  });
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const out = path.join(process.cwd(), "examples");
  await fsp.mkdir(out, { recursive: true });
  const created = new Date(Date.UTC(2024, 10, 8, 9, 0, 0));

  // Gemeente Lindewaard
  const lw = lindewaardRows();
  const lineCount = lw.filter((r) => r.kind === "line").length;
  if (lineCount < 320) throw new Error(`Lindewaard has only ${lineCount} lines`);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Begrotingslab (voorbeeld)";
  wb.created = created;
  wb.modified = created;
  const cover = wb.addWorksheet("Voorblad");
  cover.getCell("A1").value = "Gemeente Lindewaard – Programmabegroting 2025";
  cover.getCell("A1").font = { bold: true, size: 16 };
  cover.getCell("A3").value = "Fictieve gemeente. Alle bedragen x € 1.000. Voorbeeldbestand voor Begrotingslab.";
  cover.getCell("A4").value = "Het blad 'Begroting 2025' bevat de baten en lasten per programma en taakveld.";
  cover.getColumn(1).width = 90;
  const ws = wb.addWorksheet("Begroting 2025", { views: [{ state: "frozen", ySplit: 5 }] });
  fillSheet(ws, lw, 6);
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 66;
  for (const c of [4, 5, 6]) ws.getColumn(c).width = 13;
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const rules = wb.addWorksheet("Regels");
  rules.addRow(["Eigen regels gemeente Lindewaard (voorbeeld)"]);
  rules.addRow([]);
  rules.addRow(["Patroon", "Taakveld", "Categorie", "Oordeel", "Niveau", "Toelichting"]).font = { bold: true };
  rules.addRow(["lokaal basisinkomen", null, null, "WRONG_LEVEL", "RIJK", "Herverdeling uit lokale belastingen: inwoners verhuizen naar buurgemeenten."]);
  rules.addRow(["weekmarkt", "3.3", null, "OK", "GEMEENTE", "Markten zijn een lokale economische taak (Bestuursakkoord)."]);
  rules.addRow([null, "6.91", null, "OK", "GEMEENTE", "Veilig Thuis: uitvoering door de gemeente in regioverband."]);
  rules.getColumn(1).width = 24;
  rules.getColumn(6).width = 80;
  await wb.xlsx.writeFile(path.join(out, "gemeente-lindewaard-2025.xlsx"));
  await fsp.writeFile(path.join(out, "gemeente-lindewaard-2025.csv"), toCsv(lw, 6), "utf8");

  // Provincie Zuiderkwartier
  const zk = zuiderkwartierRows();
  const pCount = zk.rows.filter((r) => r.kind === "line").length;
  if (pCount < 80) throw new Error(`Zuiderkwartier has only ${pCount} lines`);
  const pwb = new ExcelJS.Workbook();
  pwb.creator = "Begrotingslab (voorbeeld)";
  pwb.created = created;
  pwb.modified = created;
  const pws = pwb.addWorksheet("Begroting 2025", { views: [{ state: "frozen", ySplit: 6 }] });
  fillSheet(pws, zk.rows, 7);
  for (const m of zk.merges) {
    pws.mergeCells(m);
    pws.getCell(m.split(":")[0] ?? "A1").alignment = { vertical: "top", wrapText: true };
  }
  pws.getColumn(1).width = 24;
  pws.getColumn(2).width = 36;
  pws.getColumn(3).width = 66;
  for (const c of [4, 5, 6]) pws.getColumn(c).width = 14;
  pws.getColumn(7).width = 14;
  await pwb.xlsx.writeFile(path.join(out, "provincie-zuiderkwartier-2025.xlsx"));

  // Read everything back: the examples must read cleanly, and csv = xlsx.
  const x = await readBudgetFile(path.join(out, "gemeente-lindewaard-2025.xlsx"));
  const c = await readBudgetFile(path.join(out, "gemeente-lindewaard-2025.csv"));
  const p = await readBudgetFile(path.join(out, "provincie-zuiderkwartier-2025.xlsx"));
  const r = await readRulesFile(path.join(out, "gemeente-lindewaard-2025.xlsx"));
  if (isBudgetError(x) || isBudgetError(c) || isBudgetError(p) || isBudgetError(r)) {
    throw new Error("an example does not read back");
  }
  const key = (l: { row: number; description: string; amount: number | null }): string =>
    `${l.row}|${l.description}|${l.amount}`;
  const xs = x.result.lines.map(key).join("\n");
  const cs = c.result.lines.map(key).join("\n");
  if (xs !== cs) throw new Error("csv and xlsx read differently");
  for (const res of [x.result, c.result, p.result]) {
    if (res.problems.length > 0) throw new Error(`problems: ${JSON.stringify(res.problems.slice(0, 3))}`);
  }
  console.log(
    `Lindewaard: ${lineCount} budget lines (${x.result.lines.length} rows read, amount column "${x.result.header?.amountHeader}"); ` +
      `Zuiderkwartier: ${pCount} lines (${p.result.lines.length} rows read, amount column "${p.result.header?.amountHeader}"); ` +
      `${r.length} example rules.`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
