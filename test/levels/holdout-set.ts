/**
 * Holdout set for the level check (LEVELS.md): 220 budget lines written
 * independently of the engine and of the labelled set it was tuned on, phrased
 * the way Dutch programmabegrotingen, provinciale begrotingen and
 * rijksbegrotingen (begrotingsartikelen) name their products, including
 * abbreviations, typos, missing diacritics, ALL CAPS, codes inside the text,
 * English lines from a bilingual budget and taakvelden in several shapes.
 *
 * Labelling convention:
 * - OK / CONDITIONAL / QUESTIONABLE / NEUTRAL carry the owner's own level;
 * - WRONG_LEVEL carries the level that should carry the task;
 * - NOT_GOVERNMENT carries MARKT; UNKNOWN carries null.
 *
 * Categories follow LEVELS.md 1-21; 0 marks a line that cannot be placed
 * (UNKNOWN). Categories and the English flag are kept in HOLDOUT_META, which is
 * parallel to HOLDOUT_SET (same index), so HoldoutLine keeps its agreed shape.
 */

export interface HoldoutLine {
  description: string;
  taakveld?: string | number;
  owner: "gemeente" | "provincie" | "rijk";
  verdict: "OK" | "CONDITIONAL" | "QUESTIONABLE" | "WRONG_LEVEL" | "NOT_GOVERNMENT" | "NEUTRAL" | "UNKNOWN";
  level: "RIJK" | "PROVINCIE" | "GEMEENTE" | "WATERSCHAP" | "MARKT" | null;
  why: string;
}

export interface HoldoutMeta {
  /** LEVELS.md category 1-21; 0 = cannot be placed (UNKNOWN). */
  category: number;
  /** Line taken from the English half of a bilingual budget. */
  english: boolean;
}

type Owner = HoldoutLine["owner"];
type Level = Exclude<HoldoutLine["level"], null>;
interface Opts {
  tv?: string | number;
  en?: boolean;
}

const G: Owner = "gemeente";
const P: Owner = "provincie";
const R: Owner = "rijk";

const OWN_LEVEL: Record<Owner, Level> = { gemeente: "GEMEENTE", provincie: "PROVINCIE", rijk: "RIJK" };

const lines: HoldoutLine[] = [];
const meta: HoldoutMeta[] = [];

function add(
  category: number,
  owner: Owner,
  verdict: HoldoutLine["verdict"],
  level: HoldoutLine["level"],
  description: string,
  why: string,
  opts: Opts,
): void {
  const base = { description, owner, verdict, level, why };
  lines.push(opts.tv === undefined ? base : { ...base, taakveld: opts.tv });
  meta.push({ category, english: opts.en === true });
}

const ok = (c: number, o: Owner, d: string, why: string, opts: Opts = {}): void => add(c, o, "OK", OWN_LEVEL[o], d, why, opts);
const cond = (c: number, o: Owner, d: string, why: string, opts: Opts = {}): void =>
  add(c, o, "CONDITIONAL", OWN_LEVEL[o], d, why, opts);
const quest = (c: number, o: Owner, d: string, why: string, opts: Opts = {}): void =>
  add(c, o, "QUESTIONABLE", OWN_LEVEL[o], d, why, opts);
const wrong = (c: number, o: Owner, to: Level, d: string, why: string, opts: Opts = {}): void =>
  add(c, o, "WRONG_LEVEL", to, d, why, opts);
const market = (c: number, o: Owner, d: string, why: string, opts: Opts = {}): void =>
  add(c, o, "NOT_GOVERNMENT", "MARKT", d, why, opts);
const neutral = (o: Owner, d: string, why: string, opts: Opts = {}): void => add(21, o, "NEUTRAL", OWN_LEVEL[o], d, why, opts);
const unknown = (o: Owner, d: string, why: string, opts: Opts = {}): void => add(0, o, "UNKNOWN", null, d, why, opts);

// ---------------------------------------------------------------------------
// 1 Income redistribution
// ---------------------------------------------------------------------------
ok(1, G, "BUIG - uitkeringen levensonderhoud Participatiewet", "Bijstand: the gemeente executes it with the Rijk's BUIG money (Wie doet wat?).", { tv: "6.3" });
ok(1, G, "Uitkeringen IOAW/IOAZ", "National income benefits executed by the gemeente with Rijk money.", { tv: 6.3 });
ok(1, G, "Bbz 2004 levensonderhoud gevestigde zelfstandigen", "Bbz is bijstand for self-employed, executed by the gemeente and paid from Rijk funds.");
ok(1, G, "Income support: social assistance benefits (Participation Act)", "Social assistance is executed by the gemeente with the Rijk's BUIG grant.", { en: true });
wrong(1, G, "RIJK", "Gemeentelijke inkomenstoeslag alle huishoudens onder modaal, gedekt uit OZB-opbrengst", "Redistribution funded from local taxes: the rich move to a neighbour with lower rates; only the Rijk can redistribute.");
wrong(1, G, "RIJK", "Local basic income pilot funded from municipal taxes", "General income support paid from local taxes is redistribution at the wrong level (Wie doet wat?).", { en: true });
wrong(1, P, "RIJK", "Provinciale koopkrachttegemoetkoming huishoudens met een laag inkomen", "A provincial income scheme is redistribution at the wrong level; the Rijk redistributes.");
wrong(1, P, "RIJK", "Energietoeslag: provinciale regeling voor minima", "Income support by a province: LEVELS.md cat. 1/2 call a provincial income scheme the wrong level.");
ok(1, R, "Art. 5 Toeslagen: zorgtoeslag en huurtoeslag", "National income redistribution belongs to the Rijk.");
ok(1, R, "Gebundelde uitkering (BUIG) aan gemeenten", "The Rijk financing bijstand that gemeenten execute is the intended arrangement.");

// ---------------------------------------------------------------------------
// 2 Supplementary local income policy
// ---------------------------------------------------------------------------
// Relabelled OK after LEVELS.md's clarification on statutory tasks (medebewind): bijzondere bijstand,
// the individuele inkomenstoeslag and kwijtschelding under the national norms.
ok(2, G, "6.3 Inkomensregelingen - bijzondere bijstand", "Bijzondere bijstand is the municipality's statutory task (Participatiewet).");
ok(2, G, "Kwijtschelding gemeentelijke belastigen", "Kwijtschelding under the national norms is statutory (typo 'belastigen' is in the line on purpose).");
cond(2, G, "Minimabeleid: meedoenregeling kinderen", "Tailored minima policy filling gaps in national schemes: conditional.");
ok(2, G, "Individuele inkomenstoeslag (IIT)", "The individuele inkomenstoeslag is part of the Participatiewet: statutory.", { tv: "6.3 Inkomensregelingen" });
cond(2, G, "Collectieve zorgverzekering minima (CZM)", "Supplementary income support for minima: conditional.");
cond(2, G, "Anti-poverty policy: children's participation fund", "Local poverty policy is supplementary: conditional on keeping differences small.", { en: true });
cond(2, G, "Subsidie Stichting Leergeld", "Leergeld pays school and sports costs for children of minima: supplementary income policy, conditional.");
cond(2, G, "ARMOEDEBESTRIJDING", "Armoedebeleid in a gemeente: conditional (all caps on purpose).");
wrong(2, P, "RIJK", "Provinciaal armoedefonds", "A province has no task in income policy; a provincial income scheme is the wrong level (Rijk).");

// ---------------------------------------------------------------------------
// 3 Labour participation of people who need help
// ---------------------------------------------------------------------------
ok(3, G, "Uitvoering Participatiewet - loonkostensubsidies", "Participation of people who need help: gemeente, with Rijk money.", { tv: "6.5" });
ok(3, G, "Re-integratietrajecten bijstandsgerechtigden", "Re-integration of bijstand clients is a gemeente task.");
ok(3, G, "Reintegratie en participatievoorzieningen", "Re-integration (missing hyphen on purpose): gemeente task.");
ok(3, G, "Bijdrage GR Werkvoorzieningschap (Wsw)", "Sociale werkvoorziening via a joint arrangement: gemeente.", { tv: "6.4 Begeleide participatie" });
ok(3, G, "Beschut werk nieuw", "Beschut werk is a Participatiewet task of the gemeente.", { tv: 6.4 });
ok(3, G, "Job coaching for people with a work-limiting disability", "Helping people who cannot find work on their own: gemeente.", { en: true });
ok(3, G, "SOCIALE WERKVOORZIENING", "Wsw: gemeente (all caps on purpose).");
wrong(3, P, "GEMEENTE", "Provinciale subsidie leerwerkbedrijf voor mensen met afstand tot de arbeidsmarkt", "Participation of people with a distance to the labour market is the gemeente's task (Participatiewet).");
ok(3, R, "Integratie-uitkering Participatie (Wsw-deel)", "The Rijk financing participation that gemeenten execute is the intended arrangement.");

// ---------------------------------------------------------------------------
// 4 Job mediation for people who can manage themselves
// ---------------------------------------------------------------------------
market(4, G, "Gemeentelijke vacaturebank voor alle werkzoekenden", "General vacancy services: most people manage on the labour market themselves; not a government task.");
market(4, G, "Loopbaancoaching voor werkende inwoners", "Career coaching for the employed: the market provides it.");
market(4, G, "Career advice service for employed residents", "Job mediation for people who can manage: not a government task.", { en: true });
market(4, G, "Jaarlijkse banenbeurs voor werkzoekenden zonder uitkering", "Mediation for self-reliant job seekers is left to the market.");
market(4, P, "Provinciale vacaturesite 'Werken in Zeeland' voor alle werkzoekenden", "A general vacancy site duplicates private services: not a government task.");
market(4, R, "Landelijk vacatureplatform voor hoogopgeleide werkzoekenden", "Highly educated job seekers manage themselves; job boards are a market service.");

// ---------------------------------------------------------------------------
// 5 Business-cycle stimulus
// ---------------------------------------------------------------------------
wrong(5, G, "RIJK", "Lokaal stimuleringspakket bouw en woningmarkt 2024", "Local demand stimulus leaks away to other areas; at most a Rijk task.");
wrong(5, G, "RIJK", "Koopkrachtimpuls: waardebonnen lokale winkeliers", "Koopkrachtimpuls is stimulus: wrong level for a gemeente (taakveld 3.1 does not save it).", { tv: "3.1" });
wrong(5, G, "RIJK", "Anticyclisch naar voren halen investeringen openbare ruimte", "Anticyclical investment by a gemeente: demand leaks away; Rijk at most.");
wrong(5, G, "RIJK", "Tijdelijke crisisbanen voor werklozen (werkgelegenheidsplan)", "Temporary jobs in a recession are business-cycle policy: not for a gemeente.");
wrong(5, P, "RIJK", "Provinciaal investeringsprogramma ter bestrijding van de recessie", "Provinces should stay away from stimulus: local demand leaks away.");
wrong(5, P, "RIJK", "Economic recovery package (countercyclical spending)", "Countercyclical spending by a province is the wrong level.", { en: true });
quest(5, R, "Stimuleringspakket bouw (anticyclische investeringen)", "Rijk is the only possible level, but LEVELS.md: 'and then still doubtful' (even NL is small): questionable, level RIJK.");

// ---------------------------------------------------------------------------
// 6 Local and regional public goods
// ---------------------------------------------------------------------------
ok(6, G, "Onderhoud wegen, straten en pleinen", "Local roads are a local public good.", { tv: "2.1" });
ok(6, G, "Openbare verlichtng", "Street lighting is a local public good (typo on purpose).");
ok(6, G, "BIJDRAGE VEILIGHEIDSREGIO BRANDWEER EN CRISISBEHEERSING", "Fire service and crisis management via the safety region: local public good.");
ok(6, G, "Kapitaallasten brandweerkazerne", "Capital charges of a specific task (fire station) follow the task, not cat. 21: local public good.");
ok(6, G, "Tv 7.2 riolering", "Sewerage is a municipal task (gemeentelijke rioleringszorg).");
ok(6, G, "Inzameling huishoudelijk afval", "Waste collection: local public good.", { tv: 7.3 });
ok(6, G, "ONDERHOUD OPENBAAR GROEN EN BOMEN", "Green space: local public good.");
ok(6, G, "Handhaving openbare ruimte (boa's)", "Public order and enforcement: local public good.");
ok(6, G, "Omgevingsplan en bestemmingsplannen", "Local spatial planning: gemeente.", { tv: "8.1 Ruimtelijke ordening" });
ok(6, G, "Begraafplaatsen", "Cemeteries: local provision.", { tv: 7.5 });
ok(6, G, "Road maintenance and resurfacing", "Local roads: local public good.", { en: true });
ok(6, G, "Parkeerbeheer en handhaving", "Parking management: gemeente.", { tv: "2.2" });
ok(6, G, "Milieubeheer: bijdrage omgevingsdienst (VTH)", "Local environmental permits and enforcement: gemeente.", { tv: "7.4" });
ok(6, G, "Stedelijk water en hemelwaterafvoer (GRP)", "Hemelwater and groundwater care in built-up areas are municipal duties (GRP), not the water board's.");
wrong(6, G, "PROVINCIE", "Aanvullende bijdrage streekvervoerconcessie buslijn 45", "Regional public transport is the province's concession: wrong level for a gemeente.");
wrong(6, G, "WATERSCHAP", "Onderhoud dijken en kaden (regionale keringen)", "Dikes and regional water defences are a water-board task.");
wrong(6, G, "WATERSCHAP", "Zuivering afvalwater RWZI", "Wastewater treatment is a water-board task.");
wrong(6, G, "WATERSCHAP", "Beheer poldergemalen en waterpeil", "Water level management in polders is a water-board task.");
ok(6, P, "Groot onderhoud N-wegen (N201, N207)", "Provincial roads: regional public good.");
ok(6, P, "Concessie openbaar vervoer (streekvervoer)", "Regional public transport: province.");
ok(6, P, "Natuurnetwerk Nederland: aankoop en inrichting", "Nature network: regional public good, provincial task.");
ok(6, P, "Bediening en onderhoud provinciale vaarwegen", "Provincial waterways: regional public good.");
ok(6, P, "Regional public transport concession", "Province grants the regional transport concession.", { en: true });
ok(6, P, "Omgevingsvisie en provinciaal ruimtelijk beleid", "Regional spatial planning: province.");
wrong(6, P, "WATERSCHAP", "Onderhoud boezemkaden", "Boezem embankments are managed by the water board.");
wrong(6, P, "WATERSCHAP", "Provinciale bijdrage baggeren regionale watergangen", "Dredging regional waterways is water-board work.");
wrong(6, P, "GEMEENTE", "Provinciale bijdrage straatverlichting kernen", "Street lighting is purely municipal: a province doing it is the wrong level.");
ok(6, R, "Bijdrage NAVO en inzet krijgsmacht", "Defence: national public good.");
ok(6, R, "Raad voor de rechtspraak: bijdrage gerechten", "Courts: national public good.");
ok(6, R, "Hoogwaterbeschermingsprogramma (Deltafonds)", "Primary flood defences: national public good (LEVELS.md cat. 6).");
wrong(6, R, "GEMEENTE", "Rijksbijdrage herinrichting dorpsplein Ommen", "The Rijk paying for a purely local good: uniform national provision where local choice fits.");
wrong(6, R, "GEMEENTE", "National grant for repaving local shopping streets", "Local streets are a local public good.", { en: true });
quest(6, G, "Startersleningen (SVn)", "SVn starterslening is a mortgage top-up for first-time home buyers, not firm risk capital (cat. 10): no market failure (mortgages are offered by banks) and it capitalises into house prices; government role doubtful. Decided: QUESTIONABLE.");

// ---------------------------------------------------------------------------
// 7 Business sites and location climate
// ---------------------------------------------------------------------------
ok(7, G, "Grondexploitatie bedrijventerrein De Hoek", "Enough work locations is a gemeente task.", { tv: "3.2" });
ok(7, G, "Revitalisering bedrijventerreinen", "Business sites: gemeente.");
ok(7, G, "Industrial estate upkeep and site management", "Business sites: gemeente.", { en: true });
ok(7, G, "Ontwikkeling bedrijventerrein Kloosterveen fase 2", "Business site development: gemeente.");
ok(7, P, "Regionaal programma werklocaties (RPW)", "Regional programming of business sites: province.");
ok(7, P, "Vestigingsklimaat en ruimtelijke inpassing bedrijvigheid", "Named provincial responsibility in the Bestuursakkoord.");
ok(7, P, "Provincial policy on business sites", "Business-site policy: province.", { en: true });

// ---------------------------------------------------------------------------
// 8 Local economy tasks
// ---------------------------------------------------------------------------
ok(8, G, "Ondernemersloket en accountmanagement", "Business desk: gemeente (Bestuursakkoord).", { tv: 3.3 });
ok(8, G, "Centrummanagement binnenstad", "City-centre and retail policy: gemeente.");
ok(8, G, "Citymarketing Leiden Marketing", "City marketing: gemeente.");
ok(8, G, "Toeristisch informatiepunt (VVV)", "Tourism: gemeente.");
ok(8, G, "Tourism promotion and events", "Tourism and recreation: gemeente.", { en: true });
ok(8, G, "Passantenhaven / recreatieve havens", "Recreational harbours: local tourism and recreation.", { tv: "2.3" });
market(8, G, "Exploitatie gemeentelijke camping De Kuil", "Running a commercial campsite is something the market does; no market failure.");
wrong(8, P, "GEMEENTE", "Provinciale subsidie winkelcentrum binnenstad Assen", "Retail and city-centre policy is a municipal task.");
wrong(8, P, "GEMEENTE", "Provincial shop-front improvement grants for town centres", "Retail/city-centre policy is municipal.", { en: true });

// ---------------------------------------------------------------------------
// 9 Cluster and sector policy: questionable at every level
// ---------------------------------------------------------------------------
quest(9, G, "Bijdrage Brainport Development", "Cluster policy: weak evidence, capture, picking winners.");
quest(9, G, "Ontwikkeling Health Campus", "Campus development: cluster policy, questionable.");
quest(9, G, "Topsectorenbeleid: fieldlab smart industry", "Topsector policy at local level: questionable.", { tv: "3.1" });
quest(9, G, "Science park development", "Science parks are cluster policy: questionable.", { en: true });
quest(9, P, "Clusterversterking chemie (Chemelot)", "Cluster policy: questionable at every level.");
quest(9, P, "Smart specialisation strategy (RIS3)", "Smart specialisation is cluster/sector policy: questionable.", { en: true });
quest(9, P, "Bijdrage Energy Valley", "'Valleys' are cluster policy: questionable.");
quest(9, R, "Top sectors policy: sector innovation agendas", "Picking sectors: questionable at every level.", { en: true });

// ---------------------------------------------------------------------------
// 10 Risk capital for small firms: conditional
// ---------------------------------------------------------------------------
cond(10, G, "Revolverend fonds MKB-innovatie", "Risk capital for SMEs: conditional on market failure, private co-decision, budgeted losses.");
cond(10, G, "Starterskrediet ondernemers (bijdrage Qredits)", "Microcredit for starting firms: conditional.");
cond(10, P, "Innovatiefonds MKB+", "Innovation loans for SMEs: conditional.");
cond(10, P, "Provinciaal Ontwikkelingsfonds", "Decided: in provincial budgets this names a revolving investment fund (often fed by energy-share proceeds: warning sign); conditional.");
cond(10, P, "Regionale Ontwikkelingsmaatschappij (participaties)", "ROM participations: risk capital, conditional.");
cond(10, P, "Inzet Essent-gelden: leningen energiefonds", "Loans from the sale of energy shares: conditional, and windfall-driven spending is a warning sign (Innovatie).");
cond(10, R, "Innovatiekrediet (RVO)", "Innovation loans to firms: conditional at any level.");

// ---------------------------------------------------------------------------
// 11 Mission-oriented innovation
// ---------------------------------------------------------------------------
cond(11, G, "Regionale Energiestrategie (RES) - gemeentelijke bijdrage", "Decentral support of the national climate mission: conditional.");
cond(11, G, "Programma circulaire economie", "Circular economy as a mission: decentral support only, conditional.");
cond(11, G, "Heat transition: gas-free neighbourhoods pilot", "Local support of the national energy mission: conditional.", { en: true });
cond(11, P, "Waterstofprogramma Noord-Nederland", "Energy-transition mission by a province: conditional on supporting national policy.");
cond(11, P, "Energy transition programme", "Province supporting the national mission: conditional.", { en: true });
ok(11, R, "Klimaatfonds: missiegedreven innovatie", "Mission-oriented innovation: Rijk.");
ok(11, R, "Mission-driven research on climate adaptation", "Missions need national coordination: Rijk.", { en: true });

// ---------------------------------------------------------------------------
// 12 Network effects: conditional
// ---------------------------------------------------------------------------
cond(12, G, "Laadpalen openbare ruimte", "Charging points: help reach critical mass, then withdraw.");
cond(12, G, "Aanleg glasvezel buitengebied", "Rural broadband: network effects, conditional.");
cond(12, G, "Public EV charging points", "Network effect: conditional.", { en: true });
cond(12, P, "Snel internet buitengebied", "Rural broadband: conditional.");
cond(12, P, "Charging infrastructure for electric vehicles", "Network effect: conditional.", { en: true });
cond(12, R, "Nationale Agenda Laadinfrastructuur", "Network effect at any level: conditional on withdrawing after critical mass.");

// ---------------------------------------------------------------------------
// 13 Merit goods
// ---------------------------------------------------------------------------
ok(13, G, "Subsidie openbare bibliotheek", "Library: local merit good.");
ok(13, G, "Exploitatie zwembad De Wetering", "Swimming pool: local merit good (sport).");
ok(13, G, "Sportaccommodaties", "Sports facilities: gemeente.", { tv: 5.2 });
ok(13, G, "Lokale omroep", "Local media: gemeente.", { tv: "5.6" });
ok(13, G, "Gemeentemuseum", "Local museum: merit good.", { tv: 5.4 });
ok(13, G, "Monumentenzorg", "Cultural heritage: gemeente.", { tv: "5.5 Cultureel erfgoed" });
ok(13, G, "Public library grant", "Local merit good.", { en: true });
ok(13, P, "Provinciale ondersteuningsinstelling bibliotheken (POI)", "The provincial library support institution is a statutory provincial task (Wsob).");
wrong(13, P, "GEMEENTE", "Provinciale subsidie sporthal dorpskern", "A village sports hall is a local facility: gemeente.");
ok(13, R, "Rijksmusea: bijdrage", "National institutions: Rijk.");
wrong(13, R, "GEMEENTE", "Rijkssubsidie buurtbibliotheek Vlaardingen", "A neighbourhood library is a local facility: gemeente.");
market(13, G, "Exploitatie gemeentelijke golfbaan", "Golf courses are run commercially; the merit-good argument does not carry this: market.");

// ---------------------------------------------------------------------------
// 14 Early education
// ---------------------------------------------------------------------------
ok(14, G, "Voor- en vroegschoolse educatie doelgroeppeuters", "Targeted VVE: gemeente.", { tv: "4.3" });
ok(14, G, "Schakelklassen NT2", "Schakelklassen for pupils with a language delay: gemeente.");
ok(14, G, "Zomerschool leerlingen met taalachterstand", "Targeted summer school: gemeente.");
ok(14, G, "Subsidie Stichting Peuterspeelzalen (VVE)", "Decided: the VVE subsidy to peuterspeelzalen pays the places for doelgroepkinderen: targeted, OK.");
cond(14, G, "Gratis peuteropvang voor alle peuters (2-4 jaar)", "Universal provision: conditional (not efficient for children who get enough at home).");
cond(14, G, "Universal free pre-school for all toddlers", "Universal VVE: conditional.", { en: true });
ok(14, G, "Early childhood education for disadvantaged children (VVE)", "Targeted VVE: gemeente.", { en: true });
wrong(14, P, "GEMEENTE", "Provinciale bijdrage VVE-locaties", "Provinces have no task in early education.");
ok(14, R, "Specifieke uitkering onderwijsachterstandenbeleid (GOAB)", "The Rijk financing what gemeenten execute (specifieke uitkering): OK.");

// ---------------------------------------------------------------------------
// 15 School attendance
// ---------------------------------------------------------------------------
ok(15, G, "Leerplicht en RMC-functie", "School attendance: gemeente.", { tv: 4.3 });
ok(15, G, "Programma 4 Jeugd en onderwijs: leerlingenvervoer", "Decided: pupil transport secures access to school, a statutory gemeente task: OK (cat. 15).");
ok(15, G, "Voorkomen voortijdig schoolverlaten (VSV)", "Preventing early school leaving: gemeente.");
cond(15, G, "Terugleiden voortijdig schoolverlaters naar school", "Leading dropouts back works less well: conditional.");
ok(15, G, "School attendance officers", "Leerplicht: gemeente.", { en: true });
cond(15, G, "Re-engaging early school leavers (back-to-school programme)", "Leading dropouts back to school: conditional.", { en: true });
wrong(15, P, "GEMEENTE", "Provinciale aanpak schoolverzuim", "School attendance is a municipal task.");

// ---------------------------------------------------------------------------
// 16 Class size and teachers
// ---------------------------------------------------------------------------
wrong(16, G, "RIJK", "Klassenverkleining basisscholen", "Class size: Rijk (school boards' budget); wrong level for a gemeente.");
wrong(16, G, "RIJK", "Extra leerkrachten groep 3", "Extra teachers are the Rijk's responsibility.");
wrong(16, G, "RIJK", "Smaller classes in primary schools", "Class size reduction: Rijk.", { en: true });
cond(16, P, "Provinciale bijdrage klassenverkleining", "A province adding money to class size: conditional (essay: 'weinigen zullen protesteren').");
ok(16, R, "Klassenverkleining groep 1-4", "Class size: Rijk.");

// ---------------------------------------------------------------------------
// 17 School housing
// ---------------------------------------------------------------------------
ok(17, G, "Onderwijshuisvesting - nieuwbouw IKC", "School housing: gemeente.", { tv: "4.2" });
ok(17, G, "Kapitaallasten schoolgebouwen", "Capital charges follow the task: school housing, gemeente.");
ok(17, G, "Extra lokalen t.b.v. kleinere klassen", "Classrooms are the exception in cat. 16: gemeente helps with extra classrooms.");
ok(17, G, "School buildings: new construction and extensions", "School housing: gemeente.", { en: true });
ok(17, G, "Integraal Huisvestingsplan onderwijs (IHP)", "School housing plan: gemeente.");
wrong(17, P, "GEMEENTE", "Provinciale bijdrage nieuwbouw basisschool", "School housing is municipal; provinces have no task in education.");
wrong(17, R, "GEMEENTE", "Rijksbijdrage nieuwbouw basisschool De Regenboog Ter Apel", "The Rijk paying one local school building directly: school housing is the gemeente's.");

// ---------------------------------------------------------------------------
// 18 Retraining and labour mobility
// ---------------------------------------------------------------------------
cond(18, G, "Om- en bijscholing werkenden (leven lang ontwikkelen)", "Facilitating retraining: conditional on not replacing the training market.");
cond(18, G, "Scholingsvouchers werknemers in krimpsectoren", "Retraining: conditional.");
cond(18, G, "Lifelong learning desk (Leerwerkloket)", "Facilitating labour mobility: conditional.", { en: true });
cond(18, P, "Regionaal programma Leven Lang Ontwikkelen", "Retraining: conditional at any level.");
cond(18, P, "Retraining programme for workers in technical sectors", "Retraining: conditional.", { en: true });
cond(18, R, "STAP-budget (scholingsbudget)", "Individual training budget: conditional, facilitating only.");

// ---------------------------------------------------------------------------
// 19 Support for lagging regions: Rijk
// ---------------------------------------------------------------------------
ok(19, R, "Spreiding rijksdiensten: vestiging uitvoeringsorganisatie in Groningen", "Locating public services in lagging regions is a Rijk task (Besluit).");
ok(19, R, "Behoud rechtbanklocaties in de regio", "Keeping courts in the region: Rijk.");
ok(19, R, "Relocating government agencies to peripheral regions", "Rijk.", { en: true });
wrong(19, G, "RIJK", "Gemeentelijke bijdrage behoud kantongerecht", "Keeping courts in the region cannot be left to the regions: Rijk.");
wrong(19, P, "RIJK", "Provinciale compensatie krimpregio Oost-Groningen", "Support for lagging regions is a Rijk task.");
wrong(19, P, "RIJK", "Cofinanciering vestiging rijksdienst in Zeeland", "Locating rijksdiensten is for the Rijk to decide and pay.");

// ---------------------------------------------------------------------------
// 20 Social care and youth care
// ---------------------------------------------------------------------------
ok(20, G, "Woningaanpassingen en hulpmiddelen", "Wmo: gemeente.", { tv: "6.6 Maatwerkvoorzieningen (WMO)" });
ok(20, G, "Begeleiding Wmo", "Wmo support: gemeente.", { tv: "6.71b" });
ok(20, G, "Jeugdhulp behandeling", "Youth care: gemeente since 2015.", { tv: "6.72b" });
ok(20, G, "Bijdrage GGD Hollands Midden", "Public health: gemeente.", { tv: 7.1 });
ok(20, G, "Sociaal team / wijkteams", "Wijkteams: gemeente.", { tv: "6.2 Wijkteams" });
ok(20, G, "Beschermd wonen (centrumgemeente)", "Beschermd wonen: gemeente.", { tv: "6.81a" });
ok(20, G, "Maatschappelijke opvang en vrouwenopvang", "Shelter: gemeente.", { tv: "6.82" });
ok(20, G, "Coordinatie mantelzorgondersteuning", "Informal-care support under the Wmo (missing diaeresis on purpose).");
ok(20, G, "SCHULDHULPVERLENING", "Decided: debt counselling is a statutory social-care service (Wgs), not income supplementation: OK, not cat. 2.");
ok(20, G, "Youth care (residential)", "Youth care: gemeente.", { en: true });
ok(20, G, "Community health service contribution (GGD)", "Public health: gemeente.", { en: true });
ok(20, G, "Jeugdhulp met verblijf - pleegzorg", "Youth care: gemeente.", { tv: "6.73a" });
ok(20, G, "Subsidie welzijnsorganisatie en buurtwerk", "Welfare and community work: gemeente.", { tv: "6.1" });
wrong(20, P, "GEMEENTE", "Provinciale jeugdzorg (afbouw)", "Youth care moved from provinces to gemeenten in 2015.");
wrong(20, P, "GEMEENTE", "Provinciale subsidie dorpshuizen en welzijnswerk", "Welfare work and community centres are municipal.");
ok(20, R, "Decentralisatie-uitkering vrouwenopvang", "The Rijk financing what gemeenten execute: OK.");
wrong(20, R, "GEMEENTE", "Rijkssubsidie buurthuis Kerkrade-West", "The Rijk paying a neighbourhood centre directly: purely local good.");

// ---------------------------------------------------------------------------
// 21 Administration, finance and overhead: NEUTRAL
// ---------------------------------------------------------------------------
neutral(G, "Apparaatskosten", "Overhead.");
neutral(G, "Dotatie voorziening onderhoud", "Provision: financing, not a policy task.");
neutral(G, "Onttrekking algemene reserve", "Reserve mutation; taakveld 0.10 arrives as the number 0.1.", { tv: 0.1 });
neutral(G, "ALGEMENE UITKERING GEMEENTEFONDS", "General grant.", { tv: "0.7" });
neutral(G, "OZB woningen", "Local tax.", { tv: 0.61 });
neutral(G, "Raad en griffie", "Administration.", { tv: "0.1 Bestuur" });
// Relabelled OK after LEVELS.md's clarification: burgerzaken is a statutory task of the gemeente.
ok(21, G, "Burgerzaken: paspoorten en rijbewijzen", "Burgerzaken: the municipality's statutory task.", { tv: "0.2" });
neutral(G, "TV 0.4 Overhead - ICT en facilitaire zaken", "Overhead.");
neutral(G, "Treasury: rente langlopende leningen", "Treasury.", { tv: "0.5" });
neutral(G, "Onvoorzien", "Contingency: financing.");
neutral(G, "Resultaat voor bestemming", "Result.", { tv: "0.11" });
neutral(G, "Totaal lasten programma 3", "Subtotal.");
neutral(G, "Opbrengst afvalstoffenheffing", "Levy income line, not the waste task itself.");
neutral(G, "Financiele administratie en control", "Administration (missing diaeresis on purpose).");
neutral(G, "Overhead: personnel and IT", "Overhead.", { en: true });
neutral(G, "General grant from the Municipalities Fund", "Algemene uitkering.", { en: true });
neutral(G, "Property tax (OZB) non-residential", "Local tax.", { en: true });
neutral(P, "Opcenten motorrijtuigenbelasting", "Provincial tax.");
neutral(P, "Uitkering provinciefonds", "General grant.");
neutral(P, "Provinciale Staten en Gedeputeerde Staten", "Administration.");
neutral(P, "Overhead provinciale organisatie", "Overhead.");
neutral(R, "Art. 99 Nominaal en onvoorzien", "Contingency article.");
neutral(R, "Apparaatsuitgaven kerndepartement", "Overhead of the ministry.");
neutral(R, "Gemeentefonds art. 1 Algemene uitkering", "General grant from the Rijk's side: financing, not a task.");

// ---------------------------------------------------------------------------
// 0 Cannot be placed: UNKNOWN
// ---------------------------------------------------------------------------
unknown(G, "Diverse uitgaven", "Nothing in the line says what the money is for.");
unknown(G, "Bijdrage gemeenschappelijke regeling", "Which joint arrangement? Could be GGD, Wsw, veiligheidsregio or waste.");
unknown(G, "Project Ons Dorp 2030", "Project name without content.");
unknown(G, "Bijdrage Stichting De Schakel", "Foundation name gives no task.");
unknown(G, "Miscellaneous expenditure", "No content.", { en: true });
unknown(G, "Incidentele budgetten coalitieakkoord", "Mixed political budget; no task named.");
unknown(P, "Uitvoeringsagenda Samen Bouwen", "Programme name without content.");
unknown(P, "Bijdrage gebiedsfonds", "Area fund: could be nature, economy or liveability.");
unknown(R, "Overige uitgaven beleidsartikel 9", "No content.");

export const HOLDOUT_SET: readonly HoldoutLine[] = lines;
export const HOLDOUT_META: readonly HoldoutMeta[] = meta;
