// How budgets name things. Each entry points phrases at a rule (with a weight:
// how sure the phrase alone makes us) or at a modifier that changes a rule's
// verdict (who pays, who is targeted). Modes: W whole word, P start of a word
// (stems inside compounds), S end of a word (compound heads), I anywhere.
// A longer hit that covers a shorter one of another rule wins outright
// ("bijzondere bijstand" is not "bijstand", "rioolheffing" is not "riool").
// Short abbreviations are whole words so they do not fire inside other words.

export const MOD_LOCAL_TAX = 1;
export const MOD_UNIVERSAL = 2;
export const MOD_TARGETED = 4;
export const MOD_WINDFALL = 8;
export const MOD_TRANSFER = 16;
export const MOD_RETURN = 32;
export const MOD_HELP = 64;
export const MOD_PROVINCIAL = 128;
export const MOD_NATIONAL = 256;
export const MOD_LOCAL = 512;
/** "gefinancierd uit", "funded from": what follows names the money, not the task. */
export const MOD_FUNDING = 1024;
/** "toezicht op", "interbestuurlijk toezicht": the line supervises what it names. */
export const MOD_SUPERVISION = 2048;

/** W whole word, P start of a word, S end of a word, I anywhere, L a compound's first part ("buurt|bibliotheek"). */
export type ModeCode = "W" | "P" | "S" | "I" | "L";

export interface PatternGroup {
  /** A built-in rule id, or a modifier bit. */
  readonly target: string | number;
  readonly weight: number;
  readonly mode: ModeCode;
  readonly texts: readonly string[];
  /** A modifier phrase that also explains away rule hits inside it ("specifieke uitkering" is no benefit). */
  readonly absorbs?: boolean;
  /**
   * A cost type (kapitaallasten, rente, afschrijving, huur): neutral on its
   * own, but it gives way to the task it is the cost of ("Kapitaallasten
   * brandweerkazerne" is fire service).
   */
  readonly costType?: boolean;
  /**
   * Names an institution rather than a task ("waterschap"): in a line about
   * supervision it is the object supervised and says nothing about the task.
   */
  readonly institution?: boolean;
}

const g = (target: string | number, weight: number, mode: ModeCode, ...texts: string[]): PatternGroup => ({
  target,
  weight,
  mode,
  texts,
});

const absorbing = (target: number, weight: number, mode: ModeCode, ...texts: string[]): PatternGroup => ({
  ...g(target, weight, mode, ...texts),
  absorbs: true,
});

const cost = (target: string, weight: number, mode: ModeCode, ...texts: string[]): PatternGroup => ({
  ...g(target, weight, mode, ...texts),
  costType: true,
});

const institution = (target: string, weight: number, mode: ModeCode, ...texts: string[]): PatternGroup => ({
  ...g(target, weight, mode, ...texts),
  institution: true,
});

export const PATTERN_GROUPS: readonly PatternGroup[] = [
  // ── 21 Totals, results and reserve movements: never policy ──
  g("total", 1, "W", "totaal", "subtotaal", "totalen", "eindtotaal", "generaal totaal", "saldo", "total", "subtotal",
    "totals", "grand total", "resultaat", "saldi", "net result"),
  g("total", 1, "P", "saldo van baten en lasten", "totaal programma", "totaal lasten", "totaal baten",
    "resultaat voor bestemming", "resultaat na bestemming", "gerealiseerd resultaat", "totaal generaal"),
  g("reserves", 1, "W", "reserve", "reserves", "onttrekking", "onttrekkingen", "toevoeging", "toevoegingen", "dotatie",
    "dotaties", "storting"),
  g("reserves", 1, "S", "reserve", "reserves"),
  g("reserves", 1, "P", "mutatie reserve", "mutaties reserve", "mutaties in reserve", "bestemmingsreserve",
    "egalisatiereserve", "algemene reserve", "transfer to reserve", "withdrawal from reserve", "addition to reserve"),

  // ── 21 Finance, overhead, administration, taxes, general grants ──
  g("finance", 0.9, "W", "treasury", "kasgeld", "dividend", "dividenden"),
  g("finance", 0.9, "P", "rentelast", "renteresultaat", "renteomslag", "rentebaten", "financieringsfunctie",
    "geldlening", "langlopende lening", "opgenomen lening", "kasgeldlimiet", "beleggingen", "interest charges", "debt service",
    "staatsschuld", "public debt", "national debt"),
  // Cost types: what a task costs, not which task. They give way to the task they are the cost of.
  cost("finance", 0.9, "W", "rente", "financiering", "interest", "financing", "depreciation", "kapitaalslasten",
    "rente en afschrijving", "rente en afschrijvingen", "capital charges", "capital costs"),
  cost("finance", 0.9, "P", "kapitaallast", "afschrijving", "afschrijvingslast"),
  cost("admin_other", 0.6, "P", "huurlasten", "huurkosten", "huuropbrengst", "huurinkomsten", "pachtopbrengst",
    "onderhoudskosten", "onderhoudslasten", "exploitatiekosten", "exploitatielasten", "energiekosten", "schoonmaakkosten",
    "maintenance costs", "rental costs", "rental income", "running costs"),
  g("finance", 0.7, "P", "deelneming"),
  g("overhead", 0.9, "P", "vacatureruimte", "vacaturegelden", "apparaatsuitgaven", "apparaatskosten", "kerndepartement", "accountant",
    "financiele administratie", "financiele zaken", "financien", "planning en control", "planning control", "concerncontrol",
    "control en audit", "administratie en control", "salarisadministratie", "personeelsadministratie", "documentaire informatievoorziening",
    "inkoop en aanbesteding", "juridische control", "financial administration", "finance department",
    "bookkeeping", "accounting", "payroll", "procurement", "human resources"),
  // Overhead booked on a programme is still overhead (Iv3 0.4), whatever programme it names.
  g("overhead", 1.2, "W", "overhead", "overheads"),
  g("overhead", 0.9, "W", "bedrijfsvoering", "ict", "automatisering", "apparaatskosten", "personeelskosten",
    "facilitaire zaken", "gemeentehuis", "stadhuis", "provinciehuis", "staff costs", "overheads"),
  g("overhead", 0.85, "P", "ambtelijk apparaat", "ambtelijke organisatie", "ondersteuning organisatie",
    "huisvesting organisatie", "huisvesting ambtelijk", "informatievoorziening", "inhuur personeel",
    "personeel en organisatie", "kostenplaats", "doorbelasting", "interne verrekening", "support services"),
  g("governance", 0.9, "W", "bestuur", "bestuursorganen", "gemeenteraad", "griffie", "rekenkamer",
    "college van b w", "college van burgemeester en wethouders", "burgemeester", "wethouders", "raad", "council",
    "burgerzaken", "verkiezingen", "elections", "civil affairs", "provinciale staten",
    "gedeputeerde staten", "brp", "bestuur en ondersteuning"),
  g("governance", 0.7, "W", "administration"),
  g("governance", 0.85, "P", "bestuursondersteuning", "burgerlijke stand", "paspoort", "rijbewijs", "reisdocument",
    "basisregistratie", "raadsleden", "raadsgriffie", "kaderstellende organen", "uitvoerende organen",
    "bestuurlijke samenwerking", "passports", "council members", "mayor and aldermen",
    // Supervising other governments is administration, whatever it supervises.
    "interbestuurlijk toezicht", "financieel toezicht op", "toezicht op gemeenten", "toezicht gemeenten", "toezicht op waterschappen",
    "toezicht waterschappen", "toezicht op de gemeenten", "toezicht op de waterschappen", "intergovernmental supervision",
    "supervision of municipalities", "supervision of water boards"),
  g("governance", 0.9, "W", "ibt"),
  g(MOD_SUPERVISION, 1, "W", "toezicht", "toezichthouder", "toezichthouders", "supervision", "oversight", "supervising",
    "interbestuurlijk"),
  g("taxes", 0.85, "W", "ozb", "leges", "opcenten", "btw", "vpb", "property tax", "bcf"),
  // Generic tax words: policy about a tax (remission) must be able to beat them.
  g("taxes", 0.75, "W", "belasting", "belastingen", "heffing", "heffingen", "taxes", "tax", "levies", "levy"),
  g("taxes", 0.75, "S", "belasting", "belastingen", "heffing", "heffingen"),
  g("taxes", 0.85, "P", "onroerendezaakbelasting", "onroerende zaakbelasting", "onroerende zaak belasting",
    "onroerende zaken belasting", "vennootschapsbelasting", "motorrijtuigenbelasting", "rioolheffing",
    "afvalstoffenheffing", "waterschapsbelasting", "waterschapslasten", "toeristenbelasting", "parkeerbelasting",
    "parkeergeld", "precario", "hondenbelasting", "btw compensatiefonds", "belastingopbrengst", "belastingheffing",
    "opbrengst ozb", "ozb woningen", "ozb niet woningen", "waste levy", "sewerage charge", "tourist tax"),
  g("grants", 0.9, "P", "algemene uitkering", "gemeentefonds", "provinciefonds", "integratie uitkering sociaal domein",
    "general grant", "municipal fund", "municipalities fund", "provinces fund", "dekkingsmiddelen", "general funding sources",
    "general revenue sources"),
  // "Uitkering" here is the fund paying out, not a benefit.
  g("grants", 0.95, "P", "uitkering provinciefonds", "uitkering gemeentefonds", "uitkering uit het provinciefonds",
    "uitkering uit het gemeentefonds", "uitkering uit provinciefonds", "uitkering uit gemeentefonds", "uitkeringen provinciefonds",
    "uitkeringen gemeentefonds", "uitkeringen uit het provinciefonds", "uitkeringen uit het gemeentefonds",
    "algemene dekkingsmiddelen"),
  g("admin_other", 0.8, "P", "onvoorzien", "onverdeeld", "stelpost", "beheer overige gebouwen en gronden", "overige baten en lasten",
    "verzekeringen", "juridische zaken", "juridische ondersteuning", "gemeentelijk vastgoed", "vastgoedbeheer",
    "contingencies", "unforeseen"),

  // ── 1 Income redistribution ──
  g("income_benefits", 0.8, "P", "bijstand", "uitkering", "uitkeringsgerechtigd",
    "inkomensondersteuning", "levensonderhoud", "inkomensvoorziening", "participatiewet uitkering",
    "energietoeslag", "social assistance", "welfare benefit", "benefits", "income support", "income scheme"),
  g("income_benefits", 0.95, "W", "buig", "ioaw", "ioaz", "bbz", "inkomensdeel", "gebundelde uitkering",
    "bijstandsuitkering", "bijstandsuitkeringen", "algemene bijstand"),
  // Names of broad taakvelden: the rest of the line usually says more.
  g("income_benefits", 0.6, "P", "inkomensregeling"),
  g("labour_participation", 0.7, "P", "arbeidsparticipatie"),
  g("national_income", 0.9, "P", "inkomensherverdeling", "herverdeling van inkomen", "progressieve belasting",
    "progressieve heffing", "kinderbijslag", "huurtoeslag", "zorgtoeslag", "kindgebonden budget", "basisinkomen",
    "basic income", "universal income", "guaranteed income", "negatieve inkomstenbelasting", "negative income tax",
    "income redistribution", "redistribution of income", "progressive tax", "child benefit", "housing benefit",
    "unemployment benefit", "state pension"),
  g("national_income", 0.9, "W", "aow", "ww", "wia", "wajong", "anw", "toeslagen", "redistribution"),
  g("national_income", 0.8, "W", "herverdeling", "inkomensherverdeling"),

  // ── 2 Supplementary local income policy ──
  g("supplementary_income", 1, "P", "bijzondere bijstand", "armoede", "minimabeleid", "minimahuishoudens", "minimavoorziening",
    "inkomenstoeslag", "individuele inkomenstoeslag", "meedoenregeling", "meedoen regeling", "stadspas",
    "kindpakket", "declaratiefonds", "collectieve zorgverzekering", "collectieve ziektekosten", "minimaregeling",
    "chronisch zieken regeling", "armoedebestrijding", "leergeld", "jeugdfonds sport", "jeugdcultuurfonds",
    "schoolkostenregeling", "computerregeling", "poverty", "anti poverty", "low income", "low incomes",
    "special assistance", "local income supplement"),
  g("supplementary_income", 1, "S", "armoede"),
  g("supplementary_income", 1, "W", "minima"),
  g("supplementary_income", 0.9, "P", "lage inkomens", "laag inkomen", "income top up", "income supplement"),
  // Remission is policy about a tax; it has to outweigh the tax words around it.
  g("supplementary_income", 1.1, "P", "kwijtschelding", "tax remission", "tax relief for low"),

  // ── 3 Labour participation of people who need help ──
  g("labour_participation", 1, "P", "re integratie", "reintegratie", "reintegration", "re integration",
    "participatiebudget", "loonkostensubsidie", "loonwaarde", "sociale werkvoorziening", "sociaal werkbedrijf",
    "beschut werk", "beschutte werk", "begeleide participatie", "werkgeversservicepunt",
    "jobcoach", "job coach", "werkgeversdienstverlening", "participatieplek", "participatievoorziening", "garantiebaan", "garantiebanen",
    "banenafspraak", "arbeidsmarktregio", "afstand tot de arbeidsmarkt", "arbeidsbeperking", "werkleerbedrijf",
    "leerwerkbedrijf", "leerwerktraject", "werkbedrijf", "participatiewet", "toeleiding naar werk", "werk en inkomen",
    "sheltered employment", "sheltered work", "wage subsidy", "wage cost subsidy", "supported employment",
    "work first", "labour participation", "labor participation", "activation"),
  g("labour_participation", 1, "W", "wsw", "wsp", "sw bedrijf", "sw"),
  g("labour_participation", 0.6, "P", "arbeidsmarktbeleid", "activering", "labour market", "labor market"),
  g(MOD_HELP, 1, "P", "bijstand", "uitkeringsgerechtigd", "afstand tot de arbeidsmarkt", "arbeidsbeperking",
    "statushouder", "kwetsbare", "participatiewet", "werkzoekenden met", "zonder startkwalificatie",
    "langdurig werkloze", "doelgroep", "beschut", "wsw", "people on benefits", "benefit recipients",
    "long term unemployed", "jobseekers with", "disabilit", "vulnerable"),
  g(MOD_HELP, 1, "W", "bijstandsgerechtigden", "uitkeringsgerechtigden", "werklozen", "unemployed"),

  // ── 4 Job mediation for people who manage themselves ──
  g("job_mediation", 1, "P", "arbeidsbemiddeling", "vacature", "loopbaan", "sollicitatie", "banenmarkt", "banenbeurs", "loopbaancoaching", "loopbaanadvies", "loopbaanbegeleiding",
    "loopbaanscan", "uitzendbureau", "werving en selectie", "job mediation", "job portal", "job board",
    "job fair", "vacancy", "vacancies", "career coaching", "career advice", "recruitment", "job matching",
    "job placement"),
  // People without benefits manage by themselves (Redenen voor overheidsingrijpen).
  g("job_mediation", 0.7, "P", "geen uitkering", "zonder uitkering", "hoogopgeleide werkzoekenden", "werkenden",
    "without benefits", "employed people"),

  // ── 5 Business-cycle stimulus ──
  g("stimulus", 1.1, "P", "stimuleringspakket", "koopkrachtimpuls", "koopkrachtbevordering", "anticyclisch",
    "anti cyclisch", "conjunctuur", "conjunctureel", "crisispakket", "steunpakket economie", "herstelpakket",
    "impulspakket", "economisch herstelplan", "investeringsimpuls", "versneld investeren", "investeringen naar voren",
    "tijdelijke banen", "tijdelijke werkgelegenheid", "werkgelegenheidsimpuls", "bestedingsimpuls", "recessie",
    "stimulus", "countercyclical", "counter cyclical", "recovery package", "economic recovery plan",
    "temporary jobs", "demand boost", "spending boost", "crisisbaan", "crisisbanen", "crisisjobs", "werkgelegenheidsplan",
    "banenplan", "extra werkgelegenheid", "crisis jobs", "job creation scheme", "job creation programme", "job creation program",
    "jobs plan", "make work", "public works programme", "public works program"),
  g("stimulus", 0.7, "P", "koopkracht"),

  // ── 6 Public goods: local ──
  g("local_public_good", 0.95, "P", "openbare orde", "orde en veiligheid", "brandweer", "crisisbeheersing",
    "rampenbestrijding", "veiligheidsregio", "cameratoezicht", "handhaving openbare ruimte", "straatverlichting",
    "openbare verlichting", "straatreiniging", "riolering", "riool", "rioolgemaal", "hemelwater", "afval",
    "huisvuil", "vuilnis", "grofvuil", "milieustraat", "afvalinzameling", "afvalverwerking", "openbaar groen",
    "groenonderhoud", "groenvoorziening", "plantsoen", "speelvoorziening", "speelplaats", "speeltuin",
    "begraafplaats", "crematori", "lijkbezorging", "parkeren", "parkeerplaats", "parkeervoorziening",
    "parkeergarage", "trottoir", "fietsenstalling", "veiligheidshuis", "gladheid", "strooien", "street cleaning", "gritting",
    "winter maintenance", "park maintenance",
    "bestemmingsplan", "omgevingsplan", "omgevingsvergunning", "bouwvergunning",
    "grondexploitatie", "bouwgrondexploitatie", "woningbouw", "wonen en bouwen",
    "volkshuisvesting", "stadsvernieuwing", "wijkvernieuwing", "beheer openbare ruimte",
    "bomenbeheer", "ruimte en leefomgeving", "plein", "pleinen", "herinrichting", "speelveld", "speelvelden",
    "speelterrein", "bouwtoezicht", "bouw en woningtoezicht",
    "street lighting", "public order", "fire service", "fire brigade", "fire department", "sewer", "sewerage",
    "waste collection", "refuse collection", "green space", "public space", "parks", "playground", "cemeter",
    "zoning", "building permit", "cycle path", "bike path", "road safety"),
  g("local_public_good", 0.8, "W", "boa", "boas", "gft", "bomen", "straten", "veiligheid", "waste",
    "parking", "safety", "square", "squares", "village green"),
  g("local_public_good", 0.95, "S", "afval"),
  g("local_public_good", 0.8, "P", "openbare ruimte"),
  g("local_public_good", 0.85, "W", "park", "parks"),

  // ── 6 Public goods: local or regional ──
  g("shared_public_good", 0.85, "P", "wegen", "wegbeheer", "wegonderhoud", "onderhoud wegen", "verkeer",
    "openbaar vervoer", "busvervoer", "bushalte", "natuur", "landschap", "grondwater", "klimaatadaptatie",
    "wateroverlast", "havens", "haven", "vaarweg", "waterwegen", "landwegen", "milieu", "bodemsanering",
    "bodembeheer", "luchtkwaliteit", "geluidhinder", "omgevingsdienst", "kunstwerken", "bruggen", "fietspad", "fietsroute", "snelfietsroute", "nationaal park", "nationale parken", "national park", "ruimtelijke ordening", "omgevingsvisie", "spatial planning",
    "verkeersveiligheid", "mobiliteit", "infrastructuur", "recreatieve voorzieningen", "openlucht recreatie",
    "roads", "road maintenance", "traffic", "public transport", "nature", "landscape", "bridges",
    "environment", "environmental", "climate adaptation", "groundwater", "infrastructure"),
  g("shared_public_good", 0.85, "W", "ov", "water", "road", "brug"),
  // Permits, supervision and enforcement (VTH): gemeenten and provincies both carry them, often via an omgevingsdienst.
  g("shared_public_good", 0.85, "W", "vergunningverlening", "handhaving", "vth", "enforcement", "permits", "permitting"),
  g("shared_public_good", 0.95, "P", "milieuhandhaving", "milieutoezicht", "milieuvergunning", "milieuvergunningen",
    "vergunningverlening toezicht en handhaving", "toezicht en handhaving", "externe veiligheid", "omgevingsveiligheid",
    "environmental permits", "environmental enforcement", "external safety"),

  // ── 6 Public goods: regional (provincial) ──
  g("regional_public_good", 1, "P", "provinciale weg", "provinciale wegen", "provinciaal wegennet",
    "n wegen", "streekvervoer", "regionaal openbaar vervoer", "regionaal ov", "ov concessie",
    "concessie openbaar vervoer", "busconcessie", "natuurnetwerk", "ecologische hoofdstructuur", "natura 2000",
    "provinciale vaarweg", "provincial road", "regional public transport", "regional bus", "nature network"),
  g("regional_public_good", 1, "W", "nnn", "ehs"),
  g(MOD_PROVINCIAL, 1, "W", "provinciaal", "provinciale", "provincial"),

  // ── 6 Public goods: national ──
  g("national_public_good", 1, "P", "defensie", "krijgsmacht", "rechtspraak", "rechtbank", "rechterlijke macht",
    "gevangeniswezen", "gevangenis", "primaire waterkering", "primaire kering", "hoogwaterbescherming", "hwbp", "deltaprogramma",
    "deltafonds", "deltaplan", "kustverdediging", "kustbescherming", "kustlijnzorg", "zandsuppletie",
    "rijksweg", "hoofdwegennet", "snelweg", "hoofdrailnet", "spoorweg", "marechaussee", "grensbewaking",
    "diplomatie", "ambassade", "kustwacht", "nationale politie", "politie", "border security", "border control",
    "coast guard", "police", "defence", "defense", "armed forces", "military", "judiciary", "courts",
    "prisons", "primary flood", "flood protection programme", "coastal defence", "coastal defense",
    "national road", "motorway", "railway network", "national security", "kantongerecht", "gerechtshof", "gerechtshoven",
    "gerechten", "raad voor de rechtspraak", "hoge raad", "rechterlijke organisatie", "district court", "court of appeal",
    "law courts", "supreme court", "council for the judiciary"),
  g("national_public_good", 1, "W", "leger", "court"),

  // ── 6 Public goods: water boards ──
  g("water_board", 1, "P", "dijk", "waterkering", "waterzuivering", "zuivering", "afvalwater", "rioolwaterzuivering",
    "rwzi", "awzi", "peilbeheer", "waterpeil", "watersysteem", "waterkwaliteit", "waterkwantiteit", "boezem", "polderbemaling", "dikes", "dykes", "dyke", "dike", "levee",
    "water treatment", "wastewater", "waste water", "water level", "watergang", "watergangen", "waterloop", "waterlopen",
    "regionale wateren", "regionaal water", "regionale kering", "regionale keringen", "watercourses", "waterways maintenance", "ditches"),
  // A pumping station alone is ambiguous: sewage pumps are the municipality's
  // (riolering), polder pumps the water board's; other words in the line decide.
  g("water_board", 0.6, "P", "gemaal", "gemalen"),
  institution("water_board", 1, "P", "waterschap", "water board", "water authority", "water authorities"),
  g("water_board", 1, "S", "zuivering", "zuiveringen", "dijk", "dijken"),

  // ── 7 Business sites and location climate ──
  g("business_sites", 1, "P", "bedrijventerrein", "bedrijfsterrein", "bedrijventerreinen", "werklocatie",
    "vestigingsklimaat", "ruimtelijke inpassing", "fysieke bedrijfsinfrastructuur", "kantorenlocatie",
    "industrieterrein", "bedrijfskavel", "bedrijfsgrond", "bedrijvenpark", "werklandschap", "havengebied",
    "business site", "business location", "industrial estate", "industrial site", "industrial park",
    "location climate", "business park"),

  // ── 8 Local economy (Bestuursakkoord) ──
  g("local_economy", 1, "P", "ondernemersloket", "bedrijvenloket", "bedrijfsregeling", "detailhandel", "winkelgebied",
    "winkelcentrum", "winkelstraat", "winkelstraten", "winkelaanbod", "leegstand winkel", "centrummanagement", "binnenstadsmanagement", "citymarketing", "city marketing",
    "stadsmarketing", "regiomarketing", "economische promotie", "toerisme", "toeristisch", "toeristen", "vvv",
    "recreatie en toerisme", "weekmarkt", "warenmarkt", "markten", "jachthaven", "recreatieve havens",
    "ondernemersfonds", "marktwezen", "binnenstad", "horeca", "evenementen", "evenement", "kermis",
    "bedrijfsbezoek", "accountmanagement bedrijven", "tourism", "tourist", "retail", "city centre", "city center",
    "town centre", "high street", "shopping", "business desk", "entrepreneurs desk", "business support desk",
    "marina", "events"),
  g("local_economy", 0.9, "W", "markt", "biz", "recreatie", "market", "markets"),

  // ── 4/8 Commercial businesses a government runs (no market failure) ──
  g("market_business", 0.95, "P", "camping", "campings", "kampeerterrein", "golfbaan", "golfbanen", "golfterrein",
    "vakantiepark", "bungalowpark", "campsite", "campground", "golf course", "golf club", "holiday park", "caravan park",
    "skibaan", "ski slope", "bowlingbaan"),
  // The Bestuursakkoord phrase, but budgets also put stimulus under it.
  g("local_economy", 0.7, "P", "lokale economie", "local economy"),

  // ── 9 Cluster and sector policy ──
  g("cluster_policy", 0.8, "P", "cluster"),
  g("cluster_policy", 1, "P", "clusterbeleid", "clusterontwikkeling", "clusterprogramma", "campus", "science park", "sciencepark", "topsector", "smart specialis",
    "smart specializ", "slimme specialisatie", "ris3", "brainport", "economic board", "sectorbeleid",
    "sectorprogramma", "sectoraanpak", "speerpuntsector", "kansrijke sector", "bedrijfssubsidie",
    "subsidie aan bedrijven", "subsidies aan bedrijven", "innovatiedistrict", "top sector", "picking winners",
    "innovation district", "sector deal", "sectordeal", "selected industries", "selected sectors",
    "industrial policy", "sector programme", "sector program", "sector subsid", "firm subsid"),
  g("cluster_policy", 1, "S", "valley", "valleys", "campus"),

  // ── 10 Risk capital for small firms ──
  g("risk_capital", 1, "P", "revolving fund", "revolverend", "innovatiefonds", "innovatiekrediet", "innovatielening",
    "mkb krediet", "mkbkrediet", "mkb financiering", "mkb fonds", "mkb lening", "mkb leningen", "participatiefonds",
    "participatiemaatschappij", "ontwikkelingsmaatschappij", "risicokapitaal", "durfkapitaal", "venture capital",
    "seed capital", "seedfonds", "seed fonds", "microkrediet", "microfinanciering", "achtergestelde lening",
    "converteerbare lening", "startersfonds", "starterslening ondernemer", "starterslening startende ondernemer",
    "leningen aan ondernemers", "lening aan ondernemers", "leningen ondernemers", "krediet ondernemers",
    "investeringsfonds", "fonds voor ondernemers", "starterslening voor ondernemers",
    "startersleningen voor ondernemers", "lening voor ondernemers", "leningen voor ondernemers", "krediet voor ondernemers",
    "ondernemerslening", "ondernemerskrediet", "innovation loan", "innovation fund",
    "sme loan", "sme credit", "sme fund", "participation fund", "risk capital", "loans to firms", "loans to smes",
    "startup loan", "start up loan", "proof of concept", "starterskrediet", "startkrediet", "starterskredieten",
    "qredits", "ontwikkelingsfonds", "ontwikkelfonds mkb", "kredietfaciliteit", "borgstelling", "borgstellingsfonds",
    "microcredit", "micro credit", "starter loans", "credit facility", "loan guarantee", "development fund"),
  g("risk_capital", 0.9, "W", "rom", "roms", "mit"),
  // Often only where the money comes from, not what it buys.
  g("risk_capital", 0.7, "P", "energiefonds"),
  g(MOD_WINDFALL, 1, "P", "essent", "nuon", "energiegelden", "verkoopopbrengst", "verkoop aandelen",
    "verkoop van aandelen", "opbrengst aandelen", "windfall", "energy shares", "sale of shares"),

  // ── 11 Mission-oriented innovation ──
  g("mission_innovation", 1, "P", "energietransitie", "klimaat", "circulaire economie", "circulair",
    "klimaatakkoord", "klimaatneutraal", "warmtetransitie", "transitievisie warmte", "aardgasvrij", "waterstof",
    "regionale energiestrategie", "duurzame energie", "co2 reductie", "co2 neutraal", "missiegedreven",
    "energy transition", "climate", "circular economy", "hydrogen", "decarboni", "net zero", "renewable energy",
    "heat transition", "warmtenet", "warmtenetten", "warmteplan", "transitievisie", "wijkuitvoeringsplan", "aardgasloos",
    "gasvrij", "gasvrije", "gas free", "natural gas free", "off gas", "district heating", "heat network", "heat networks",
    "mission oriented", "mission driven"),
  g("mission_innovation", 0.65, "P", "duurzaamheid", "verduurzaming", "windpark", "zonnepark", "zonneweide",
    "energiebesparing", "sustainability"),
  g("mission_innovation", 0.8, "W", "res", "co2"),
  g("mission_innovation", 0.9, "P", "energieloket", "energiecoach", "energieadvies", "isolatie"),

  // ── 12 Network effects ──
  g("network_effects", 1, "P", "laadpaal", "laadpalen", "laadpunt", "oplaadpunt", "laadinfrastructuur", "laadinfra",
    "laadplein", "glasvezel", "breedband", "snel internet", "waterstoftankstation", "charging point",
    "charging station", "charging infrastructure", "chargers", "broadband", "fibre", "fiber", "ev charging"),
  g("network_effects", 0.9, "W", "5g"),

  // ── 13 Merit goods ──
  g("merit_goods", 1, "P", "sport", "cultuur", "cultureel", "erfgoed", "monument", "archeologie", "museum",
    "musea", "bibliotheek", "theater", "schouwburg", "poppodium", "concertzaal", "muziekschool", "muziekonderwijs",
    "kunst", "cultuureducatie", "amateurkunst", "filmhuis", "omroep", "media", "sportstimulering",
    "sportbeleid", "culture", "cultural", "heritage", "museums", "library", "libraries", "theatre", "sports"),
  g("merit_goods", 1, "W", "arts"),
  g("merit_goods", 1, "S", "sport", "kunst", "cultuur"),
  g("merit_local", 1, "P", "zwembad", "sporthal", "sportpark", "sportvelden", "sportveld", "sportaccommodatie",
    "buurtsportcoach", "sportvereniging", "lokale omroep", "gymzaal", "gymzalen", "ijsbaan", "kunstgrasveld", "speeltuinvereniging",
    "swimming pool", "sports hall", "sports facilities", "local broadcaster", "local radio"),
  g("merit_local", 1, "I", "sportaccommodat", "zwembad"),
  g("merit_national", 1, "P", "rijksmuse", "culturele basisinfrastructuur", "basisinfrastructuur cultuur", "rijkscollectie", "nationaal museum", "nationale bibliotheek",
    "koninklijke bibliotheek", "landelijke omroep", "publieke omroep", "npo", "national museum", "national library",
    "national broadcaster", "national opera", "nationale opera"),
  // The Wsob gives provinces the support of the library network (POI): a statutory provincial task.
  g("library_support", 1.5, "P", "provinciale ondersteuningsinstelling", "ondersteuningsinstelling", "bibliotheeknetwerk",
    "netwerk van openbare bibliotheken", "bibliotheekstelsel", "wsob", "library support organisation",
    "library support organization", "provincial library support"),
  g("library_support", 1.5, "W", "poi", "pois"),
  g(MOD_NATIONAL, 1, "W", "nationaal", "nationale", "landelijk", "landelijke", "national"),
  g(MOD_LOCAL, 1, "W", "lokaal", "lokale", "local", "wijk", "buurt", "dorp", "dorpen", "neighbourhood", "neighborhood",
    "village", "wijken", "buurten"),
  // Compounds whose first part makes the rest local: buurtbibliotheek, dorpsplein, wijkpark, stadsschouwburg.
  // A task stem right after one of these counts as a word (and the line as local, see check.ts).
  g(0, 0, "L", "buurt", "wijk", "dorps", "stads"),

  // ── 14 Early education ──
  g("early_education", 1, "P", "vve", "voor en vroegschoolse", "vroegschoolse", "voorschoolse", "voorschool",
    "goab", "onderwijsachterstand", "achterstandenbeleid", "schakelklas", "zomerschool", "taalklas", "taalonderwijs",
    "taalachterstand", "nieuwkomersonderwijs", "nieuwkomersklas", "doelgroepkinderen", "doelgroeppeuters",
    "early childhood education", "pre school education", "preschool education", "summer school",
    "language class", "bridging class", "early education", "early years education"),
  g("early_universal", 0.9, "P", "peuteropvang", "peuterspeelzaal", "peuterwerk", "preschool", "pre school",
    "toddler"),
  g(MOD_UNIVERSAL, 1, "P", "voor alle", "every pupil", "every child", "all pupils", "open to all", "open to every",
    "alle kinderen", "alle peuters", "alle leerlingen", "alle scholen", "universeel",
    "universele", "voor iedereen", "algemene voorziening", "all children", "all toddlers", "universal"),
  g(MOD_TARGETED, 1, "P", "doelgroep", "achterstand", "kwetsbare", "gericht", "targeted", "at risk",
    "disadvantaged"),

  // ── 15 School attendance ──
  g("school_attendance", 1, "P", "leerplicht", "rmc", "regionale meld", "voortijdig schoolverlat",
    "voortijdig schoolverlaten", "schoolverzuim", "verzuim", "schooluitval", "uitval onderwijs", "startkwalificatie",
    "thuiszitter", "leerlingzaken", "truancy", "school attendance", "early school leaving", "school dropout",
    "dropout", "drop out", "compulsory education", "compulsory schooling"),
  g("school_attendance", 1, "W", "vsv"),
  g("school_attendance", 0.9, "P", "uitgevallen jongeren", "terug naar school", "back to school", "dropouts"),
  g("school_attendance", 0.75, "P", "leerlingenvervoer", "pupil transport", "school transport"),
  g(MOD_RETURN, 1, "P", "terug naar school", "terugleiden", "terugleiding", "herplaatsing", "herplaatsen",
    "uitgevallen jongeren", "tweede kans", "herintreding onderwijs", "back to school", "second chance",
    "re enrol", "reenrol", "return to school"),

  // ── 16 Class size and teachers ──
  g("class_size", 1, "P", "klassenverkleining", "kleinere klassen", "klassengrootte", "kleine klassen",
    "extra leerkracht", "extra leraren", "extra leraar", "extra docent", "extra onderwijsassistent",
    "lerarentekort", "lerarensalaris", "salaris leraren", "salarissen leraren", "class size", "smaller classes",
    "extra teachers", "additional teachers", "teacher salaries", "teachers salaries", "teacher shortage"),
  g("class_size", 0.9, "P", "lumpsum", "bekostiging onderwijs", "bekostiging primair", "bekostiging voortgezet",
    "bekostiging scholen", "school boards funding", "funding school boards"),

  // ── 17 School housing ──
  g("school_housing", 1, "P", "onderwijshuisvesting", "schoolgebouw", "huisvesting onderwijs", "huisvesting scholen",
    "huisvesting basisscholen", "nieuwbouw school", "nieuwbouw scholen", "nieuwbouw basisschool", "scholenbouw",
    "schoolbouw", "klaslokaal", "klaslokalen", "noodlokaal", "noodlokalen", "integraal huisvestingsplan", "integraal huisvestingsprogramma",
    "schoolhuisvesting", "school buildings", "school building", "school housing", "classrooms", "classroom",
    "school accommodation"),
  g("school_housing", 0.9, "W", "lokalen", "ihp"),
  // The essay's exception to class size: classrooms are how a gemeente helps.
  g("school_housing", 1.2, "P", "extra lokalen", "extra klaslokalen", "extra classrooms"),

  // ── 18 Retraining and labour mobility ──
  g("retraining", 1, "P", "omscholing", "bijscholing", "om en bijscholing", "herscholing", "leven lang ontwikkelen",
    "leven lang leren", "stap budget", "scholingsvoucher", "ontwikkeladvies", "van werk naar werk",
    "mobiliteitscentrum", "arbeidsmobiliteit", "human capital", "scholingsfonds", "retraining", "re training",
    "reskilling", "upskilling", "lifelong learning", "life long learning", "labour mobility", "labor mobility",
    "training vouchers"),
  g("retraining", 1, "W", "llo"),
  g("retraining", 0.6, "P", "scholing"),

  // ── 19 Support for lagging regions ──
  g("lagging_regions", 1, "P", "achterblijvende regio", "achtergebleven regio", "achtergestelde regio",
    "regionale compensatie", "compensatie regio", "spreiding rijksdiensten", "spreiding rijkswerkgelegenheid",
    "spreiding van rijksdiensten", "rijksdiensten naar de regio", "verplaatsing rijksdiensten",
    "vestiging rijksdiensten", "vestigingsbeleid overheidsinstellingen", "behoud rechtbank", "rechtbank in de regio",
    "rechtbanken in de regio", "regiodeal", "regio deal", "structuurversterking", "vestiging van een rijksdienst", "vestiging rijksdienst", "lagging",
    "lagging region", "regional compensation", "relocating public services", "relocation of public services",
    "public services in the region", "keeping courts", "regional courts", "region deal", "rijksdiensten naar",
    "rijksdienst naar", "rijkswerkgelegenheid", "overheidsdiensten naar de regio", "overheidsinstellingen naar de regio",
    "overheidswerkgelegenheid", "spreiding overheidsdiensten", "spreiding van overheidsdiensten", "spreiding van overheidsinstellingen",
    "verplaatsing van rijksdiensten", "verhuizing rijksdiensten", "verhuizing van rijksdiensten", "buiten de randstad",
    "relocating government", "relocation of government", "relocate government", "relocating agencies", "relocation of agencies",
    "government agencies to the regions", "government jobs to the regions", "government jobs in the regions",
    "dispersal of government", "spreading government", "public sector jobs to the regions"),

  g("lagging_regions", 0.7, "P", "krimpregio", "krimpgebied"),
  // Also the name of agencies (Rijksdienst voor Ondernemend Nederland): weak alone.
  g("lagging_regions", 0.45, "P", "rijksdienst"),

  // ── 20 Social care and youth care ──
  g("social_care", 1, "P", "wmo", "maatwerkvoorziening", "maatwerkdienstverlening", "maatwerkarrangement",
    "huishoudelijke hulp", "huishoudelijke ondersteuning", "hulp bij het huishouden", "dagbesteding", "jeugdzorg",
    "jeugdhulp", "jeugdbescherming", "jeugdreclassering", "pleegzorg", "beschermd wonen", "maatschappelijke opvang",
    "vrouwenopvang", "daklozen", "dakloosheid", "wijkteam", "sociaal team", "sociale teams", "eerstelijnsvoorziening",
    "geescaleerde zorg", "ggd", "volksgezondheid", "publieke gezondheid", "jeugdgezondheidszorg", "jgz",
    "consultatiebureau", "gezondheidsbeleid", "mantelzorg", "welzijn", "ouderenwerk", "jongerenwerk", "opbouwwerk",
    "maatschappelijk werk", "buurtwerk", "samenkracht", "schuldhulp", "schuldsanering", "schuldenaanpak",
    "inburgering", "hulpmiddelen", "woningaanpassing", "rolstoel", "doelgroepenvervoer", "regiotaxi", "pgb",
    "persoonsgebonden budget", "verslavingszorg", "ggz", "veilig thuis", "huiselijk geweld", "toegang en",
    "sociaal domein", "begeleiding wmo", "social care", "social support", "youth care", "youth services",
    "public health", "sheltered housing", "home care", "homeless", "debt counselling", "debt counseling",
    "debt assistance", "domestic violence", "neighbourhood team", "neighborhood team", "community care",
    "youth protection", "child protection"),
  g("social_care", 1, "S", "wijkteam", "wijkteams", "jeugdzorg", "jeugdhulp", "buurtteam", "buurtteams"),
  g("social_care", 0.75, "P", "begeleiding", "burgerparticipatie", "vrijwilligerswerk", "preventie", "statushouders",
    "buurthuis", "buurthuizen", "wijkcentrum", "dorpshuis", "dorpshuizen", "gezondheid", "zorg", "jeugd"),
  g("social_care", 1, "P", "sociale isolatie", "eenzaamheid", "loneliness"),
  g("social_care", 0.6, "W", "toegang"),

  // ── Modifiers: who pays ──
  g(MOD_LOCAL_TAX, 1, "P", "eigen middelen", "algemene middelen", "gemeentelijke middelen", "gefinancierd uit ozb", "gefinancierd uit de ozb", "betaald uit ozb", "betaald uit de ozb",
    "uit de ozb", "uit ozb", "ozb verhoging", "verhoging ozb", "verhoging van de ozb", "eigen belastingopbrengst",
    "eigen belastinginkomsten", "zonder rijksbijdrage", "zonder rijksgeld", "own funds", "own resources",
    "locally funded", "funded from property tax", "from property tax", "gedekt uit ozb", "gedekt uit de ozb", "dekking uit ozb",
    "paid from local", "own tax revenue", "own tax income", "eigen belastingen", "eigen heffingen"),
  // A funding clause: what follows it is where the money comes from. A tax named there is the line's
  // own tax money (MOD_LOCAL_TAX for a gemeente); a tax, grant or reserve named there is no task.
  g(MOD_FUNDING, 1, "P", "gefinancierd uit", "gefinancierd met", "gefinancierd door", "gefinancierd vanuit", "financiering uit",
    "betaald uit", "betaald met", "betaald door", "bekostigd uit", "bekostigd met", "bekostigd door", "gedekt uit", "gedekt door",
    "gedekt met", "dekking uit", "dekking door", "met dekking", "ten laste van", "te dekken uit", "uit de gemeentelijke",
    "uit gemeentelijke", "uit de lokale", "uit lokale", "uit eigen", "uit de eigen", "uit de algemene", "uit algemene",
    "funded from", "funded by", "funded through", "funded out of", "funded via", "financed from", "financed by",
    "financed out of", "financed through", "paid from", "paid for from", "paid out of", "paid for by", "paid for out of",
    "paid by", "covered by", "covered from", "charged to", "out of local", "from local", "from municipal", "from own"),
  absorbing(MOD_TRANSFER, 1, "P", "specifieke uitkering", "spuk", "decentralisatie uitkering", "decentralisatieuitkering",
    "uitkering aan gemeenten", "uitkeringen aan gemeenten", "bijdrage aan gemeenten", "bijdragen aan gemeenten",
    "via het gemeentefonds", "via gemeentefonds", "rijksbijdrage aan gemeenten", "middelen voor gemeenten",
    "financiering gemeenten", "grants to municipalities", "grant to municipalities", "transfer to municipalities",
    "funding for municipalities", "budget voor gemeenten", "participatiebudget", "buig", "gebundelde uitkering",
    "integratie uitkering", "rijksbijdrage", "rijksuitkering"),
];
