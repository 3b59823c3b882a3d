/**
 * Independent labelled set for the level check (LEVELS.md, Allers 2017).
 *
 * Every line was labelled by hand from the level taxonomy (docs/levels.md) and the essay
 * (seed/000_69687cb9ae9a85f9.txt), never from an engine. The lines imitate how
 * real Dutch programmabegrotingen (and a few mixed English budgets) name things.
 *
 * LABELLING CONVENTION (applied to every line; the integrity test enforces it)
 *
 *  - `level` is the level that SHOULD carry the line:
 *      OK            -> the owner's own level (GEMEENTE / PROVINCIE / RIJK)
 *      CONDITIONAL   -> the owner's own level (the owner may do it, under the
 *                       conditions the essay names; `why` says which)
 *      QUESTIONABLE  -> the owner's own level (the doubt is about the government
 *                       role itself, at every level, not about which level)
 *      NEUTRAL       -> the owner's own level (financing/overhead/totals)
 *      WRONG_LEVEL   -> the level that should carry it instead (RIJK, PROVINCIE,
 *                       GEMEENTE or WATERSCHAP), never the owner's own level
 *      NOT_GOVERNMENT-> MARKT
 *      UNKNOWN       -> null, with category null
 *  - `category` is the number of the category in LEVELS.md (1..21); NEUTRAL lines
 *    are always category 21 and category-21 lines are always NEUTRAL.
 *  - An Iv3 taakveld gives a default category; the description refines it
 *    ("Algemene arbeidsbemiddeling" under 6.5 is category 4, not 3). A line with
 *    an empty/vague description but a telling taakveld ("Diverse lasten", 6.72d)
 *    follows the taakveld. A vague description under 3.1 stays UNKNOWN, because
 *    LEVELS.md says 3.1 holds both sound site policy and stimulus.
 *  - Provincial lines carry no municipal Iv3 code (provinces use their own list);
 *    where they have a taakveld it is a provincial name without a code.
 *    Rijk lines carry no taakveld.
 *
 * DECISIONS WHERE LEVELS.md LEAVES ROOM (also listed in the report)
 *  - Stimulus in the Rijk's own budget (cat. 5): "Right level Rijk (and then still
 *    doubtful)" -> QUESTIONABLE, level RIJK (no condition is named that would make
 *    it CONDITIONAL, and the essay doubts the role itself).
 *  - Dikes vs primary flood defences (cat. 6): executing water-board work
 *    (dijkonderhoud, dijkversterking, zuivering, peilbeheer) in a gemeente or
 *    provincie budget -> WRONG_LEVEL WATERSCHAP; national flood-protection
 *    programmes/coastal defence (Deltafonds, HWBP, zandsuppleties) -> RIJK.
 *  - A province paying for a purely local good, facility, local-economy task,
 *    early education, school attendance, school housing, social care or
 *    participation work -> WRONG_LEVEL GEMEENTE (by analogy with "the Rijk paying
 *    for a purely local good"; LEVELS names the gemeente for these tasks).
 *  - Provincial income support of any kind is filed under cat. 1 ("a provincial
 *    income scheme is the wrong level") -> WRONG_LEVEL RIJK.
 *  - The Rijk FINANCING what the gemeente executes (BUIG, participatiebudget) is
 *    the Rijk's own role -> OK RIJK; the Rijk EXECUTING or directly subsidising a
 *    local task (wijkteams, sporthallen, schoolgebouwen) -> WRONG_LEVEL GEMEENTE.
 *  - Kwijtschelding is category 2 (LEVELS lists it there), even under 0.64.
 *  - Tax and levy revenue (OZB, rioolheffing, afvalstoffenheffing,
 *    toeristenbelasting) is category 21 NEUTRAL, even under 7.2/7.3.
 *  - Risk-capital funds fed by windfall money (Essent/Nuon sale) stay CONDITIONAL;
 *    the essay calls it a warning sign, not a different verdict.
 */

export interface LabelledLine {
  description: string;
  taakveld?: string | number;
  owner: "gemeente" | "provincie" | "rijk";
  verdict: "OK" | "CONDITIONAL" | "QUESTIONABLE" | "WRONG_LEVEL" | "NOT_GOVERNMENT" | "NEUTRAL" | "UNKNOWN";
  level: "RIJK" | "PROVINCIE" | "GEMEENTE" | "WATERSCHAP" | "MARKT" | null;
  category: number | null /* 1..21 as numbered in LEVELS.md, null for UNKNOWN */;
  why: string /* one short line: which passage of LEVELS.md/essay decides */;
}

type Owner = LabelledLine["owner"];
type Verdict = LabelledLine["verdict"];
type Level = LabelledLine["level"];

function mk(
  owner: Owner,
  description: string,
  taakveld: string | number | null,
  verdict: Verdict,
  level: Level,
  category: number | null,
  why: string,
): LabelledLine {
  const base = { description, owner, verdict, level, category, why };
  return taakveld === null ? base : { ...base, taakveld };
}

const g = (d: string, tv: string | number | null, v: Verdict, l: Level, c: number | null, why: string): LabelledLine =>
  mk("gemeente", d, tv, v, l, c, why);
const p = (d: string, tv: string | number | null, v: Verdict, l: Level, c: number | null, why: string): LabelledLine =>
  mk("provincie", d, tv, v, l, c, why);
const r = (d: string, tv: string | number | null, v: Verdict, l: Level, c: number | null, why: string): LabelledLine =>
  mk("rijk", d, tv, v, l, c, why);

// Frequently used reasons (kept short; they point at the deciding passage).
const W1_BUIG = "§1: gemeente voert bijstand uit met rijksgeld (BUIG) — essay 'Wie doet wat?'";
const W1_LOCALTAX = "§1: herverdeling uit lokale belastingen lokt vertrek van rijken uit — Rijk";
const W1_PROV = "§1: provinciale inkomensregeling is verkeerd niveau — herverdeling is Rijk";
const W1_RIJK = "§1: inkomensherverdeling via uitkeringen/toeslagen is Rijkstaak";
const W2 = "§2: aanvullend lokaal inkomensbeleid als maatwerk; verschillen tussen gemeenten klein houden";
const W3 = "§3: participatie van mensen die hulp nodig hebben: gemeente met rijksgeld";
const W3_PROV = "§3: gemeente is de meest toegankelijke overheid voor participatie — niet provincie";
const W4 = "§4: arbeidsbemiddeling voor wie zichzelf redt is geen overheidstaak";
const W5 = "§5: lokaal stimuleren van de vraag lekt weg; gemeente/provincie moeten wegblijven";
const W5_RIJK = "§5: conjunctuurbeleid hoort hooguit bij het Rijk, en dan nog twijfelachtig";
const W6_G = "§6: lokaal publiek goed — gemeente";
const W6_P = "§6: regionaal publiek goed (provinciale wegen, regionaal OV, natuur) — provincie";
const W6_R = "§6: nationaal publiek goed (defensie, rechtspraak, primaire waterkering) — Rijk";
const W6_RLOCAL = "§6: Rijk dat een puur lokaal goed betaalt is verkeerd niveau (landelijke eenheidsworst)";
const W6_PLOCAL = "§6 (analogie): puur lokaal goed hoort bij de gemeente, niet bij de provincie";
const W6_WS = "§6/opdracht: waterschapstaak (dijken, zuivering, peilbeheer) — waterschap";
const W6_NAT = "§6: nationaal publiek goed in gemeentebegroting — Rijk";
const W7_G = "§7: gemeente zorgt voor voldoende werklocaties (Bestuursakkoord)";
const W7_P = "§7: provincie: bedrijventerreinenbeleid, vestigingsklimaat, ruimtelijke inpassing";
const W8 = "§8: lokale economie uit het Bestuursakkoord (loket, detailhandel, toerisme, markten) — gemeente";
const W8_OTHER = "§8: lokale-economietaak hoort bij de gemeente";
const W9 = "§9: cluster/sectorbeleid — zwak bewijs, gekaapt door belangen, overheid kiest slecht winnaars";
const W10 = "§10: risicokapitaal alleen als markt faalt, private investeerders beslissen/delen risico, verliezen begroot";
const W10_WINDFALL = "§10: idem; besteding gedreven door verkoop energieaandelen is een waarschuwing";
const W11_R = "§11: missiegedreven innovatie (klimaat, circulair) — Rijk/internationaal";
const W11_D = "§11: decentrale overheid alleen ondersteunend aan een nationale missie — voorwaardelijk";
const W12 = "§12: netwerkeffect — helpen kritische massa te bereiken, daarna terugtreden";
const W13_G = "§13: bemoeigoed, lokale voorziening — gemeente";
const W13_R = "§13: nationale culturele instelling — Rijk";
const W13_RLOCAL = "§13/§6: lokale voorziening betaald door Rijk — gemeente";
const W13_PLOCAL = "§13: lokale voorziening — gemeente, niet provincie";
const W14 = "§14: vve/schakelklas/zomerschool gericht op kinderen met achterstand — gemeente";
const W14_UNIV = "§14: universeel aanbod is niet doelmatig — alleen voorwaardelijk";
const W14_PROV = "§14: provincies hebben hier geen directe taak — gemeente";
const W15 = "§15: schoolverzuim voorkomen (leerplicht, RMC) — gemeente";
const W15_BACK = "§15: uitgevallen jongeren terugleiden werkt minder goed — voorwaardelijk";
const W15_PROV = "§15: schoolverzuim is gemeentetaak, niet provincie";
const W16_G = "§16: klassenverkleining/leraren is Rijk (schoolbesturen); gemeente helpt alleen met lokalen";
const W16_P = "§16: provincie die extra geld in klassenverkleining steekt: voorwaardelijk";
const W16_R = "§16: budget schoolbesturen voor klassen/leraren — primair Rijk";
const W17 = "§17: onderwijshuisvesting en extra lokalen — gemeente";
const W17_OTHER = "§17: onderwijshuisvesting is gemeentetaak";
const W18 = "§18: om- en bijscholing faciliteren mag elk niveau — zolang het de scholingsmarkt niet vervangt";
const W19_R = "§19: steun aan achterblijvende regio's kan niet aan de regio zelf worden overgelaten — Rijk";
const W19_D = "§19: regio's kunnen dit niet zelf; Rijkstaak (Besluit)";
const W20 = "§20: sociaal domein/jeugd/volksgezondheid — gemeente (decentralisaties 2015)";
const W20_OTHER = "§20: gedecentraliseerd naar de gemeente in 2015";
const W20_TV = "§20 via taakveld: lege omschrijving, taakveld sociaal domein bepaalt";
const W21 = "§21: bestuur/financiering/overhead/reserves/totalen — geen beleidstaak";
const WU = "Onbekend: omschrijving en taakveld laten geen plaatsing toe";

const LINES: LabelledLine[] = [
  // ───────────────────────── 1. Inkomensherverdeling ─────────────────────────
  g("Bijstandsuitkeringen Participatiewet", "6.3 Inkomensregelingen", "OK", "GEMEENTE", 1, W1_BUIG),
  g("BUIG - algemene bijstand", 6.3, "OK", "GEMEENTE", 1, W1_BUIG),
  g("Uitkeringen levensonderhoud (PW, IOAW, IOAZ)", "6.3", "OK", "GEMEENTE", 1, W1_BUIG),
  g("Bbz 2004 levensonderhoud zelfstandigen", "6.3 Inkomensregelingen", "OK", "GEMEENTE", 1, W1_BUIG),
  g("BIJSTANDSUITKERINGEN", null, "OK", "GEMEENTE", 1, W1_BUIG),
  g("6.3 Inkomensregelingen - levensonderhoud", null, "OK", "GEMEENTE", 1, W1_BUIG),
  g("Social assistance benefits (BUIG-funded)", null, "OK", "GEMEENTE", 1, W1_BUIG),
  g("Terugvordering en verhaal bijstand", 6.3, "OK", "GEMEENTE", 1, W1_BUIG),
  g("Tozo-uitkeringen (rijksvergoeding)", "6.3", "OK", "GEMEENTE", 1, W1_BUIG),
  g("Gemeentelijke inkomenstoeslag bovenop de bijstand, gedekt uit OZB-verhoging", "6.3", "WRONG_LEVEL", "RIJK", 1, W1_LOCALTAX),
  g("Lokale herverdeling: extra toeslag voor lage inkomens uit eigen belastingopbrengst", null, "WRONG_LEVEL", "RIJK", 1, W1_LOCALTAX),
  g("Lokaal basisinkomen voor alle inwoners (eigen middelen)", null, "WRONG_LEVEL", "RIJK", 1, W1_LOCALTAX),
  g("Income top-up for all low-income households paid from local property tax", null, "WRONG_LEVEL", "RIJK", 1, W1_LOCALTAX),
  p("Provinciale inkomensregeling voor huishoudens met een laag inkomen", null, "WRONG_LEVEL", "RIJK", 1, W1_PROV),
  p("Koopkrachttegemoetkoming minima uit provinciaal energiefonds", null, "WRONG_LEVEL", "RIJK", 1, W1_PROV),
  p("Income support scheme for low-income residents", null, "WRONG_LEVEL", "RIJK", 1, W1_PROV),
  p("Provinciale huurtoeslag-aanvulling", "Cultuur en maatschappij", "WRONG_LEVEL", "RIJK", 1, W1_PROV),
  r("Algemene bijstand: BUIG-uitkering aan gemeenten", null, "OK", "RIJK", 1, W1_BUIG),
  r("AOW-uitkeringen", null, "OK", "RIJK", 1, W1_RIJK),
  r("Kindgebonden budget en kinderbijslag", null, "OK", "RIJK", 1, W1_RIJK),
  r("Zorgtoeslag", null, "OK", "RIJK", 1, W1_RIJK),
  r("Unemployment benefits (WW) - national scheme", null, "OK", "RIJK", 1, W1_RIJK),

  // ───────────────────── 2. Aanvullend lokaal inkomensbeleid ─────────────────────
  g("Armoedebestrijding", "6.3", "CONDITIONAL", "GEMEENTE", 2, W2),
  g("Minimabeleid: meedoenregeling kinderen", null, "CONDITIONAL", "GEMEENTE", 2, W2),
  // Relabelled OK after LEVELS.md's clarification on statutory tasks: bijzondere bijstand, the
  // individuele inkomenstoeslag (Participatiewet) and kwijtschelding under the national norms are
  // medebewind; what a municipality adds of its own accord stays conditional.
  g("Bijzondere bijstand", 6.3, "OK", "GEMEENTE", 2, W2),
  g("6.3 Inkomensregelingen - bijzondere bijstand", null, "OK", "GEMEENTE", 2, W2),
  g("Kwijtschelding gemeentelijke belastingen", "0.64 Belastingen overig", "OK", "GEMEENTE", 2, W2),
  g("Individuele inkomenstoeslag (IIT)", "6.3 Inkomensregelingen", "OK", "GEMEENTE", 2, W2),
  g("Verruiming kwijtschelding naar 120% van de norm", null, "CONDITIONAL", "GEMEENTE", 2, W2),
  g("Collectieve zorgverzekering minima", null, "CONDITIONAL", "GEMEENTE", 2, W2),
  g("Stadspas / kindpakket", null, "CONDITIONAL", "GEMEENTE", 2, W2),
  g("Poverty reduction programme (minima)", null, "CONDITIONAL", "GEMEENTE", 2, W2),
  g("armoede- en minimabeleid", "6.3", "CONDITIONAL", "GEMEENTE", 2, W2),
  g("Aanpak kinderarmoede", null, "CONDITIONAL", "GEMEENTE", 2, W2),
  g("Minimaregelingen", null, "CONDITIONAL", "GEMEENTE", 2, W2),

  // ───────────────── 3. Arbeidsparticipatie van wie hulp nodig heeft ─────────────────
  g("Re-integratie bijstandsgerechtigden", "6.5 Arbeidsparticipatie", "OK", "GEMEENTE", 3, W3),
  g("Loonkostensubsidie (LKS) Participatiewet", 6.5, "OK", "GEMEENTE", 3, W3),
  g("Sociale werkvoorziening (Wsw) - bijdrage SW-bedrijf", "6.4 Begeleide participatie", "OK", "GEMEENTE", 3, W3),
  g("WSW en beschut werk", "6.4 WSW en beschut werk", "OK", "GEMEENTE", 3, W3),
  g("Beschut werk nieuw", "6.4", "OK", "GEMEENTE", 3, W3),
  g("Participatiebudget: trajecten naar werk", null, "OK", "GEMEENTE", 3, W3),
  g("Jobcoaching en werkfit-trajecten statushouders", "6.5", "OK", "GEMEENTE", 3, W3),
  g("Reintegration of welfare recipients", null, "OK", "GEMEENTE", 3, W3),
  g("Sheltered employment (Wsw) contribution", null, "OK", "GEMEENTE", 3, W3),
  g("Werkgeversdienstverlening: plaatsing kandidaten uit de doelgroep Participatiewet", "6.5", "OK", "GEMEENTE", 3, W3),
  g("Begeleiding banenafspraak / garantiebanen", null, "OK", "GEMEENTE", 3, W3),
  g("Bijdrage GR sociale werkvoorziening", "6.4", "OK", "GEMEENTE", 3, W3),
  g("reintegratie en activering", null, "OK", "GEMEENTE", 3, W3),
  p("Provinciaal re-integratieprogramma voor bijstandsgerechtigden", "Regionale economie", "WRONG_LEVEL", "GEMEENTE", 3, W3_PROV),
  p("Provinciale subsidie aan SW-bedrijf", null, "WRONG_LEVEL", "GEMEENTE", 3, W3_PROV),
  p("Wage subsidies for people with a labour market disability", null, "WRONG_LEVEL", "GEMEENTE", 3, W3_PROV),
  r("Participatiebudget en Wsw-middelen (integratie-uitkering aan gemeenten)", null, "OK", "RIJK", 3, "§3: participatiebeleid wordt met rijksgeld uitgevoerd — het Rijk financiert"),
  r("Rijksuitvoering re-integratietrajecten voor bijstandscliënten van gemeenten", null, "WRONG_LEVEL", "GEMEENTE", 3, "§3: uitvoering hoort bij de gemeente als meest toegankelijke overheid"),

  // ─────────────── 4. Arbeidsbemiddeling voor wie zichzelf redt ───────────────
  g("Gemeentelijk vacatureloket voor alle werkzoekenden", null, "NOT_GOVERNMENT", "MARKT", 4, W4),
  g("Loopbaancoaching voor werkenden", null, "NOT_GOVERNMENT", "MARKT", 4, W4),
  g("Banenmarkt voor werkzoekenden zonder uitkering", "3.1", "NOT_GOVERNMENT", "MARKT", 4, W4),
  g("Career coaching for employed residents", null, "NOT_GOVERNMENT", "MARKT", 4, W4),
  g("Sollicitatietraining hoogopgeleide werkzoekenden (geen uitkering)", null, "NOT_GOVERNMENT", "MARKT", 4, W4),
  g("Algemene arbeidsbemiddeling", "6.5", "NOT_GOVERNMENT", "MARKT", 4, W4),
  g("Uitzendbureau-functie gemeente: werving en selectie voor lokale werkgevers", null, "NOT_GOVERNMENT", "MARKT", 4, W4),
  p("Provinciaal loopbaanplatform voor werkenden", null, "NOT_GOVERNMENT", "MARKT", 4, W4),
  p("Regional job portal for all job seekers", null, "NOT_GOVERNMENT", "MARKT", 4, W4),
  r("Landelijke vacaturebank voor werkenden die van baan willen wisselen", null, "NOT_GOVERNMENT", "MARKT", 4, W4),

  // ───────────────────────── 5. Conjunctuurstimulering ─────────────────────────
  g("Stimuleringspakket lokale economie", "3.1 Economische ontwikkeling", "WRONG_LEVEL", "RIJK", 5, W5),
  g("Koopkrachtimpuls: waardebonnen voor lokale winkels", "3.1", "WRONG_LEVEL", "RIJK", 5, W5),
  g("Anticyclisch investeren in de openbare ruimte", null, "WRONG_LEVEL", "RIJK", 5, W5),
  g("Crisisbanen: tijdelijke banen tijdens de recessie", null, "WRONG_LEVEL", "RIJK", 5, W5),
  g("Economic recovery package (COVID stimulus)", null, "WRONG_LEVEL", "RIJK", 5, W5),
  g("Coronasteunpakket: extra bestedingsimpuls", "3.1", "WRONG_LEVEL", "RIJK", 5, W5),
  g("Investeringen naar voren halen om de bouw aan het werk te houden", null, "WRONG_LEVEL", "RIJK", 5, W5),
  p("Provinciaal investeringsprogramma tegen de crisis (anticyclisch)", "Regionale economie", "WRONG_LEVEL", "RIJK", 5, W5),
  p("Economisch stimuleringspakket", null, "WRONG_LEVEL", "RIJK", 5, W5),
  p("Stimulus package to boost regional demand", null, "WRONG_LEVEL", "RIJK", 5, W5),
  p("Koopkrachtimpuls provincie", null, "WRONG_LEVEL", "RIJK", 5, W5),
  r("Stimuleringspakket economie (anticyclische uitgaven)", null, "QUESTIONABLE", "RIJK", 5, W5_RIJK),
  r("Fiscal stimulus: temporary spending to counter the recession", null, "QUESTIONABLE", "RIJK", 5, W5_RIJK),
  r("Tijdelijke crisisbanen (banenplan recessie)", null, "QUESTIONABLE", "RIJK", 5, W5_RIJK),

  // ─────────────────── 6. Lokale en regionale publieke goederen ───────────────────
  g("Onderhoud wegen, straten en pleinen", "2.1 Verkeer en vervoer", "OK", "GEMEENTE", 6, W6_G),
  g("Openbare verlichting", 2.1, "OK", "GEMEENTE", 6, W6_G),
  g("Straatverlichting: vervanging door LED", null, "OK", "GEMEENTE", 6, W6_G),
  g("Brandweer - bijdrage Veiligheidsregio", "1.1 Crisisbeheersing en brandweer", "OK", "GEMEENTE", 6, W6_G),
  g("Openbare orde en veiligheid", "1.2", "OK", "GEMEENTE", 6, W6_G),
  g("Cameratoezicht uitgaansgebied", "1.2 Openbare orde en veiligheid", "OK", "GEMEENTE", 6, W6_G),
  g("BOA's en handhaving openbare ruimte", null, "OK", "GEMEENTE", 6, W6_G),
  g("Onderhoud openbaar groen", "5.7 Openbaar groen en (openlucht) recreatie", "OK", "GEMEENTE", 6, W6_G),
  g("Riolering", 7.2, "OK", "GEMEENTE", 6, W6_G),
  g("7.2 Riolering: vervanging vrijvervalriool (GRP)", null, "OK", "GEMEENTE", 6, W6_G),
  g("Afvalinzameling en -verwerking", "7.3 Afval", "OK", "GEMEENTE", 6, W6_G),
  g("Huisvuilinzameling", 7.3, "OK", "GEMEENTE", 6, W6_G),
  g("Bestemmingsplannen en omgevingsplan", "8.1 Ruimtelijke ordening", "OK", "GEMEENTE", 6, W6_G),
  g("Omgevingsvisie en ruimtelijke plannen", "8.1 Ruimte en leefomgeving", "OK", "GEMEENTE", 6, W6_G),
  g("Gladheidbestrijding", null, "OK", "GEMEENTE", 6, W6_G),
  g("Street cleaning", null, "OK", "GEMEENTE", 6, W6_G),
  g("Waste collection and recycling", null, "OK", "GEMEENTE", 6, W6_G),
  g("Parks and green space maintenance", null, "OK", "GEMEENTE", 6, W6_G),
  g("Verkeersveiligheid: inrichting 30 km-zones", "2.1", "OK", "GEMEENTE", 6, W6_G),
  g("Vergunningverlening bouwen", "8.3 Wonen en bouwen", "OK", "GEMEENTE", 6, W6_G),
  g("Milieuhandhaving (bijdrage omgevingsdienst)", "7.4 Milieubeheer", "OK", "GEMEENTE", 6, W6_G),
  g("Speelvoorzieningen in de wijken", null, "OK", "GEMEENTE", 6, W6_G),
  g("Fire service and emergency response", null, "OK", "GEMEENTE", 6, W6_G),
  g("Bijdrage aan GR", "7.3 Afval", "OK", "GEMEENTE", 6, "§6 via taakveld: bijdrage aan afval-GR is lokaal publiek goed"),
  g("Overige kosten", "7.2 Riolering", "OK", "GEMEENTE", 6, "§6 via taakveld: vage omschrijving, taakveld riolering bepaalt"),
  g("Bijdrage huisvesting kantongerecht / rechtbank", null, "WRONG_LEVEL", "RIJK", 6, W6_NAT),
  g("Contribution to the national defence base", null, "WRONG_LEVEL", "RIJK", 6, W6_NAT),
  g("Kustverdediging: zandsuppleties", null, "WRONG_LEVEL", "RIJK", 6, "§6: primaire waterkering/kust is nationaal publiek goed — Rijk"),
  g("Dijkversterking Lekdijk (bijdrage gemeente)", null, "WRONG_LEVEL", "WATERSCHAP", 6, W6_WS),
  g("Onderhoud dijken en kaden", null, "WRONG_LEVEL", "WATERSCHAP", 6, W6_WS),
  g("Rioolwaterzuivering (RWZI)", null, "WRONG_LEVEL", "WATERSCHAP", 6, W6_WS),
  g("Peilbeheer en kwaliteit oppervlaktewater", null, "WRONG_LEVEL", "WATERSCHAP", 6, W6_WS),
  p("Beheer en onderhoud provinciale wegen", "Verkeer en vervoer: landwegen", "OK", "PROVINCIE", 6, W6_P),
  p("Regionaal openbaar vervoer (concessie streekvervoer)", "Verkeer en vervoer: openbaar vervoer", "OK", "PROVINCIE", 6, W6_P),
  p("Natuurnetwerk Nederland: verwerving en inrichting", "Natuur", "OK", "PROVINCIE", 6, W6_P),
  p("Vaarwegen en bruggen provinciale kanalen", "Verkeer en vervoer: waterwegen", "OK", "PROVINCIE", 6, W6_P),
  p("VTH milieu via omgevingsdienst (provinciale taken)", "Milieu", "OK", "PROVINCIE", 6, W6_P),
  p("Provincial roads maintenance", null, "OK", "PROVINCIE", 6, W6_P),
  p("Regional public transport concession", null, "OK", "PROVINCIE", 6, W6_P),
  p("Beheer Natura 2000-gebieden", null, "OK", "PROVINCIE", 6, W6_P),
  p("Bodemsanering", "Milieu", "OK", "PROVINCIE", 6, W6_P),
  p("Omgevingsvisie en provinciale ruimtelijke ordening", "Ruimte", "OK", "PROVINCIE", 6, W6_P),
  p("N-wegen: groot onderhoud en reconstructie", null, "OK", "PROVINCIE", 6, W6_P),
  p("Versterking regionale waterkeringen (uitvoering)", "Water", "WRONG_LEVEL", "WATERSCHAP", 6, W6_WS),
  p("Zuivering van afvalwater", null, "WRONG_LEVEL", "WATERSCHAP", 6, W6_WS),
  p("Subsidie speeltuinen en dorpspleinen in kleine kernen", null, "WRONG_LEVEL", "GEMEENTE", 6, W6_PLOCAL),
  p("Straatverlichting in woonwijken (provinciale bijdrage)", null, "WRONG_LEVEL", "GEMEENTE", 6, W6_PLOCAL),
  r("Defensie: materieel en personeel", null, "OK", "RIJK", 6, W6_R),
  r("Rechtspraak", null, "OK", "RIJK", 6, W6_R),
  r("Hoogwaterbeschermingsprogramma (Deltafonds)", null, "OK", "RIJK", 6, W6_R),
  r("Hoofdwegennet: aanleg en onderhoud rijkswegen", null, "OK", "RIJK", 6, W6_R),
  r("Border security and coast guard", null, "OK", "RIJK", 6, W6_R),
  r("Nationale Politie", null, "OK", "RIJK", 6, W6_R),
  r("Rijkssubsidie onderhoud gemeentelijke speelplaatsen", null, "WRONG_LEVEL", "GEMEENTE", 6, W6_RLOCAL),
  r("Specifieke uitkering voor onderhoud lokale fietspaden", null, "WRONG_LEVEL", "GEMEENTE", 6, W6_RLOCAL),
  r("Central government grant for local park maintenance", null, "WRONG_LEVEL", "GEMEENTE", 6, W6_RLOCAL),
  r("Rijksprogramma straatverlichting in gemeenten", null, "WRONG_LEVEL", "GEMEENTE", 6, W6_RLOCAL),

  // ─────────────────── 7. Bedrijventerreinen en vestigingsklimaat ───────────────────
  g("Bedrijventerreinen: herstructurering", "3.2 Fysieke bedrijfsinfrastructuur", "OK", "GEMEENTE", 7, W7_G),
  g("Grondexploitatie bedrijventerrein De Hoek", "3.2", "OK", "GEMEENTE", 7, W7_G),
  g("Uitgifte bedrijfskavels", 3.2, "OK", "GEMEENTE", 7, W7_G),
  g("Werklocaties: voldoende ruimte voor bedrijven", "3.1", "OK", "GEMEENTE", 7, W7_G),
  g("Industrial estate redevelopment", null, "OK", "GEMEENTE", 7, W7_G),
  g("Vestigingsklimaat en ruimte voor bedrijvigheid", null, "OK", "GEMEENTE", 7, W7_G),
  p("Bedrijventerreinenbeleid en regionale programmering werklocaties", "Regionale economie", "OK", "PROVINCIE", 7, W7_P),
  p("Regionaal vestigingsklimaat", null, "OK", "PROVINCIE", 7, W7_P),
  p("Ruimtelijke inpassing van bedrijvigheid en kennisinstellingen", "Ruimte", "OK", "PROVINCIE", 7, W7_P),
  p("Regional programming of industrial sites", null, "OK", "PROVINCIE", 7, W7_P),
  p("Herstructurering verouderde bedrijventerreinen (provinciaal programma)", null, "OK", "PROVINCIE", 7, W7_P),

  // ─────────────── 8. Lokale economie (Bestuursakkoord) ───────────────
  g("Ondernemersloket", "3.3 Bedrijvenloket en bedrijfsregelingen", "OK", "GEMEENTE", 8, W8),
  g("Centrummanagement en detailhandelsbeleid", "3.1", "OK", "GEMEENTE", 8, W8),
  g("Toerisme en recreatie: VVV", null, "OK", "GEMEENTE", 8, W8),
  g("Citymarketing", "3.4 Economische promotie", "OK", "GEMEENTE", 8, W8),
  g("Weekmarkt", 3.3, "OK", "GEMEENTE", 8, W8),
  g("Warenmarkt: standplaatsen en marktmeester", "3.3", "OK", "GEMEENTE", 8, W8),
  g("Recreatieve havens", "2.3 Recreatieve havens", "OK", "GEMEENTE", 8, W8),
  g("Aanpak leegstand winkelstraten", null, "OK", "GEMEENTE", 8, W8),
  g("Tourism promotion and visitor information", null, "OK", "GEMEENTE", 8, W8),
  g("City marketing", null, "OK", "GEMEENTE", 8, W8),
  g("detailhandelsstructuurvisie", null, "OK", "GEMEENTE", 8, W8),
  g("Ondernemersloket en accountmanagement MKB", "3.3", "OK", "GEMEENTE", 8, W8),
  p("Provinciale subsidie centrummanagement binnenstad Deventer", null, "WRONG_LEVEL", "GEMEENTE", 8, W8_OTHER),
  p("Provinciale bijdrage aan citymarketing van de steden", null, "WRONG_LEVEL", "GEMEENTE", 8, W8_OTHER),
  r("Impulsaanpak winkelgebieden: leegstand binnensteden", null, "WRONG_LEVEL", "GEMEENTE", 8, W8_OTHER),

  // ─────────────────────── 9. Cluster- en sectorbeleid ───────────────────────
  g("Campusontwikkeling Brainport", "3.1 Economische ontwikkeling", "QUESTIONABLE", "GEMEENTE", 9, W9),
  g("Science park: gemeentelijke bijdrage aan ontwikkeling", null, "QUESTIONABLE", "GEMEENTE", 9, W9),
  g("Food Valley: clusterversterking agrifood", "3.1", "QUESTIONABLE", "GEMEENTE", 9, W9),
  g("Smart specialisation strategie", null, "QUESTIONABLE", "GEMEENTE", 9, W9),
  g("Subsidie topsector logistiek", null, "QUESTIONABLE", "GEMEENTE", 9, W9),
  g("Health Innovation Campus", null, "QUESTIONABLE", "GEMEENTE", 9, W9),
  g("Sectorprogramma maakindustrie: subsidies aan geselecteerde bedrijven", "3.1", "QUESTIONABLE", "GEMEENTE", 9, W9),
  g("Economic cluster development: life sciences", null, "QUESTIONABLE", "GEMEENTE", 9, W9),
  g("Kenniscampus / innovatiedistrict", null, "QUESTIONABLE", "GEMEENTE", 9, W9),
  p("Topsectorenbeleid: regionale verankering", "Regionale economie", "QUESTIONABLE", "PROVINCIE", 9, W9),
  p("Clusterprogramma agrofood", null, "QUESTIONABLE", "PROVINCIE", 9, W9),
  p("Chemelot Campus: provinciale bijdrage", null, "QUESTIONABLE", "PROVINCIE", 9, W9),
  p("Smart specialisation (RIS3) programme", null, "QUESTIONABLE", "PROVINCIE", 9, W9),
  p("Energy Valley: valley-ontwikkeling", null, "QUESTIONABLE", "PROVINCIE", 9, W9),
  r("Topsectorenbeleid", null, "QUESTIONABLE", "RIJK", 9, W9),
  r("Topsectoren: TKI-toeslag", null, "QUESTIONABLE", "RIJK", 9, W9),
  r("Sector deals for selected industries", null, "QUESTIONABLE", "RIJK", 9, W9),

  // ─────────────────── 10. Risicokapitaal voor kleine bedrijven ───────────────────
  g("Revolverend fonds MKB", "3.1", "CONDITIONAL", "GEMEENTE", 10, W10),
  g("Starterslening voor ondernemers", null, "CONDITIONAL", "GEMEENTE", 10, W10),
  g("Innovatiekrediet lokale bedrijven", null, "CONDITIONAL", "GEMEENTE", 10, W10),
  g("Microkredieten kleine ondernemers", "3.3", "CONDITIONAL", "GEMEENTE", 10, W10),
  g("Deelneming in regionaal investeringsfonds", null, "CONDITIONAL", "GEMEENTE", 10, W10),
  g("Revolving fund for SMEs", null, "CONDITIONAL", "GEMEENTE", 10, W10),
  p("ROM: participatiefonds voor MKB", "Regionale economie", "CONDITIONAL", "PROVINCIE", 10, W10),
  p("Innovatiefonds gevoed uit verkoopopbrengst Essent-aandelen", null, "CONDITIONAL", "PROVINCIE", 10, W10_WINDFALL),
  p("MKB-innovatiestimulering: achtergestelde leningen", null, "CONDITIONAL", "PROVINCIE", 10, W10),
  p("Venture capital fund for start-ups", null, "CONDITIONAL", "PROVINCIE", 10, W10),
  p("Provinciaal durfkapitaalfonds", null, "CONDITIONAL", "PROVINCIE", 10, W10),
  r("Innovatiekrediet (RVO)", null, "CONDITIONAL", "RIJK", 10, W10),
  r("Seed Capital-regeling", null, "CONDITIONAL", "RIJK", 10, W10),
  r("Borgstelling MKB-kredieten (BMKB)", null, "CONDITIONAL", "RIJK", 10, W10),

  // ─────────────────── 11. Missiegedreven innovatie ───────────────────
  g("Energietransitie: uitvoering Regionale Energiestrategie (RES)", "7.4 Milieubeheer", "CONDITIONAL", "GEMEENTE", 11, W11_D),
  g("Transitievisie warmte / aardgasvrije wijken", null, "CONDITIONAL", "GEMEENTE", 11, W11_D),
  g("Programma circulaire economie", null, "CONDITIONAL", "GEMEENTE", 11, W11_D),
  g("Climate mitigation programme", null, "CONDITIONAL", "GEMEENTE", 11, W11_D),
  g("Energieloket en energiecoaches", "7.4", "CONDITIONAL", "GEMEENTE", 11, W11_D),
  p("Uitvoering Klimaatakkoord: regionale energiestrategie", "Milieu", "CONDITIONAL", "PROVINCIE", 11, W11_D),
  p("Circulaire economie (provinciaal programma)", null, "CONDITIONAL", "PROVINCIE", 11, W11_D),
  p("Energy transition research grants", null, "CONDITIONAL", "PROVINCIE", 11, W11_D),
  r("Klimaatfonds: missiegedreven innovatie energietransitie", null, "OK", "RIJK", 11, W11_R),
  r("Onderzoeksprogramma circulaire economie", null, "OK", "RIJK", 11, W11_R),
  r("Climate mission R&D", null, "OK", "RIJK", 11, W11_R),

  // ─────────────────────── 12. Netwerkeffecten ───────────────────────
  g("Laadpalen elektrisch vervoer", "2.1", "CONDITIONAL", "GEMEENTE", 12, W12),
  g("Publieke laadinfrastructuur", null, "CONDITIONAL", "GEMEENTE", 12, W12),
  g("Glasvezel buitengebied", null, "CONDITIONAL", "GEMEENTE", 12, W12),
  g("EV charging points", null, "CONDITIONAL", "GEMEENTE", 12, W12),
  g("Breedband in de witte vlekken", "3.1", "CONDITIONAL", "GEMEENTE", 12, W12),
  p("Snel internet buitengebied (breedbandregeling)", null, "CONDITIONAL", "PROVINCIE", 12, W12),
  p("Laadinfrastructuur: provinciale regeling", null, "CONDITIONAL", "PROVINCIE", 12, W12),
  p("Rural broadband rollout", null, "CONDITIONAL", "PROVINCIE", 12, W12),
  r("Nationale Agenda Laadinfrastructuur", null, "CONDITIONAL", "RIJK", 12, W12),
  r("Subsidie waterstoftankstations", null, "CONDITIONAL", "RIJK", 12, W12),

  // ─────────────────────── 13. Bemoeigoederen ───────────────────────
  g("Openbare bibliotheek", "5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie", "OK", "GEMEENTE", 13, W13_G),
  g("Sportaccommodaties", "5.2 Sportaccommodaties", "OK", "GEMEENTE", 13, W13_G),
  g("Zwembad: exploitatiebijdrage", 5.2, "OK", "GEMEENTE", 13, W13_G),
  g("Sportstimulering en buurtsportcoaches", "5.1 Sportbeleid en activering", "OK", "GEMEENTE", 13, W13_G),
  g("Stedelijk museum", "5.4 Musea", "OK", "GEMEENTE", 13, W13_G),
  g("Monumentenzorg", "5.5 Cultureel erfgoed", "OK", "GEMEENTE", 13, W13_G),
  g("Lokale omroep", "5.6 Media", "OK", "GEMEENTE", 13, W13_G),
  g("Muziekschool en cultuureducatie", null, "OK", "GEMEENTE", 13, W13_G),
  g("Schouwburg / theater", "5.3", "OK", "GEMEENTE", 13, W13_G),
  g("Public library", null, "OK", "GEMEENTE", 13, W13_G),
  g("Sports facilities and swimming pools", null, "OK", "GEMEENTE", 13, W13_G),
  g("Subsidie poppodium", null, "OK", "GEMEENTE", 13, W13_G),
  g("Bijdrage aan het Rijksmuseum", null, "WRONG_LEVEL", "RIJK", 13, W13_R),
  p("Subsidie lokale sportverenigingen en dorpshuizen", null, "WRONG_LEVEL", "GEMEENTE", 13, W13_PLOCAL),
  p("Provinciale bijdrage verbouwing gemeentelijk zwembad", null, "WRONG_LEVEL", "GEMEENTE", 13, W13_PLOCAL),
  p("Grant to a local public library branch", null, "WRONG_LEVEL", "GEMEENTE", 13, W13_PLOCAL),
  r("Rijksmusea en culturele basisinfrastructuur (BIS)", null, "OK", "RIJK", 13, W13_R),
  r("Publieke omroep (NPO)", null, "OK", "RIJK", 13, W13_R),
  r("Koninklijke Bibliotheek", null, "OK", "RIJK", 13, W13_R),
  r("National museums", null, "OK", "RIJK", 13, W13_R),
  r("Rijkssubsidie bouw gemeentelijke sporthallen", null, "WRONG_LEVEL", "GEMEENTE", 13, W13_RLOCAL),

  // ─────────────────────── 14. Vroegschoolse educatie ───────────────────────
  g("VVE voor doelgroepkinderen", "4.3 Onderwijsbeleid en leerlingzaken", "OK", "GEMEENTE", 14, W14),
  g("GOAB: voorschoolse educatie doelgroeppeuters", "4.3", "OK", "GEMEENTE", 14, W14),
  g("Schakelklassen", null, "OK", "GEMEENTE", 14, W14),
  g("Zomerschool voor leerlingen met een taalachterstand", null, "OK", "GEMEENTE", 14, W14),
  g("Taalklassen nieuwkomers", 4.3, "OK", "GEMEENTE", 14, W14),
  g("Early childhood education for disadvantaged toddlers", null, "OK", "GEMEENTE", 14, W14),
  g("Onderwijsachterstandenbeleid (OAB)", "4.3", "OK", "GEMEENTE", 14, W14),
  g("VVE voor alle peuters (universeel aanbod)", "4.3", "CONDITIONAL", "GEMEENTE", 14, W14_UNIV),
  g("Gratis peuteropvang voor alle kinderen", null, "CONDITIONAL", "GEMEENTE", 14, W14_UNIV),
  g("Zomerschool voor alle basisschoolleerlingen", null, "CONDITIONAL", "GEMEENTE", 14, W14_UNIV),
  g("Summer school open to every pupil", null, "CONDITIONAL", "GEMEENTE", 14, W14_UNIV),
  p("Provinciale bijdrage VVE", null, "WRONG_LEVEL", "GEMEENTE", 14, W14_PROV),
  p("Provinciaal programma taalachterstand jonge kinderen", "Cultuur en maatschappij", "WRONG_LEVEL", "GEMEENTE", 14, W14_PROV),
  p("Early education grants", null, "WRONG_LEVEL", "GEMEENTE", 14, W14_PROV),

  // ─────────────────────── 15. Schoolverzuim ───────────────────────
  g("Leerplicht", "4.3 Onderwijsbeleid en leerlingzaken", "OK", "GEMEENTE", 15, W15),
  g("RMC-functie (regionale meld- en coördinatiefunctie)", null, "OK", "GEMEENTE", 15, W15),
  g("Preventie voortijdig schoolverlaten", null, "OK", "GEMEENTE", 15, W15),
  g("Truancy officers", null, "OK", "GEMEENTE", 15, W15),
  g("Leerplicht & RMC", 4.3, "OK", "GEMEENTE", 15, W15),
  g("verzuimaanpak", null, "OK", "GEMEENTE", 15, W15),
  g("Terugleiden van voortijdig schoolverlaters naar school", null, "CONDITIONAL", "GEMEENTE", 15, W15_BACK),
  g("Re-engaging early school leavers (back to school)", null, "CONDITIONAL", "GEMEENTE", 15, W15_BACK),
  p("Provinciaal programma tegen voortijdig schoolverlaten", null, "WRONG_LEVEL", "GEMEENTE", 15, W15_PROV),

  // ─────────────────── 16. Klassenverkleining en leraren ───────────────────
  g("Klassenverkleining basisscholen", "4.3", "WRONG_LEVEL", "RIJK", 16, W16_G),
  g("Extra leerkrachten in het basisonderwijs (gemeentelijke bijdrage)", null, "WRONG_LEVEL", "RIJK", 16, W16_G),
  g("Subsidie schoolbesturen voor kleinere klassen", null, "WRONG_LEVEL", "RIJK", 16, W16_G),
  g("Extra teachers for primary schools", null, "WRONG_LEVEL", "RIJK", 16, W16_G),
  g("Lerarentekort: gemeentelijke toelage voor leraren", null, "WRONG_LEVEL", "RIJK", 16, W16_G),
  p("Provinciale bijdrage klassenverkleining", null, "CONDITIONAL", "PROVINCIE", 16, W16_P),
  p("Extra leraren in krimpregio (provinciale subsidie)", null, "CONDITIONAL", "PROVINCIE", 16, W16_P),
  p("Smaller classes top-up", null, "CONDITIONAL", "PROVINCIE", 16, W16_P),
  r("Lumpsum primair onderwijs", null, "OK", "RIJK", 16, W16_R),
  r("Werkdrukmiddelen en klassenverkleining", null, "OK", "RIJK", 16, W16_R),
  r("Klassenverkleining", null, "OK", "RIJK", 16, W16_R),
  r("Teacher salaries (primary education)", null, "OK", "RIJK", 16, W16_R),

  // ─────────────────────── 17. Onderwijshuisvesting ───────────────────────
  g("Onderwijshuisvesting", "4.2 Onderwijshuisvesting", "OK", "GEMEENTE", 17, W17),
  g("Nieuwbouw IKC De Regenboog", "4.2", "OK", "GEMEENTE", 17, W17),
  g("Uitbreiding schoolgebouw met noodlokalen", null, "OK", "GEMEENTE", 17, W17),
  g("Kapitaallasten schoolgebouwen", 4.2, "OK", "GEMEENTE", 17, W17),
  g("New school buildings", null, "OK", "GEMEENTE", 17, W17),
  g("Extra lokalen voor kleinere klassen", null, "OK", "GEMEENTE", 17, "§16/§17: gemeente helpt klassenverkleining met extra lokalen — dat is wel haar taak"),
  g("Integraal huisvestingsplan onderwijs (IHP)", "4.2", "OK", "GEMEENTE", 17, W17),
  p("Provinciale bijdrage nieuwbouw scholen", null, "WRONG_LEVEL", "GEMEENTE", 17, W17_OTHER),
  r("Rijksbijdrage nieuwbouw schoolgebouwen (specifieke uitkering)", null, "WRONG_LEVEL", "GEMEENTE", 17, W17_OTHER),

  // ─────────────────── 18. Om- en bijscholing, mobiliteit ───────────────────
  g("Leven lang ontwikkelen: regionaal leerwerkloket", null, "CONDITIONAL", "GEMEENTE", 18, W18),
  g("Omscholing naar tekortberoepen (zorg, techniek)", "6.5", "CONDITIONAL", "GEMEENTE", 18, W18),
  g("Lifelong learning vouchers", null, "CONDITIONAL", "GEMEENTE", 18, W18),
  g("Scholingsvouchers voor werkenden", null, "CONDITIONAL", "GEMEENTE", 18, W18),
  g("Om- en bijscholing", null, "CONDITIONAL", "GEMEENTE", 18, W18),
  p("Leven lang ontwikkelen: provinciale scholingsregeling", "Regionale economie", "CONDITIONAL", "PROVINCIE", 18, W18),
  p("Om- en bijscholing werknemers (human capital)", null, "CONDITIONAL", "PROVINCIE", 18, W18),
  p("Retraining for workers in declining sectors", null, "CONDITIONAL", "PROVINCIE", 18, W18),
  p("Arbeidsmobiliteit: van-werk-naar-werktrajecten", null, "CONDITIONAL", "PROVINCIE", 18, W18),
  r("STAP-budget scholing", null, "CONDITIONAL", "RIJK", 18, W18),
  r("Leven Lang Ontwikkelen", null, "CONDITIONAL", "RIJK", 18, W18),
  r("SLIM-regeling (scholing in het mkb)", null, "CONDITIONAL", "RIJK", 18, W18),

  // ─────────────────── 19. Achterblijvende regio's ───────────────────
  r("Regio Deals achterblijvende regio's", null, "OK", "RIJK", 19, W19_R),
  r("Spreiding rijksdiensten naar de regio", null, "OK", "RIJK", 19, W19_R),
  r("Behoud rechtbanklocaties in de regio", null, "OK", "RIJK", 19, W19_R),
  r("Krimpmaatregel: extra middelen voor krimpregio's", null, "OK", "RIJK", 19, W19_R),
  r("Support for lagging regions", null, "OK", "RIJK", 19, W19_R),
  g("Bijdrage aan vestiging van een rijksdienst in de gemeente", null, "WRONG_LEVEL", "RIJK", 19, W19_D),
  g("Krimpbeleid: regionale compensatie", null, "WRONG_LEVEL", "RIJK", 19, W19_D),
  g("Regional compensation for a lagging area", null, "WRONG_LEVEL", "RIJK", 19, W19_D),
  p("Provinciaal programma achterblijvende regio's", null, "WRONG_LEVEL", "RIJK", 19, W19_D),
  p("Regionale compensatie Oost-Groningen", null, "WRONG_LEVEL", "RIJK", 19, W19_D),
  p("Behoud rechtbank in de provincie: provinciale bijdrage", null, "WRONG_LEVEL", "RIJK", 19, W19_D),
  p("Support programme for lagging border regions", null, "WRONG_LEVEL", "RIJK", 19, W19_D),

  // ─────────────────────── 20. Sociaal domein en jeugd ───────────────────────
  g("Wmo huishoudelijke hulp", "6.71a", "OK", "GEMEENTE", 20, W20),
  g("Begeleiding", "6.71b Begeleiding (Wmo)", "OK", "GEMEENTE", 20, W20),
  g("Dagbesteding", "6.71c", "OK", "GEMEENTE", 20, W20),
  g("Jeugdhulp ambulant", "6.72 Maatwerkdienstverlening 18-", "OK", "GEMEENTE", 20, W20),
  g("Maatwerkdienstverlening 18+", "6.71", "OK", "GEMEENTE", 20, W20),
  g("Jeugdhulp met verblijf", "6.74a", "OK", "GEMEENTE", 20, W20),
  g("Pgb Jeugd", "6.73b", "OK", "GEMEENTE", 20, W20),
  g("PGB Wmo", "6.73a", "OK", "GEMEENTE", 20, W20),
  g("Beschermd wonen", "6.81a", "OK", "GEMEENTE", 20, W20),
  g("Maatschappelijke opvang en vrouwenopvang", "6.81b", "OK", "GEMEENTE", 20, W20),
  g("Jeugdbescherming", "6.82a", "OK", "GEMEENTE", 20, W20),
  g("Jeugdreclassering", "6.82b", "OK", "GEMEENTE", 20, W20),
  g("Jeugdhulp - geescaleerde zorg 18-", "6.82", "OK", "GEMEENTE", 20, W20),
  g("Wijkteams", "6.2 Wijkteams", "OK", "GEMEENTE", 20, W20),
  g("Toegang sociaal domein", "6.2 Toegang en eerstelijnsvoorzieningen", "OK", "GEMEENTE", 20, W20),
  g("Hulpmiddelen en woonvoorzieningen", "6.6 Maatwerkvoorzieningen (Wmo)", "OK", "GEMEENTE", 20, W20),
  g("Woningaanpassingen Wmo", 6.6, "OK", "GEMEENTE", 20, W20),
  g("Maatwerkvoorzieningen", "6.711 Maatwerkvoorzieningen Wmo", "OK", "GEMEENTE", 20, W20),
  g("Huishoudelijke ondersteuning", "6.711", "OK", "GEMEENTE", 20, W20),
  g("Jeugdhulp zonder verblijf", "6.751", "OK", "GEMEENTE", 20, W20),
  g("Residentiële jeugdhulp", "6.761", "OK", "GEMEENTE", 20, W20),
  g("Persoonsgebonden budgetten", "6.791", "OK", "GEMEENTE", 20, W20),
  g("Beschermd wonen en opvang", "6.811", "OK", "GEMEENTE", 20, W20),
  g("Jeugdbescherming en jeugdreclassering", "6.821", "OK", "GEMEENTE", 20, W20),
  g("Sociaal wijkteam", "6.21", "OK", "GEMEENTE", 20, W20),
  g("Algemene voorzieningen sociaal domein", "6.23", "OK", "GEMEENTE", 20, W20),
  g("Wmo-hulpmiddelen (scootmobielen, rolstoelen)", "6.60", "OK", "GEMEENTE", 20, W20),
  g("Regionale inkoop jeugdhulp en Wmo", "6.91", "OK", "GEMEENTE", 20, W20),
  g("GGD-bijdrage", "7.1 Volksgezondheid", "OK", "GEMEENTE", 20, W20),
  g("Jeugdgezondheidszorg (consultatiebureau)", 7.1, "OK", "GEMEENTE", 20, W20),
  g("Verslavingszorg en OGGz", "7.1", "OK", "GEMEENTE", 20, W20),
  g("Mantelzorgondersteuning", "6.1 Samenkracht en burgerparticipatie", "OK", "GEMEENTE", 20, W20),
  g("Youth care", null, "OK", "GEMEENTE", 20, W20),
  g("Home care support (Wmo)", null, "OK", "GEMEENTE", 20, W20),
  g("Sheltered housing for people with mental illness", null, "OK", "GEMEENTE", 20, W20),
  g("WMO - HUISHOUDELIJKE HULP", null, "OK", "GEMEENTE", 20, W20),
  g("Diverse lasten", "6.72d", "OK", "GEMEENTE", 20, W20_TV),
  g("Overige maatwerkarrangementen", "6.71d", "OK", "GEMEENTE", 20, W20),
  g("Dagbesteding jeugd", "6.72c", "OK", "GEMEENTE", 20, W20),
  g("Wijkteam", 6.2, "OK", "GEMEENTE", 20, W20),
  p("Jeugdzorg", "Cultuur en maatschappij", "WRONG_LEVEL", "GEMEENTE", 20, W20_OTHER),
  p("Subsidie mantelzorgondersteuning", null, "WRONG_LEVEL", "GEMEENTE", 20, W20_OTHER),
  p("Youth care programme", null, "WRONG_LEVEL", "GEMEENTE", 20, W20_OTHER),
  r("Rijkssubsidie aan lokale buurtteams", null, "WRONG_LEVEL", "GEMEENTE", 20, W20_OTHER),

  // ─────────────────────── 21. Bestuur, financiering, totalen ───────────────────────
  g("Bestuur", "0.1 Bestuur", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Raad en raadscommissies", 0.1, "NEUTRAL", "GEMEENTE", 21, W21),
  // Relabelled OK after LEVELS.md's clarification: burgerzaken is a statutory task of the gemeente.
  g("Burgerzaken: paspoorten en rijbewijzen", "0.2 Burgerzaken", "OK", "GEMEENTE", 21, W21),
  g("Verkiezingen", "0.2", "OK", "GEMEENTE", 21, W21),
  g("Overhead", "0.4 Overhead", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Overhead (P&O, ICT, financien, facilitair)", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Treasury", "0.5 Treasury", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Rente opgenomen geldleningen", "0.5", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Dividend BNG", 0.5, "NEUTRAL", "GEMEENTE", 21, W21),
  g("OZB woningen", "0.61 OZB woningen", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Onroerendezaakbelasting niet-woningen", "0.62", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Parkeerbelasting", "0.63 Parkeerbelasting", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Toeristenbelasting", "0.64 Belastingen overig", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Algemene uitkering gemeentefonds", "0.7 Algemene uitkering en overige uitkeringen gemeentefonds", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Mutaties reserves", 0.1, "NEUTRAL", "GEMEENTE", 21, "§21: reservemutatie; numerieke 0.1 is hier 0.10, omschrijving beslist"),
  g("Toevoeging aan algemene reserve", "0.10 Mutaties reserves", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Onttrekking bestemmingsreserve sociaal domein", "0.10", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Resultaat na bestemming", "0.11 Resultaat", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Vennootschapsbelasting", "0.9 Vennootschapsbelasting", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Stelpost onvoorzien", "0.8 Overige baten en lasten", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Beheer overige gebouwen en gronden", "0.3", "NEUTRAL", "GEMEENTE", 21, W21),
  g("Totaal lasten", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Subtotaal programma 6 Sociaal domein", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Saldo van baten en lasten", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Totaal programma 3 Economie", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Rioolheffing", "7.2 Riolering", "NEUTRAL", "GEMEENTE", 21, "§21: heffing is financiering, geen beleidstaak (ook onder 7.2)"),
  g("Afvalstoffenheffing", 7.3, "NEUTRAL", "GEMEENTE", 21, "§21: heffing is financiering, geen beleidstaak (ook onder 7.3)"),
  g("Accountantskosten", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Total expenditure", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Overhead and support services", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("General grant from the Municipal Fund", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Property tax (OZB) revenue", null, "NEUTRAL", "GEMEENTE", 21, W21),
  g("Transfer to earmarked reserve", null, "NEUTRAL", "GEMEENTE", 21, W21),
  p("Provinciefonds: algemene uitkering", null, "NEUTRAL", "PROVINCIE", 21, W21),
  p("Opcenten motorrijtuigenbelasting", null, "NEUTRAL", "PROVINCIE", 21, W21),
  p("Provinciale Staten en Gedeputeerde Staten", "Bestuur", "NEUTRAL", "PROVINCIE", 21, W21),
  p("Overhead provinciale organisatie", null, "NEUTRAL", "PROVINCIE", 21, W21),
  p("Treasury en deelnemingen (dividend)", null, "NEUTRAL", "PROVINCIE", 21, W21),
  p("Mutatie algemene reserve", null, "NEUTRAL", "PROVINCIE", 21, W21),
  p("Total revenue", null, "NEUTRAL", "PROVINCIE", 21, W21),
  p("Saldo van baten en lasten", null, "NEUTRAL", "PROVINCIE", 21, W21),
  p("Rente en financiering", null, "NEUTRAL", "PROVINCIE", 21, W21),
  p("Kabinetszaken en bestuurlijke samenwerking", "Bestuur", "NEUTRAL", "PROVINCIE", 21, W21),
  r("Apparaatsuitgaven kerndepartement", null, "NEUTRAL", "RIJK", 21, W21),
  r("Gemeentefonds: algemene uitkering", null, "NEUTRAL", "RIJK", 21, W21),
  r("Provinciefonds", null, "NEUTRAL", "RIJK", 21, W21),
  r("Rente staatsschuld", null, "NEUTRAL", "RIJK", 21, W21),
  r("Nog onverdeeld", null, "NEUTRAL", "RIJK", 21, W21),
  r("Total ministry expenditure", null, "NEUTRAL", "RIJK", 21, W21),

  // ─────────────────────── Onbekend ───────────────────────
  g("Diversen", null, "UNKNOWN", null, null, WU),
  g("Overige lasten", null, "UNKNOWN", null, null, WU),
  g("Project X", null, "UNKNOWN", null, null, WU),
  g("Bijdrage GR", null, "UNKNOWN", null, null, "Onbekend: bijdrage aan een GR zonder taak of taakveld"),
  g("Overige uitgaven", null, "UNKNOWN", null, null, WU),
  g("Bijdrage gemeenschappelijke regeling", null, "UNKNOWN", null, null, "Onbekend: bijdrage aan een GR zonder taak of taakveld"),
  g("Subsidies", null, "UNKNOWN", null, null, WU),
  g("Diverse kosten", "3.1 Economische ontwikkeling", "UNKNOWN", null, null, "Onbekend: 3.1 bevat zowel gezond locatiebeleid als stimulering (LEVELS Iv3)"),
  g("Programma Samen Sterk", null, "UNKNOWN", null, null, WU),
  g("Impulsgelden", null, "UNKNOWN", null, null, WU),
  g("Misc.", null, "UNKNOWN", null, null, WU),
  g("Other expenses", null, "UNKNOWN", null, null, WU),
  g("Project Phoenix", null, "UNKNOWN", null, null, WU),
  g("Contribution to joint arrangement", null, "UNKNOWN", null, null, "Onbekend: bijdrage aan een GR zonder taak of taakveld"),
  g("Bijdragen aan derden", null, "UNKNOWN", null, null, WU),
  p("Overige provinciale uitgaven", null, "UNKNOWN", null, null, WU),
  p("Programma Vitaal Platteland", null, "UNKNOWN", null, null, WU),
  p("Subsidieregeling diversen", null, "UNKNOWN", null, null, WU),
  p("Project Horizon", null, "UNKNOWN", null, null, WU),
  r("Overige uitgaven", null, "UNKNOWN", null, null, WU),
  r("Bijdrage aan agentschappen", null, "UNKNOWN", null, null, WU),
  r("Diversen", null, "UNKNOWN", null, null, WU),
];

export const LABELLED_SET: readonly LabelledLine[] = Object.freeze(LINES);
