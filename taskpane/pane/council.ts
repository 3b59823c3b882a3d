// The council workbook from the pane: gathered from the workbook as it is
// now, built in the browser (ExcelJS loaded on demand) and handed over by the
// host. One flow for the scenario part and the risk part.

import type { Lang } from "../../src/core/types";
import { words } from "../../src/i18n/catalogue";
import type { Host } from "../host/types";
import { councilData } from "./scenarios";

/** Builds and delivers the council workbook; the sentence to show says how it reached the user. */
export async function deliverCouncil(host: Host, lang: Lang): Promise<string> {
  const t = words(lang);
  const data = await councilData(host, lang, new Date(), null);
  const { buildCouncilWorkbook } = await import("./council-build");
  const bytes = await buildCouncilWorkbook(data);
  const delivered = await host.openWorkbook(bytes, t("pane.sc.councilFile"));
  if (delivered.how === "downloaded") return t("pane.sc.councilDownloaded", t("pane.sc.councilFile"));
  if (delivered.how === "inserted") return t("pane.sc.councilInserted", delivered.sheets.map((s) => `"${s}"`).join(", "));
  return t("pane.sc.councilOpened");
}
