// Realistic, varied budget lines for the level-check benchmark: Dutch and
// English descriptions as budgets write them (codes in the text, compounds,
// abbreviations, accents or none, capitals, punctuation), taakvelden of all
// three Iv3 generations as text or number, amounts and owners. Deterministic
// per seed so timings compare like with like.

import type { LineInput, Owner } from "../../src/levels";

const CORES: readonly string[] = [
  "Bijstandsuitkeringen (BUIG)", "Uitvoering Participatiewet", "Re-integratie bijstandsgerechtigden",
  "Loonkostensubsidie", "Sociale werkvoorziening (Wsw)", "Beschut werk", "Armoedebestrijding",
  "Minimabeleid en bijzondere bijstand", "Kwijtschelding gemeentelijke belastingen", "Schuldhulpverlening",
  "Wmo huishoudelijke hulp", "Jeugdhulp met verblijf", "Jeugdzorg ambulant", "Beschermd wonen",
  "Sociale wijkteams", "GGD bijdrage", "Jeugdgezondheidszorg", "Maatschappelijke opvang",
  "VVE doelgroepkinderen", "Voor- en vroegschoolse educatie", "GOAB-middelen", "Schakelklassen",
  "Zomerschool", "Leerplicht en RMC", "Voortijdig schoolverlaten", "Leerlingenvervoer",
  "Onderwijshuisvesting nieuwbouw", "Extra lokalen basisschool", "Klassenverkleining",
  "Openbare verlichting", "Onderhoud wegen, straten en pleinen", "Riolering vervangingsinvesteringen",
  "Afvalinzameling en -verwerking", "Openbaar groen", "Brandweer (veiligheidsregio)", "Openbare orde en veiligheid",
  "Begraafplaatsen", "Bestemmingsplannen", "Omgevingsvergunningen", "Grondexploitatie woningbouw",
  "Bedrijventerreinen herstructurering", "Vestigingsklimaat", "Ondernemersloket", "Citymarketing",
  "Toerisme en recreatie", "Weekmarkt", "Centrummanagement binnenstad", "Stimuleringspakket lokale economie",
  "Koopkrachtimpuls", "Anticyclisch investeren", "Clusterbeleid", "Campusontwikkeling", "Food Valley bijdrage",
  "Topsectorenbeleid", "Revolverend fonds MKB", "Innovatiekrediet", "Participatiefonds (ROM)",
  "Energietransitie", "Regionale Energiestrategie", "Circulaire economie", "Laadpalen", "Glasvezel buitengebied",
  "Sportaccommodaties", "Zwembad", "Bibliotheek", "Muziekschool", "Cultureel erfgoed", "Lokale omroep", "Musea",
  "Om- en bijscholing", "Leven lang ontwikkelen", "Arbeidsbemiddeling", "Vacaturebank", "Regio Deal",
  "Dijkversterking", "Waterzuivering", "Peilbeheer", "Defensie", "Rechtspraak",
  "Algemene uitkering gemeentefonds", "OZB woningen", "Rioolheffing", "Afvalstoffenheffing", "Treasury",
  "Rentelasten langlopende geldleningen", "Overhead", "Bestuursorganen", "Burgerzaken", "Mutaties reserves",
  "Onttrekking algemene reserve", "Toevoeging bestemmingsreserve", "Totaal programma 3", "Subtotaal lasten",
  "Saldo van baten en lasten", "Onvoorzien", "Stelposten", "Diverse lasten", "Overige kosten",
  "Social assistance benefits", "Youth care", "Street lighting", "Road maintenance", "Public order and safety",
  "Library", "Retraining vouchers", "Charging points", "Revolving fund for SMEs", "Early childhood education",
  "Smaller classes", "Industrial estates", "City marketing", "Total", "Overhead costs",
];
const PREFIXES: readonly string[] = ["", "", "", "", "Bijdrage ", "Subsidie ", "Kosten ", "Uitvoering ", "Extra ", "Budget "];
const SUFFIXES: readonly string[] = [
  "", "", "", "", " 2025", " (incidenteel)", " - structureel", " – lasten", ", baten", " e.a.", " (BBV)", " via GR",
];
const CODED: readonly [string, string][] = [
  ["6.3", "Inkomensregelingen"], ["6.5", "Arbeidsparticipatie"], ["7.2", "Riolering"], ["4.2", "Onderwijshuisvesting"],
  ["0.10", "Mutaties reserves"], ["5.2", "Sportaccommodaties"], ["3.1", "Economische ontwikkeling"],
];
const TAAKVELDEN: readonly (string | number)[] = [
  "0.1", "0.4 Overhead", "0.10", 0.1, "1.1", "2.1 Verkeer en vervoer", "3.1", "3.2", 3.4, "4.2", "4.3",
  "5.1", "5.7", "6.1", "6.2 Wijkteams", "6.2 Toegang en eerstelijnsvoorzieningen", "6.3", 6.3, "6.4 Begeleide participatie",
  "6.5", 6.6, "6.60", "6.71", "6.71a", "6.72c", "6.74b", "6.81a", "6.82b", "6.711", "6.752", "6.821", "6.91",
  "7.1", "7.2 Riolering", 7.3, "7.4", "8.1 Ruimtelijke ordening", "8.1 Ruimte en leefomgeving", "8.3",
  "Natuur", "Regionale economie", "Cultuur en maatschappij",
];
const OWNERS: readonly (Owner | null)[] = [null, null, null, null, null, null, "gemeente", "provincie", "rijk"];
const ACCENTS: Readonly<Record<string, string>> = { e: "é", a: "á", o: "ö", i: "ï", u: "ü" };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateLines(n: number, seed = 1): LineInput[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: LineInput[] = new Array<LineInput>(Math.max(0, n));
  for (let i = 0; i < n; i++) {
    let description: string;
    const roll = rnd();
    if (roll < 0.05) {
      const [code, name] = pick(CODED);
      description = `${code} ${name}`;
    } else {
      description = pick(PREFIXES) + pick(CORES) + pick(SUFFIXES);
    }
    const style = rnd();
    if (style < 0.08) description = description.toUpperCase();
    else if (style < 0.14) description = description.toLowerCase();
    else if (style < 0.18) description = description.replace(/[eaoiu]/, (c) => ACCENTS[c] ?? c);
    if (rnd() < 0.05) description = `  ${description} `;
    const line: LineInput = { description, amount: Math.round((rnd() - 0.1) * 2_000_000) };
    if (rnd() < 0.6) line.taakveld = pick(TAAKVELDEN);
    const owner = pick(OWNERS);
    if (owner !== null) line.owner = owner;
    out[i] = line;
  }
  return out;
}
