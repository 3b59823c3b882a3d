// Built-in rules: for each kind of task, what the essay (Allers 2017) says
// about each owner. A rule is finer than a category where the essay draws a
// line inside one (a local versus a national public good; targeted versus
// universal early education). Reasons are short paraphrases that name the
// essay's section so a user can look the argument up.

import type { CategoryCode } from "./categories";
import type { Level, Text, Verdict } from "./types";

export interface Cell {
  readonly verdict: Verdict;
  /** null: the owner's own level. */
  readonly level: Level | null;
  readonly reason: Text;
  /** Scales confidence where the essay is less explicit about this owner. */
  readonly factor: number;
}

export interface RuleDef {
  readonly id: string;
  readonly category: CategoryCode;
  readonly gemeente: Cell;
  readonly provincie: Cell;
  readonly rijk: Cell;
  /** Totals and reserve movements are never policy, whatever else the line names. */
  readonly dominant?: boolean;
  /** For a gemeente that pays this from its own taxes. */
  readonly localTax?: Cell;
  /** For a gemeente that offers this to everyone instead of a target group. */
  readonly universal?: Cell;
  /** For a gemeente that leads dropouts back instead of preventing dropout. */
  readonly returnSchool?: Cell;
  /** The Rijk handing money to gemeenten for this is the Rijk's own role. */
  readonly transfer?: boolean;
  /** Windfall money (sale of energy shares) is a warning sign here. */
  readonly windfall?: boolean;
  /** Becomes this rule when the line names people who need help to find work. */
  readonly helpSwitch?: string;
  /** Becomes this rule when the line names a target group. */
  readonly targetedSwitch?: string;
  /** Becomes this rule when the line says "provinciaal". */
  readonly provincialSwitch?: string;
  /** Becomes this rule when the line says "nationaal"/"landelijk". */
  readonly nationalSwitch?: string;
  /** Becomes this rule when the line says "lokaal"/"wijk"/"buurt". */
  readonly localSwitch?: string;
  /** Becomes this rule when the line is about supervising the task ("toezicht"). */
  readonly supervisionSwitch?: string;
}

const t = (nl: string, en: string): Text => ({ nl, en });

function own(verdict: Verdict, reason: Text, factor = 1): Cell {
  return { verdict, level: null, reason, factor };
}
function wrong(level: Level, reason: Text, factor = 1): Cell {
  return { verdict: "WRONG_LEVEL", level, reason, factor };
}
function all(cell: Cell): { gemeente: Cell; provincie: Cell; rijk: Cell } {
  return { gemeente: cell, provincie: cell, rijk: cell };
}

export const TRANSFER_REASON = t(
  "Het Rijk betaalt en de gemeente voert uit: precies de verdeling die het essay bepleit (Wie doet wat?).",
  "The Rijk pays and the municipality carries it out: the division of labour the essay argues for (Wie doet wat?).",
);

export const WINDFALL_REASON = t(
  "Voorwaardelijk, met een waarschuwing: geld dat toevallig beschikbaar is (verkoop van energieaandelen) maakt ondoelmatige besteding veel waarschijnlijker (Innovatie, Besluit).",
  "Conditional, with a warning: money that happens to be available (sale of energy shares) makes wasteful spending far more likely (Innovatie, Besluit).",
);

const NEUTRAL_REASON = t(
  "Financiering, overhead, bestuur, belastingen, reserves of een totaal: geen beleidstaak, dus geen oordeel over het niveau.",
  "Financing, overhead, administration, taxes, reserves or a total: not a policy task, so no judgement about the level.",
);

export const HEADING_REASON = t(
  "Kop of indelingsregel (programma, hoofdstuk, taakveld): structuur van de begroting, geen beleidstaak, dus geen oordeel over het niveau.",
  "Heading or structure line (programme, chapter, taakveld): it structures the budget and is not a policy task, so no judgement about the level.",
);

const R = {
  incExec: t(
    "De gemeente voert de bijstand uit met een rijksuitkering (BUIG); het herverdelen zelf hoort landelijk (Wie doet wat?).",
    "The municipality administers social assistance with a national grant (BUIG); redistribution itself is national (Wie doet wat?).",
  ),
  incLocalTax: t(
    "Herverdelen uit lokale belasting werkt niet: wie betaalt, verhuist naar een buurgemeente met lagere tarieven. Het Rijk hoort dit te financieren (Wie doet wat?).",
    "Redistribution funded from local taxes fails: those who pay move to a neighbour with lower rates. The Rijk should fund it (Wie doet wat?).",
  ),
  incProv: t(
    "Een provinciale inkomensregeling zit op het verkeerde niveau: inkomensbeleid hoort bij het Rijk, maatwerk bij gemeenten (Wie doet wat?).",
    "A provincial income scheme sits at the wrong level: income policy belongs to the Rijk, tailoring to municipalities (Wie doet wat?).",
  ),
  incRijk: t(
    "Inkomensherverdeling is een rijkstaak: alleen landelijk kun je progressief heffen zonder dat belastingbetalers wegtrekken (Wie doet wat?).",
    "Income redistribution is national: only at that level can taxes be progressive without taxpayers moving away (Wie doet wat?).",
  ),
  natIncome: t(
    "Landelijke inkomensregelingen en progressieve heffing horen bij het Rijk; decentraal herverdelen lokt verhuizingen uit (Wie doet wat?).",
    "National income schemes and progressive taxation belong to the Rijk; redistributing decentrally invites migration (Wie doet wat?).",
  ),
  supp: t(
    "Aanvullend inkomensbeleid mag als maatwerk voor de gaten in landelijke regelingen, mits verschillen tussen gemeenten klein blijven; anders volgt migratie (Wie doet wat?).",
    "Supplementary income policy is fine as tailoring for gaps in national schemes, provided differences between municipalities stay small; otherwise people move (Wie doet wat?).",
  ),
  suppRijk: t(
    "Maatwerk naast de landelijke regelingen is juist het werk van gemeenten; het Rijk hoort de basisregeling te dragen, niet het maatwerk (Wie doet wat?).",
    "Tailoring next to national schemes is the municipalities' job; the Rijk should carry the basic scheme, not the tailoring (Wie doet wat?).",
  ),
  lab: t(
    "Mensen die hulp nodig hebben naar werk leiden doet de gemeente, als meest toegankelijke overheid, met rijksgeld (Wie doet wat?, Participatie).",
    "Helping people who need support into work is done by the municipality, the most accessible government, with national money (Wie doet wat?, Participatie).",
  ),
  labLocalTax: t(
    "Participatiebeleid op eigen kosten geeft grote verschillen in belastingdruk en lokt verhuizingen uit; de financiering hoort bij het Rijk (Wie doet wat?).",
    "Participation policy at the municipality's own expense creates large differences in tax burden and invites migration; funding belongs to the Rijk (Wie doet wat?).",
  ),
  labProv: t(
    "Toeleiding naar werk is met de Participatiewet bij gemeenten belegd, niet bij de provincie (Participatie).",
    "Helping people into work is assigned to municipalities by the Participatiewet, not to the province (Participatie).",
  ),
  labRijkExec: t(
    "Het Rijk hoort het participatiebeleid te financieren; uitvoeren doet de gemeente, de meest toegankelijke overheid (Wie doet wat?).",
    "The Rijk should fund participation policy; the municipality, the most accessible government, carries it out (Wie doet wat?).",
  ),
  jobMed: t(
    "Veruit de meeste mensen redden zich zelf op de arbeidsmarkt; bemiddeling voor hen is geen overheidstaak (Redenen voor overheidsingrijpen).",
    "Most people manage on the labour market by themselves; mediation for them is not a government task (Redenen voor overheidsingrijpen).",
  ),
  market: t(
    "Een camping, golfbaan of vakantiepark exploiteren kan de markt: er is geen marktfalen dat een overheidstaak rechtvaardigt (Redenen voor overheidsingrijpen).",
    "Running a campsite, golf course or holiday park is something the market does: there is no market failure that makes it a government task (Redenen voor overheidsingrijpen).",
  ),
  stim: t(
    "Lokaal de vraag stimuleren lekt weg naar andere gebieden; gemeenten en provincies moeten van conjunctuurbeleid wegblijven (Wie doet wat?).",
    "Stimulating demand locally leaks away to other areas; municipalities and provinces should stay out of business-cycle policy (Wie doet wat?).",
  ),
  stimRijk: t(
    "Conjunctuurbeleid hoort hooguit bij het Rijk, en ook dan is de timing lastig en is Nederland eigenlijk te klein (Wie doet wat?).",
    "Business-cycle policy belongs with the Rijk if anywhere, and even then timing is hard and the Netherlands is rather small for it (Wie doet wat?).",
  ),
  pgLocal: t(
    "Lokaal publiek goed: de gemeente kan kosten en baten ter plaatse afwegen naar wat inwoners willen (Wie doet wat?).",
    "Local public good: the municipality can weigh costs and benefits on the spot, as residents want (Wie doet wat?).",
  ),
  pgLocalUp: t(
    "Zuiver lokaal publiek goed: dat hoort bij de gemeente; een hogere overheid levert hier 'eenheidsworst' (Wie doet wat?).",
    "Purely local public good: it belongs to the municipality; a higher government delivers one-size-fits-all here (Wie doet wat?).",
  ),
  pgShared: t(
    "Lokaal of regionaal publiek goed: decentrale overheden maken hier de beste afweging van kosten en baten (Wie doet wat?).",
    "Local or regional public good: decentral governments weigh costs and benefits best here (Wie doet wat?).",
  ),
  pgSharedRijk: t(
    "Alleen het deel met een landelijke reikwijdte (hoofdwegen, hoofdnetten) is een rijkstaak; lokale en regionale delen horen decentraal (Wie doet wat?).",
    "Only the part with national reach (main roads, trunk networks) is a national task; local and regional parts belong decentrally (Wie doet wat?).",
  ),
  waterSup: t(
    "Toezicht op waterschappen en regionale waterkeringen is een wettelijke taak van de provincie; het Rijk ziet toe op de primaire keringen (Wie doet wat?).",
    "Supervising water boards and regional flood defences is a statutory task of the province; the Rijk supervises primary defences (Wie doet wat?).",
  ),
  waterSupRijk: t(
    "Het Rijk ziet toe op primaire waterkeringen en rijkswateren; toezicht op regionale keringen en waterschappen is provinciaal (Wie doet wat?).",
    "The Rijk supervises primary flood defences and national waters; supervising regional defences and water boards is provincial (Wie doet wat?).",
  ),
  pgRegional: t(
    "Regionaal publiek goed (provinciale wegen, streekvervoer, natuurnetwerk): de provincie heeft de passende schaal (Wie doet wat?).",
    "Regional public good (provincial roads, regional public transport, nature network): the province has the right scale (Wie doet wat?).",
  ),
  pgNational: t(
    "Publiek goed met landelijke reikwijdte, zoals defensie, rechtspraak of primaire waterkering: het Rijk moet ervoor zorgen (Wie doet wat?).",
    "Public good of national reach, such as defence, the courts or primary flood defences: the Rijk must provide it (Wie doet wat?).",
  ),
  water: t(
    "Dijken, waterkeringen, zuivering en peilbeheer zijn publieke goederen die in Nederland bij de waterschappen liggen (Redenen voor overheidsingrijpen).",
    "Dikes, flood barriers, water treatment and water-level management are public goods that the water boards provide (Redenen voor overheidsingrijpen).",
  ),
  bs: t(
    "Bedrijventerreinen, werklocaties en vestigingsklimaat zijn volgens het Bestuursakkoord taken van provincie (regionale programmering) en gemeente (Inleiding).",
    "Business sites, work locations and location climate are, per the Bestuursakkoord, tasks of the province (regional programming) and the municipality (Inleiding).",
  ),
  bsRijk: t(
    "Bedrijventerreinenbeleid is gedecentraliseerd: de provincie programmeert regionaal, de gemeente zorgt voor werklocaties (Inleiding).",
    "Business-site policy is decentralised: the province programmes regionally, the municipality provides work locations (Inleiding).",
  ),
  le: t(
    "Ondernemersloket, detailhandel, toerisme, markten en citymarketing zijn in het Bestuursakkoord aan gemeenten toegewezen (Inleiding).",
    "Business desk, retail, tourism, markets and city marketing are assigned to municipalities by the Bestuursakkoord (Inleiding).",
  ),
  leUp: t(
    "Deze lokale economische taken legt het Bestuursakkoord bij gemeenten, niet bij deze overheidslaag (Inleiding).",
    "The Bestuursakkoord gives these local economic tasks to municipalities, not to this level (Inleiding).",
  ),
  cluster: t(
    "Clusterbeleid: zwak bewijs van effect, gevoelig voor kaping door belangengroepen, overheden kiezen slecht winnaars en grondeigenaren krijgen een cadeau (Agglomeratie en clustering, Besluit).",
    "Cluster policy: weak evidence of effect, easily captured by interest groups, governments pick winners badly and landowners get a gift (Agglomeratie en clustering, Besluit).",
  ),
  rc: t(
    "Alleen waar kleine bedrijven geen marktfinanciering krijgen, particuliere investeerders beslissen en meedelen in het risico, en verliezen begroot zijn (Innovatie).",
    "Only where small firms cannot get market finance, private investors decide and share the risk, and losses are budgeted (Innovatie).",
  ),
  missionDec: t(
    "Missies als klimaat en energietransitie vragen nationale of internationale regie; decentraal past alleen ondersteuning van rijksbeleid (Innovatie).",
    "Missions such as climate and the energy transition need national or international direction; decentrally only support for national policy fits (Innovatie).",
  ),
  missionRijk: t(
    "Missiegedreven innovatie vraagt om nationale of internationale coördinatie: een taak voor het Rijk (Innovatie).",
    "Mission-oriented innovation needs national or international coordination: a task for the Rijk (Innovatie).",
  ),
  net: t(
    "Netwerkeffecten: de overheid kan helpen kritische massa te bereiken, en moet dan terugtreden (Redenen voor overheidsingrijpen).",
    "Network effects: government can help reach critical mass, and should then withdraw (Redenen voor overheidsingrijpen).",
  ),
  merit: t(
    "Bemoeigoed met lokaal bereik (sport, cultuur, bibliotheek): de gemeente is de aangewezen laag (Redenen voor overheidsingrijpen).",
    "Merit good with local reach (sport, culture, library): the municipality is the natural level (Redenen voor overheidsingrijpen).",
  ),
  meritProv: t(
    "Bemoeigoed: past bij de provincie alleen voor voorzieningen met een regionaal bereik; lokale voorzieningen zijn gemeentelijk (Redenen voor overheidsingrijpen).",
    "Merit good: fits the province only for facilities of regional reach; local facilities are municipal (Redenen voor overheidsingrijpen).",
  ),
  meritRijk: t(
    "Bemoeigoed: het Rijk hoort alleen nationale instellingen te dragen, lokale voorzieningen zijn gemeentelijk (Redenen voor overheidsingrijpen).",
    "Merit good: the Rijk should carry national institutions only; local facilities are municipal (Redenen voor overheidsingrijpen).",
  ),
  meritLocal: t(
    "Lokale voorziening (zwembad, sporthal, lokale omroep): hoort bij de gemeente (Redenen voor overheidsingrijpen, Wie doet wat?).",
    "Local facility (swimming pool, sports hall, local broadcaster): belongs to the municipality (Redenen voor overheidsingrijpen, Wie doet wat?).",
  ),
  poi: t(
    "Ondersteuning van het netwerk van openbare bibliotheken (POI) is volgens de bibliotheekwet een provinciale taak; het bibliotheekwerk zelf is gemeentelijk (Redenen voor overheidsingrijpen).",
    "Supporting the public library network (POI) is a provincial task under the library act; the libraries themselves are municipal (Redenen voor overheidsingrijpen).",
  ),
  meritNational: t(
    "Nationale instelling: het Rijk is hiervoor de juiste laag (Redenen voor overheidsingrijpen).",
    "National institution: the Rijk is the right level for it (Redenen voor overheidsingrijpen).",
  ),
  ee: t(
    "Vve, schakelklassen en zomerscholen renderen vooral bij kinderen met een achterstand; gericht gemeentelijk beleid is kansrijk (Onderwijs).",
    "Early education, bridging classes and summer schools pay off mainly for disadvantaged children; targeted municipal policy is promising (Onderwijs).",
  ),
  eeUniversal: t(
    "Voor alle kinderen is dit niet doelmatig: sommigen krijgen thuis genoeg mee. Alleen gericht op doelgroepkinderen (Onderwijs).",
    "Offering this to all children is not efficient: some get enough from home. Only when targeted at children who need it (Onderwijs).",
  ),
  eeProv: t(
    "Provincies hebben op dit onderwijsterrein geen directe taak; het is gemeentelijk beleid (Onderwijs).",
    "Provinces have no direct task in this part of education; it is municipal policy (Onderwijs).",
  ),
  eeRijk: t(
    "Gerichte vroegschoolse educatie is gemeentelijk maatwerk; het Rijk hoort te financieren, niet zelf uit te voeren (Onderwijs).",
    "Targeted early education is municipal tailoring; the Rijk should fund it, not carry it out (Onderwijs).",
  ),
  sa: t(
    "Schoolverzuim tegengaan en uitval voorkomen vóór een startkwalificatie is een kansrijke gemeentelijke taak (Onderwijs).",
    "Fighting truancy and preventing dropout before a basic qualification is a promising municipal task (Onderwijs).",
  ),
  saReturn: t(
    "Uitgevallen jongeren terugleiden naar school werkt minder goed dan uitval voorkomen (Onderwijs).",
    "Leading dropouts back to school works less well than preventing dropout (Onderwijs).",
  ),
  saUp: t(
    "Leerplicht en het tegengaan van voortijdig schoolverlaten zijn gemeentelijke taken (Onderwijs).",
    "Compulsory-education enforcement and preventing early school leaving are municipal tasks (Onderwijs).",
  ),
  csG: t(
    "Kleinere klassen vragen extra budget voor schoolbesturen, primair een rijkstaak; een gemeente kan hooguit lokalen beschikbaar stellen (Onderwijs).",
    "Smaller classes need extra money for school boards, primarily a national task; a municipality can at most provide classrooms (Onderwijs).",
  ),
  csP: t(
    "Primair een rijkstaak, maar extra provinciaal geld voor kleinere klassen stuit op weinig bezwaar (Onderwijs).",
    "Primarily a national task, but extra provincial money for smaller classes meets little objection (Onderwijs).",
  ),
  csR: t(
    "Extra budget voor schoolbesturen voor kleinere klassen is primair de verantwoordelijkheid van het Rijk (Onderwijs).",
    "Extra money for school boards for smaller classes is primarily the Rijk's responsibility (Onderwijs).",
  ),
  sh: t(
    "Onderwijshuisvesting en extra lokalen: zo kunnen gemeenten het onderwijs helpen (Onderwijs).",
    "School buildings and extra classrooms: this is how municipalities can help education (Onderwijs).",
  ),
  shUp: t("Onderwijshuisvesting is een gemeentelijke taak (Onderwijs).", "School housing is a municipal task (Onderwijs)."),
  rt: t(
    "Overheden kunnen om- en bijscholing en arbeidsmobiliteit faciliteren, zonder de scholingsmarkt over te nemen (Toenemende gevoeligheid voor internationale economische schokken).",
    "Governments can facilitate retraining and labour mobility, without taking over the training market (Toenemende gevoeligheid voor internationale economische schokken).",
  ),
  lag: t(
    "Steun aan achterblijvende regio's kan niet aan die regio's zelf worden overgelaten: een taak voor de rijksoverheid (Besluit).",
    "Support for lagging regions cannot be left to those regions themselves: a task for the national government (Besluit).",
  ),
  sc: t(
    "Wmo, jeugdzorg en publieke gezondheid liggen sinds de decentralisaties van 2015 bij gemeenten, de meest toegankelijke overheid (Wie doet wat?).",
    "Social support, youth care and public health lie with municipalities since the 2015 decentralisations, the most accessible government (Wie doet wat?).",
  ),
  scUp: t(
    "Zorg en ondersteuning in het sociaal domein zijn gedecentraliseerd naar gemeenten (Wie doet wat?).",
    "Care and support in the social domain have been decentralised to municipalities (Wie doet wat?).",
  ),
};

const neutral = (id: string, dominant = false): RuleDef => ({
  id,
  category: "administration",
  ...all(own("NEUTRAL", NEUTRAL_REASON)),
  ...(dominant ? { dominant } : {}),
});

/** Order matters only for exact ties between rules with the same outcome. */
export const BUILTIN_RULES: readonly RuleDef[] = [
  neutral("total", true),
  neutral("reserves", true),
  neutral("finance"),
  neutral("overhead"),
  neutral("governance"),
  neutral("taxes"),
  neutral("grants"),
  neutral("admin_other"),
  { id: "heading", category: "administration", ...all(own("NEUTRAL", HEADING_REASON)) },
  {
    id: "income_benefits",
    category: "income_redistribution",
    gemeente: own("OK", R.incExec),
    provincie: wrong("RIJK", R.incProv),
    rijk: own("OK", R.incRijk),
    localTax: wrong("RIJK", R.incLocalTax),
  },
  {
    id: "national_income",
    category: "income_redistribution",
    gemeente: wrong("RIJK", R.natIncome),
    provincie: wrong("RIJK", R.natIncome),
    rijk: own("OK", R.incRijk),
    localTax: wrong("RIJK", R.incLocalTax),
  },
  {
    id: "supplementary_income",
    category: "supplementary_income",
    gemeente: own("CONDITIONAL", R.supp),
    provincie: wrong("RIJK", R.incProv),
    rijk: wrong("GEMEENTE", R.suppRijk, 0.9),
    localTax: wrong("RIJK", R.incLocalTax),
    transfer: true,
  },
  {
    id: "labour_participation",
    category: "labour_participation",
    gemeente: own("OK", R.lab),
    provincie: wrong("GEMEENTE", R.labProv),
    // Financing is the Rijk's part; running the trajectories itself is not.
    rijk: wrong("GEMEENTE", R.labRijkExec, 0.9),
    localTax: wrong("RIJK", R.labLocalTax),
    transfer: true,
  },
  {
    id: "job_mediation",
    category: "job_mediation",
    ...all(wrongMarket()),
    helpSwitch: "labour_participation",
  },
  {
    id: "market_business",
    category: "local_economy",
    ...all({ verdict: "NOT_GOVERNMENT", level: "MARKT", reason: R.market, factor: 1 }),
  },
  {
    id: "stimulus",
    category: "stimulus",
    gemeente: wrong("RIJK", R.stim),
    provincie: wrong("RIJK", R.stim),
    rijk: own("QUESTIONABLE", R.stimRijk),
  },
  {
    id: "local_public_good",
    category: "public_goods",
    gemeente: own("OK", R.pgLocal),
    provincie: wrong("GEMEENTE", R.pgLocalUp),
    rijk: wrong("GEMEENTE", R.pgLocalUp),
  },
  {
    id: "shared_public_good",
    category: "public_goods",
    gemeente: own("OK", R.pgShared),
    provincie: own("OK", R.pgShared),
    rijk: own("CONDITIONAL", R.pgSharedRijk, 0.8),
    provincialSwitch: "regional_public_good",
    localSwitch: "local_public_good",
  },
  {
    id: "regional_public_good",
    category: "public_goods",
    gemeente: wrong("PROVINCIE", R.pgRegional, 0.85),
    provincie: own("OK", R.pgRegional),
    rijk: wrong("PROVINCIE", R.pgRegional),
  },
  {
    id: "national_public_good",
    category: "public_goods",
    gemeente: wrong("RIJK", R.pgNational),
    provincie: wrong("RIJK", R.pgNational),
    rijk: own("OK", R.pgNational),
  },
  {
    id: "water_board",
    category: "public_goods",
    ...all(wrong("WATERSCHAP", R.water)),
    supervisionSwitch: "water_supervision",
  },
  {
    id: "water_supervision",
    category: "public_goods",
    gemeente: wrong("PROVINCIE", R.waterSup, 0.85),
    provincie: own("OK", R.waterSup),
    rijk: own("CONDITIONAL", R.waterSupRijk, 0.85),
  },
  {
    id: "business_sites",
    category: "business_sites",
    gemeente: own("OK", R.bs),
    provincie: own("OK", R.bs),
    rijk: wrong("PROVINCIE", R.bsRijk, 0.8),
  },
  {
    id: "local_economy",
    category: "local_economy",
    gemeente: own("OK", R.le),
    provincie: wrong("GEMEENTE", R.leUp),
    rijk: wrong("GEMEENTE", R.leUp),
  },
  {
    id: "cluster_policy",
    category: "cluster_policy",
    ...all(own("QUESTIONABLE", R.cluster)),
  },
  {
    id: "risk_capital",
    category: "risk_capital",
    ...all(own("CONDITIONAL", R.rc)),
    windfall: true,
  },
  {
    id: "mission_innovation",
    category: "mission_innovation",
    gemeente: own("CONDITIONAL", R.missionDec),
    provincie: own("CONDITIONAL", R.missionDec),
    rijk: own("OK", R.missionRijk),
    windfall: true,
  },
  {
    id: "network_effects",
    category: "network_effects",
    ...all(own("CONDITIONAL", R.net)),
  },
  {
    id: "merit_goods",
    category: "merit_goods",
    gemeente: own("OK", R.merit),
    provincie: own("CONDITIONAL", R.meritProv, 0.85),
    rijk: own("CONDITIONAL", R.meritRijk, 0.85),
    nationalSwitch: "merit_national",
    localSwitch: "merit_local",
  },
  {
    id: "merit_local",
    category: "merit_goods",
    gemeente: own("OK", R.merit),
    provincie: wrong("GEMEENTE", R.meritLocal),
    rijk: wrong("GEMEENTE", R.meritLocal),
  },
  {
    id: "merit_national",
    category: "merit_goods",
    gemeente: wrong("RIJK", R.meritNational, 0.85),
    provincie: wrong("RIJK", R.meritNational, 0.85),
    rijk: own("OK", R.meritNational),
  },
  {
    id: "library_support",
    category: "merit_goods",
    gemeente: wrong("PROVINCIE", R.poi, 0.85),
    provincie: own("OK", R.poi),
    rijk: wrong("PROVINCIE", R.poi, 0.85),
  },
  {
    id: "early_education",
    category: "early_education",
    gemeente: own("OK", R.ee),
    provincie: wrong("GEMEENTE", R.eeProv),
    rijk: wrong("GEMEENTE", R.eeRijk, 0.9),
    universal: own("CONDITIONAL", R.eeUniversal),
    transfer: true,
  },
  {
    id: "early_universal",
    category: "early_education",
    gemeente: own("CONDITIONAL", R.eeUniversal),
    provincie: wrong("GEMEENTE", R.eeProv),
    rijk: wrong("GEMEENTE", R.eeRijk, 0.9),
    transfer: true,
    targetedSwitch: "early_education",
  },
  {
    id: "school_attendance",
    category: "school_attendance",
    gemeente: own("OK", R.sa),
    provincie: wrong("GEMEENTE", R.saUp),
    rijk: wrong("GEMEENTE", R.saUp, 0.9),
    returnSchool: own("CONDITIONAL", R.saReturn),
    transfer: true,
  },
  {
    id: "class_size",
    category: "class_size",
    gemeente: wrong("RIJK", R.csG),
    provincie: own("CONDITIONAL", R.csP),
    rijk: own("OK", R.csR),
  },
  {
    id: "school_housing",
    category: "school_housing",
    gemeente: own("OK", R.sh),
    provincie: wrong("GEMEENTE", R.shUp),
    // Decentralised in full: a Rijk grant for school buildings pays for a local good.
    rijk: wrong("GEMEENTE", R.shUp, 0.9),
  },
  {
    id: "retraining",
    category: "retraining",
    ...all(own("CONDITIONAL", R.rt)),
    helpSwitch: "labour_participation",
  },
  {
    id: "lagging_regions",
    category: "lagging_regions",
    gemeente: wrong("RIJK", R.lag),
    provincie: wrong("RIJK", R.lag),
    rijk: own("OK", R.lag),
  },
  {
    id: "social_care",
    category: "social_care",
    gemeente: own("OK", R.sc),
    provincie: wrong("GEMEENTE", R.scUp),
    rijk: wrong("GEMEENTE", R.scUp, 0.9),
    transfer: true,
  },
];

function wrongMarket(): Cell {
  return { verdict: "NOT_GOVERNMENT", level: "MARKT", reason: R.jobMed, factor: 1 };
}

export const RULE_INDEX: ReadonlyMap<string, number> = new Map(BUILTIN_RULES.map((r, i) => [r.id, i]));

export function ruleIndex(id: string): number {
  const i = RULE_INDEX.get(id);
  if (i === undefined) throw new Error(`unknown built-in rule ${id}`);
  return i;
}

/** The rule a category falls back on when only the category is known (taakveld, user rule). */
export const CATEGORY_DEFAULT_RULE: Readonly<Record<CategoryCode, string>> = {
  income_redistribution: "income_benefits",
  supplementary_income: "supplementary_income",
  labour_participation: "labour_participation",
  job_mediation: "job_mediation",
  stimulus: "stimulus",
  public_goods: "local_public_good",
  business_sites: "business_sites",
  local_economy: "local_economy",
  cluster_policy: "cluster_policy",
  risk_capital: "risk_capital",
  mission_innovation: "mission_innovation",
  network_effects: "network_effects",
  merit_goods: "merit_goods",
  early_education: "early_education",
  school_attendance: "school_attendance",
  class_size: "class_size",
  school_housing: "school_housing",
  retraining: "retraining",
  lagging_regions: "lagging_regions",
  social_care: "social_care",
  administration: "admin_other",
};
