// The example register of `begrotingslab template risico` and of the task
// pane: twenty risks as a municipality lists them, with fixed amounts so the
// simulation can be checked against the exact distribution (test/risk). A
// fictitious municipality; every row is to be replaced by the user's own.

import type { Text } from "../core/types";
import type { Nature } from "./register";

export interface ExampleRisk {
  readonly name: Text;
  readonly programme: Text;
  readonly probability: number;
  readonly amount: number;
  readonly nature: Nature;
}

const SOCIAAL: Text = { nl: "Sociaal domein", en: "Social domain" };
const RUIMTE: Text = { nl: "Ruimte en wonen", en: "Spatial planning and housing" };
const BEDRIJF: Text = { nl: "Bedrijfsvoering", en: "Operations" };
const FINANCIEN: Text = { nl: "Algemene dekkingsmiddelen", en: "General revenue" };
const OPENBARE: Text = { nl: "Openbare ruimte", en: "Public space" };
const VEILIGHEID: Text = { nl: "Veiligheid", en: "Safety" };
const ONDERWIJS: Text = { nl: "Onderwijs", en: "Education" };

export const EXAMPLE_REGISTER: readonly ExampleRisk[] = [
  { name: { nl: "Jeugdzorg: open-einderegelingen boven de raming", en: "Youth care: open-ended schemes above the estimate" }, programme: SOCIAAL, probability: 0.5, amount: 1_200_000, nature: "structural" },
  { name: { nl: "Wmo-maatwerkvoorzieningen: hogere instroom", en: "Wmo tailored support: higher intake" }, programme: SOCIAAL, probability: 0.3, amount: 600_000, nature: "structural" },
  { name: { nl: "Grondexploitatie Stationsgebied: lagere opbrengsten", en: "Land development Station area: lower proceeds" }, programme: RUIMTE, probability: 0.3, amount: 1_500_000, nature: "incidental" },
  { name: { nl: "Grondexploitatie bedrijventerrein Noord: vertraging", en: "Land development business park North: delay" }, programme: RUIMTE, probability: 0.5, amount: 800_000, nature: "incidental" },
  { name: { nl: "Algemene uitkering gemeentefonds lager dan geraamd", en: "Municipal fund general grant below the estimate" }, programme: FINANCIEN, probability: 0.7, amount: 900_000, nature: "structural" },
  { name: { nl: "Garantstelling leningen sportverenigingen", en: "Guarantees for sports clubs' loans" }, programme: FINANCIEN, probability: 0.1, amount: 350_000, nature: "incidental" },
  { name: { nl: "Verbonden partij: tekort veiligheidsregio", en: "Joint arrangement: safety region deficit" }, programme: VEILIGHEID, probability: 0.3, amount: 250_000, nature: "structural" },
  { name: { nl: "Claims en juridische procedures", en: "Claims and legal proceedings" }, programme: BEDRIJF, probability: 0.3, amount: 400_000, nature: "incidental" },
  { name: { nl: "Cao-stijging boven de raming", en: "Collective wage rise above the estimate" }, programme: BEDRIJF, probability: 0.5, amount: 450_000, nature: "structural" },
  { name: { nl: "Energieprijzen gemeentelijk vastgoed", en: "Energy prices of municipal buildings" }, programme: BEDRIJF, probability: 0.3, amount: 200_000, nature: "structural" },
  { name: { nl: "Bijstandsuitkeringen: tekort op het BUIG-budget", en: "Social assistance: shortfall on the BUIG budget" }, programme: SOCIAAL, probability: 0.3, amount: 700_000, nature: "structural" },
  { name: { nl: "Achterstallig onderhoud bruggen en kademuren", en: "Overdue maintenance of bridges and quay walls" }, programme: OPENBARE, probability: 0.1, amount: 1_000_000, nature: "incidental" },
  { name: { nl: "Renterisico bij herfinanciering", en: "Interest rate risk on refinancing" }, programme: FINANCIEN, probability: 0.1, amount: 300_000, nature: "structural" },
  { name: { nl: "Cyberincident of datalek", en: "Cyber incident or data breach" }, programme: BEDRIJF, probability: 0.1, amount: 500_000, nature: "incidental" },
  { name: { nl: "Leerlingenvervoer: nieuwe aanbesteding", en: "Pupil transport: new tender" }, programme: ONDERWIJS, probability: 0.5, amount: 150_000, nature: "structural" },
  { name: { nl: "Afvalverwerking: hogere tarieven", en: "Waste processing: higher rates" }, programme: OPENBARE, probability: 0.3, amount: 180_000, nature: "structural" },
  { name: { nl: "Bodemsanering en PFAS", en: "Soil remediation and PFAS" }, programme: RUIMTE, probability: 0.1, amount: 750_000, nature: "incidental" },
  { name: { nl: "Terugvordering specifieke uitkering Rijk", en: "Reclaim of a specific grant by the Rijk" }, programme: FINANCIEN, probability: 0.1, amount: 400_000, nature: "incidental" },
  { name: { nl: "Bouwkosten investeringsprojecten boven de raming", en: "Construction costs of investments above the estimate" }, programme: RUIMTE, probability: 0.5, amount: 600_000, nature: "incidental" },
  { name: { nl: "Inhuur bij vacatures", en: "Temporary staff for vacancies" }, programme: BEDRIJF, probability: 0.7, amount: 300_000, nature: "structural" },
];

/** The example's available capacity: the lines of a sheet Weerstandscapaciteit. */
export const EXAMPLE_CAPACITY: readonly { readonly description: Text; readonly amount: number }[] = [
  { description: { nl: "Algemene reserve", en: "General reserve" }, amount: 6_500_000 },
  { description: { nl: "Vrij besteedbaar deel bestemmingsreserves", en: "Freely usable part of earmarked reserves" }, amount: 1_200_000 },
  { description: { nl: "Onbenutte belastingcapaciteit (OZB)", en: "Unused tax capacity (property tax)" }, amount: 1_800_000 },
  { description: { nl: "Post onvoorzien", en: "Contingency budget" }, amount: 150_000 },
];
