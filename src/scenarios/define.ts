// Helpers to write templates as data: an output is a catalogue function with
// arguments naming input keys, and its formula is derived from that, so the
// sheet formula and the core computation cannot drift apart.

import { specById } from "../catalogue";
import { fullName } from "../core/spec";
import type { Lang, NumRange, Text } from "../core/types";
import type { ArgRef, TemplateInput, TemplateOutput, ValueFormat } from "./types";

export const ASSUMPTION: Text = { nl: "aanname — vul uw eigen cijfer in", en: "assumption — enter your own" };

/** The source text of an assumption, with an optional note on why no figure is given. */
export function assumed(note?: Text): Text {
  return note ? { nl: `${ASSUMPTION.nl} (${note.nl})`, en: `${ASSUMPTION.en} (${note.en})` } : ASSUMPTION;
}

export const UNITS = {
  euro: { nl: "euro", en: "euro" },
  euroYear: { nl: "euro per jaar", en: "euro per year" },
  share: { nl: "fractie (0,3 = 30%)", en: "fraction (0.3 = 30%)" },
  sharePerYear: { nl: "fractie per jaar", en: "fraction per year" },
  years: { nl: "jaren", en: "years" },
  children: { nl: "kinderen", en: "children" },
  pupils: { nl: "leerlingen", en: "pupils" },
  pupilsPerGroup: { nl: "leerlingen per groep", en: "pupils per group" },
  groups: { nl: "groepen", en: "groups" },
  fte: { nl: "fte", en: "FTE" },
  classrooms: { nl: "lokalen", en: "classrooms" },
  m2: { nl: "m²", en: "m²" },
  euroM2: { nl: "euro per m²", en: "euro per m²" },
  persons: { nl: "personen", en: "persons" },
  households: { nl: "huishoudens", en: "households" },
  factor: { nl: "factor", en: "factor" },
  euroPerChild: { nl: "euro per kind", en: "euro per child" },
  euroPerPupil: { nl: "euro per leerling per jaar", en: "euro per pupil per year" },
  elasticity: { nl: "elasticiteit", en: "elasticity" },
} as const satisfies Record<string, Text>;

export function input(
  key: string,
  label: Text,
  unit: Text,
  help: Text,
  value: number,
  source: Text | "assumption",
  format: ValueFormat,
  extra: Pick<TemplateInput, "range" | "priceYear"> = {},
): TemplateInput {
  const assumption = source === "assumption";
  return { key, label, unit, help, value, source: assumption ? ASSUMPTION : source, assumption, format, ...extra };
}

/** An input whose default is an assumption with a note (e.g. the nearest figure found, and why it does not fit). */
export function assumedInput(
  key: string,
  label: Text,
  unit: Text,
  help: Text,
  value: number,
  note: Text,
  format: ValueFormat,
  extra: Pick<TemplateInput, "range" | "priceYear"> = {},
): TemplateInput {
  return { key, label, unit, help, value, source: assumed(note), assumption: true, assumptionNote: note, format, ...extra };
}

interface OutputOptions {
  readonly pick?: { readonly row: number; readonly col: number };
  readonly times?: string;
}

export function output(key: string, label: Text, unit: Text, format: ValueFormat, fn: string, args: readonly ArgRef[], opts: OutputOptions = {}): TemplateOutput {
  const spec = specById(fn);
  if (!spec) throw new Error(`template output ${key}: no function ${fn} in the catalogue`);
  if (args.length > spec.params.length) throw new Error(`template output ${key}: ${fn} takes at most ${spec.params.length} arguments`);
  return {
    key,
    label,
    unit,
    format,
    fn,
    args,
    ...(opts.pick ? { pick: opts.pick } : {}),
    ...(opts.times !== undefined ? { times: opts.times } : {}),
    formula(lang: Lang, ref: (key: string) => string): string {
      const call = `${fullName(spec, lang)}(${args.map((a) => (typeof a === "number" ? String(a) : ref(a))).join(",")})`;
      const picked = opts.pick ? `INDEX(${call},${opts.pick.row},${opts.pick.col})` : call;
      return opts.times !== undefined ? `${ref(opts.times)}*${picked}` : picked;
    },
  };
}

// ---- ranges ---------------------------------------------------------------

export function intersect(a: NumRange, b: NumRange): NumRange {
  const r: { min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean; integer?: boolean } = {};
  const mins = [a, b].filter((x) => x.min !== undefined) as (NumRange & { min: number })[];
  if (mins.length) {
    const m = Math.max(...mins.map((x) => x.min));
    r.min = m;
    if (mins.some((x) => x.min === m && x.minOpen)) r.minOpen = true;
  }
  const maxs = [a, b].filter((x) => x.max !== undefined) as (NumRange & { max: number })[];
  if (maxs.length) {
    const m = Math.min(...maxs.map((x) => x.max));
    r.max = m;
    if (maxs.some((x) => x.max === m && x.maxOpen)) r.maxOpen = true;
  }
  if (a.integer || b.integer) r.integer = true;
  return r;
}

/** The intersection of the catalogue ranges of every argument an input feeds; undefined when it feeds none. */
export function rangeFed(outputs: readonly TemplateOutput[], key: string): NumRange | undefined {
  let range: NumRange | undefined;
  for (const o of outputs) {
    const spec = specById(o.fn);
    o.args.forEach((a, i) => {
      const p = spec?.params[i];
      if (a !== key || !p || (p.type !== "number" && p.type !== "numbers")) return;
      range = range ? intersect(range, p.range ?? {}) : (p.range ?? {});
    });
  }
  return range;
}
