// De teksten van de risicosimulatie (Nederlands): klassen, de velden van een
// risico, het register, de opdrachtregel en het taakvenster. Engels: ../en/risk.ts.

import type { risk as en } from "../en/risk";
import type { Mirror } from "../shape";

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
};
