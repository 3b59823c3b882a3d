// Labels that appear inside spilled tables, by their stable key ("rev.year").
// The words are in the message catalogue under "label.<key>".

import type { Lang } from "../core/types";
import { isKey, msg } from "./catalogue";

export function labelText(key: string, lang: Lang): string {
  const k = `label.${key}`;
  return isKey(k) ? msg(lang, k as "label.rev.year") : key;
}
