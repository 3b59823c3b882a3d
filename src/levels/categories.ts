// The 21 categories of LEVELS.md, in its order, so `categoryNumber` matches
// the numbering people quote from that document.

import type { Text } from "./types";

export const CATEGORY_CODES = [
  "income_redistribution",
  "supplementary_income",
  "labour_participation",
  "job_mediation",
  "stimulus",
  "public_goods",
  "business_sites",
  "local_economy",
  "cluster_policy",
  "risk_capital",
  "mission_innovation",
  "network_effects",
  "merit_goods",
  "early_education",
  "school_attendance",
  "class_size",
  "school_housing",
  "retraining",
  "lagging_regions",
  "social_care",
  "administration",
] as const;

export type CategoryCode = (typeof CATEGORY_CODES)[number];

export const CATEGORY_LABELS: Record<string, Text> = {
  income_redistribution: { nl: "Inkomensherverdeling", en: "Income redistribution" },
  supplementary_income: { nl: "Aanvullend lokaal inkomensbeleid", en: "Supplementary local income policy" },
  labour_participation: { nl: "Arbeidsparticipatie met hulp", en: "Labour participation of people who need help" },
  job_mediation: { nl: "Arbeidsbemiddeling voor zelfredzamen", en: "Job mediation for people who manage themselves" },
  stimulus: { nl: "Conjunctuurbeleid", en: "Business-cycle stimulus" },
  public_goods: { nl: "Publieke goederen", en: "Public goods" },
  business_sites: { nl: "Bedrijventerreinen en vestigingsklimaat", en: "Business sites and location climate" },
  local_economy: { nl: "Lokale economie (Bestuursakkoord)", en: "Local economy tasks (Bestuursakkoord)" },
  cluster_policy: { nl: "Cluster- en sectorbeleid", en: "Cluster and sector policy" },
  risk_capital: { nl: "Risicokapitaal voor kleine bedrijven", en: "Risk capital for small firms" },
  mission_innovation: { nl: "Missiegedreven innovatie", en: "Mission-oriented innovation" },
  network_effects: { nl: "Netwerkeffecten", en: "Network effects" },
  merit_goods: { nl: "Bemoeigoederen", en: "Merit goods" },
  early_education: { nl: "Voor- en vroegschoolse educatie", en: "Early education" },
  school_attendance: { nl: "Leerplicht en schooluitval", en: "School attendance" },
  class_size: { nl: "Klassengrootte en leraren", en: "Class size and teachers" },
  school_housing: { nl: "Onderwijshuisvesting", en: "School housing" },
  retraining: { nl: "Om- en bijscholing, arbeidsmobiliteit", en: "Retraining and labour mobility" },
  lagging_regions: { nl: "Steun aan achterblijvende regio's", en: "Support for lagging regions" },
  social_care: { nl: "Zorg en ondersteuning (sociaal domein)", en: "Social care and youth care" },
  administration: { nl: "Bestuur, financiering en overhead", en: "Administration, finance and overhead" },
};

const CODE_SET: ReadonlySet<string> = new Set(CATEGORY_CODES);

export function isCategoryCode(x: string): x is CategoryCode {
  return CODE_SET.has(x);
}

/** 1..21 as numbered in LEVELS.md. */
export function categoryNumber(code: string): number | null {
  const i = (CATEGORY_CODES as readonly string[]).indexOf(code);
  return i < 0 ? null : i + 1;
}
