// Price levels for the templates: every euro default carries the year of its
// prices (prijspeil), and an indexation rate the user enters brings it to the
// budget year, through BL.MULTIYEAR so the sheet shows how.

import { msg, text } from "../i18n/catalogue";
import { assumed, output, rangeFed } from "./define";
import type { ArgRef, ModelTemplate, TemplateCheck, TemplateInput } from "./types";

/** The budget year the templates are set up for: a Dutch municipality's begroting 2026. */
export const BUDGET_YEAR = 2026;

function priceYearInput(i: TemplateInput, year: number): TemplateInput {
  return {
    key: `${i.key}_price_year`,
    label: { nl: msg("nl", "price.label", i.label.nl), en: msg("en", "price.label", i.label.en) },
    unit: text("price.year"),
    help: text("price.help"),
    value: year,
    source: i.assumption ? assumed(text("price.assumed")) : text("price.source", year),
    assumption: i.assumption,
    format: "year",
  };
}

const BUDGET_YEAR_INPUT: TemplateInput = {
  key: "budget_year",
  label: text("price.budgetYear"),
  unit: text("price.year"),
  help: text("price.budgetYearHelp"),
  value: BUDGET_YEAR,
  source: text("price.budgetYearSource", BUDGET_YEAR),
  assumption: false,
  format: "year",
};

const INDEXATION_INPUT: TemplateInput = {
  key: "indexation",
  label: text("price.indexation"),
  unit: text("price.indexationUnit"),
  help: text("price.indexationHelp"),
  value: 0,
  source: assumed(text("price.indexationNote")),
  assumption: true,
  format: "share",
};

/**
 * Gives every euro input of a template its price level: a "price level" input
 * under it, the budget year and an indexation rate at the end of the inputs,
 * and an output per euro input with the amount in the budget year's prices
 * (BL.MULTIYEAR's first year), which the other outputs then use.
 */
export function priced(t: ModelTemplate): ModelTemplate {
  const money = t.inputs.filter((i) => i.priceYear !== undefined);
  if (money.length === 0) return t;
  const indexedKey = (key: string) => `${key}_indexed`;
  const isMoney = new Set(money.map((i) => i.key));
  const rewrite = (a: ArgRef): ArgRef => (typeof a === "string" && isMoney.has(a) ? indexedKey(a) : a);
  const inputs = t.inputs.flatMap((i): TemplateInput[] => {
    if (i.priceYear === undefined) return [i];
    // The amount now feeds BL.MULTIYEAR (any number): keep the range of the model argument it stands for.
    const range = i.range ?? rangeFed(t.outputs, i.key);
    return [range ? { ...i, range } : i, priceYearInput(i, i.priceYear)];
  });
  const indexed = money.map((i) =>
    output(indexedKey(i.key), { nl: msg("nl", "price.indexed", i.label.nl), en: msg("en", "price.indexed", i.label.en) }, i.unit, i.format, "MULTIYEAR", [i.key, "budget_year", `${i.key}_price_year`, "indexation"], { pick: { row: 2, col: 3 } }),
  );
  const outputs = t.outputs.map((o) =>
    output(o.key, o.label, o.unit, o.format, o.fn, o.args.map(rewrite), {
      ...(o.pick ? { pick: o.pick } : {}),
      ...(o.times !== undefined ? { times: rewrite(o.times) as string } : {}),
    }),
  );
  const stale: TemplateCheck = {
    id: "indexation-zero",
    inputs: ["indexation", "budget_year", ...money.map((i) => `${i.key}_price_year`)],
    when: (v) => v.indexation === 0 && money.some((i) => v[`${i.key}_price_year`] !== v.budget_year),
    message: (v) => {
      const years = [...new Set(money.map((i) => v[`${i.key}_price_year`]).filter((y) => y !== v.budget_year))].join(", ");
      return text("check.indexationZero", years, v.budget_year as number);
    },
  };
  return { ...t, inputs: [...inputs, BUDGET_YEAR_INPUT, INDEXATION_INPUT], outputs: [...indexed, ...outputs], checks: [stale, ...(t.checks ?? [])] };
}
