// The unit of a budget's amounts in words: "× € 1.000", or nothing when the budget does not say.

import type { Lang } from "../core/types";
import type { AmountFactor } from "../budget/caption";
import { msg } from "./catalogue";

export function unitText(factor: AmountFactor | null, lang: Lang): string {
  if (factor === 1000) return msg(lang, "unit.thousand");
  if (factor === 1000000) return msg(lang, "unit.million");
  if (factor === 1000000000) return msg(lang, "unit.billion");
  if (factor === 1) return msg(lang, "unit.euro");
  return "";
}
