// Reads the knowledge tables (tables.ts, transcribed from the .tsv files a
// policy adviser edits) into typed records, and checks them: every task has a
// category and a verdict for every owner, every term points at a task or a
// signal, every reason exists in both languages. A mistake in a table stops the
// engine at load with the file and line, instead of misjudging lines quietly.

import { CATEGORY_CODES, type CategoryCode } from "../categories";
import { LEVELS, OWNERS, VERDICTS, type Level, type Owner, type Text, type Verdict } from "../types";
import { CALIBRATION, HEADS, REASONS, REFINEMENTS, TAAKVELDEN, TASKS, TERMS, VERDICTS as VERDICT_TABLE, type Table } from "./tables";

/** How a term is found in a folded description. */
export type MatchKind = "word" | "start" | "end" | "inside" | "lead" | "line";
const MATCH_KINDS: readonly MatchKind[] = ["word", "start", "end", "inside", "lead", "line"];

/** Signals are words that change a task's verdict rather than name a task. */
export const SIGNALS = [
  "local_tax",
  "universal",
  "targeted",
  "windfall",
  "transfer",
  "return_to_school",
  "help",
  "provincial",
  "national",
  "local",
  "funding",
  "supervision",
  "guarantee",
  "payee",
  "private_payee",
  "top_up",
  "tax_competition",
] as const;
export type Signal = (typeof SIGNALS)[number];

export interface Cell {
  readonly verdict: Verdict;
  /** null: the owner's own level. */
  readonly level: Level | null;
  readonly reason: Text;
  /** Scales confidence where the essay is less explicit about this owner. */
  readonly factor: number;
}

export interface TaskDef {
  readonly id: string;
  readonly category: CategoryCode;
  /** Totals and reserve movements are never policy, whatever else the line names. */
  readonly dominant: boolean;
  /** The Rijk handing money to gemeenten for this task is the Rijk's own role. */
  readonly transfer: boolean;
  /** Windfall money (sale of energy shares) is a warning sign for this task. */
  readonly windfall: boolean;
  /** The task a category falls back on when only the category is known (a user rule naming a category). */
  readonly categoryDefault: boolean;
  /**
   * A ledger row booked as this kind of money (its cost type: "Rioolheffing", "Algemene uitkering",
   * "Onttrekking reserve") is this, whatever its cost centre: taxes, general grants and reserve
   * movements stay NEUTRAL (LEVELS.md, revenue lines).
   */
  readonly booked: boolean;
  /** What a reader calls this rule, in both languages ("achterblijvende regio's"). */
  readonly name: Readonly<Text>;
  readonly cells: Readonly<Record<Owner, Cell>>;
  /** Signals that turn this task into another one ("help" turns job mediation into participation). */
  readonly becomes: Readonly<Partial<Record<Signal, string>>>;
  /** Signals that change this task's verdict for a gemeente (funded from local taxes, universal, ...). */
  readonly refined: Readonly<Partial<Record<Signal, Cell>>>;
}

export interface TermDef {
  readonly term: string;
  readonly match: MatchKind;
  /** A task id, or a signal; both null for a compound prefix ("buurt" in "buurtbibliotheek"). */
  readonly task: string | null;
  readonly signal: Signal | null;
  readonly weight: number;
  /** A signal phrase that also explains away task hits inside it. */
  readonly absorbs: boolean;
  /** A cost type (kapitaallasten, huur): it gives way to the task it is the cost of. */
  readonly cost: boolean;
  /** An institution (waterschap): in a line about supervision it is only the object. */
  readonly institution: boolean;
  /** A place name: it explains away shorter task words inside it and names no task itself. */
  readonly place: boolean;
  /** A fixed phrase ("t.b.v."): neither task nor signal; the words inside it are not read alone. */
  readonly phrase: boolean;
  /** A vague word ("Diversen", "Lasten", "Subsidies"): no task; the line's heading may say which. */
  readonly vague: boolean;
  /**
   * A vague word that names one of the Rijk's financial instruments ("Subsidies", "Opdrachten",
   * "Bijdrage aan agentschappen"): alone in the Rijk's budget, with no heading to name a task, the
   * line sums that instrument's lines of its article.
   */
  readonly instrument: boolean;
  /**
   * An abbreviation that folds to a common word ("OM", the Openbaar Ministerie, is "om"; "WHO" is
   * English "who"): it counts only where the line writes it in capitals.
   */
  readonly capitals: boolean;
  /** A title that opens a street's name ("Burgemeester" in "Burgemeester de Withstraat"): there it names no task. */
  readonly title: boolean;
  /** A street's last part ("straat", "laan"): a word ending in it is a street's name, a place. */
  readonly street: boolean;
}

export interface TaakveldRow {
  readonly scheme: "gemeente" | "provincie" | "waterschap";
  readonly code: string;
  readonly name: string;
  readonly task: string | null;
  readonly weight: number;
}

export interface CalibrationBand {
  /** The verdict the engine gave. */
  readonly verdict: Verdict;
  /** The budget's owner; null for any owner. */
  readonly owner: Owner | null;
  /** Raw confidences from this value up (to the next band of the same verdict and owner). */
  readonly from: number;
  /** The share of right answers in the band. */
  readonly probability: number;
}

export interface Knowledge {
  readonly calibration: readonly CalibrationBand[];
  readonly tasks: readonly TaskDef[];
  readonly terms: readonly TermDef[];
  readonly taakvelden: readonly TaakveldRow[];
  readonly reasons: ReadonlyMap<string, Text>;
  /** Generic last parts of compounds ("net", "beleid", "plan"): the part before them names the task. */
  readonly heads: readonly string[];
}

class Problems {
  readonly list: string[] = [];
  add(table: string, line: number, msg: string): void {
    this.list.push(`${table}.tsv line ${line}: ${msg}`);
  }
}

/** Column accessor by header name, so the tables may gain columns without breaking the loader. */
function columns(t: Table, name: string, needed: readonly string[]): (row: readonly [number, ...string[]], col: string) => string {
  const idx = new Map(t.header.map((h, i) => [h, i + 1]));
  const missing = needed.filter((n) => !idx.has(n));
  if (missing.length > 0) throw new Error(`${name}.tsv lacks the column(s) ${missing.join(", ")}`);
  return (row, col) => (row[idx.get(col) as number] as string | undefined) ?? "";
}

function number(p: Problems, table: string, line: number, s: string, fallback: number): number {
  if (s === "") return fallback;
  const x = Number(s);
  if (!Number.isFinite(x) || x < 0 || x > 2) {
    p.add(table, line, `"${s}" is not a weight between 0 and 2`);
    return fallback;
  }
  return x;
}

function loadReasons(p: Problems): Map<string, Text> {
  const get = columns(REASONS, "reasons", ["key", "nl", "en"]);
  const out = new Map<string, Text>();
  for (const r of REASONS.rows) {
    const key = get(r, "key");
    const nl = get(r, "nl");
    const en = get(r, "en");
    if (key === "" || nl === "" || en === "") p.add("reasons", r[0], "a reason needs a key, a Dutch and an English text");
    else if (out.has(key)) p.add("reasons", r[0], `the key ${key} appears twice`);
    else out.set(key, { nl, en });
  }
  return out;
}

function parseCell(p: Problems, table: string, line: number, verdict: string, level: string, reason: string, factor: string, reasons: ReadonlyMap<string, Text>): Cell | null {
  if (!(VERDICTS as readonly string[]).includes(verdict)) {
    p.add(table, line, `unknown verdict "${verdict}"`);
    return null;
  }
  if (level !== "" && !(LEVELS as readonly string[]).includes(level)) {
    p.add(table, line, `unknown level "${level}"`);
    return null;
  }
  const text = reasons.get(reason);
  if (!text) {
    p.add(table, line, `unknown reason "${reason}" (see reasons.tsv)`);
    return null;
  }
  return { verdict: verdict as Verdict, level: level === "" ? null : (level as Level), reason: text, factor: number(p, table, line, factor, 1) };
}

function loadTasks(p: Problems, reasons: ReadonlyMap<string, Text>): TaskDef[] {
  const getT = columns(TASKS, "tasks", ["task", "category", "dominant", "transfer", "windfall", "category_default", "booked", "name_nl", "name_en"]);
  const getV = columns(VERDICT_TABLE, "verdicts", ["task", "owner", "verdict", "level", "reason", "factor"]);
  const getR = columns(REFINEMENTS, "refinements", ["task", "signal", "becomes", "verdict", "level", "reason", "factor"]);
  const ids = new Set<string>();
  const cells = new Map<string, Partial<Record<Owner, Cell>>>();
  const becomes = new Map<string, Partial<Record<Signal, string>>>();
  const refined = new Map<string, Partial<Record<Signal, Cell>>>();
  for (const r of TASKS.rows) ids.add(getT(r, "task"));
  for (const r of VERDICT_TABLE.rows) {
    const task = getV(r, "task");
    const owner = getV(r, "owner") as Owner;
    if (!ids.has(task)) p.add("verdicts", r[0], `unknown task "${task}"`);
    if (!OWNERS.includes(owner)) p.add("verdicts", r[0], `unknown owner "${owner}"`);
    const c = parseCell(p, "verdicts", r[0], getV(r, "verdict"), getV(r, "level"), getV(r, "reason"), getV(r, "factor"), reasons);
    if (!c) continue;
    const m = cells.get(task) ?? {};
    if (m[owner]) p.add("verdicts", r[0], `a second verdict for ${task} and ${owner}`);
    m[owner] = c;
    cells.set(task, m);
  }
  for (const r of REFINEMENTS.rows) {
    const task = getR(r, "task");
    const signal = getR(r, "signal") as Signal;
    if (!ids.has(task)) p.add("refinements", r[0], `unknown task "${task}"`);
    if (!SIGNALS.includes(signal)) {
      p.add("refinements", r[0], `unknown signal "${signal}"`);
      continue;
    }
    const to = getR(r, "becomes");
    if (to !== "") {
      if (!ids.has(to)) p.add("refinements", r[0], `unknown task "${to}"`);
      becomes.set(task, { ...(becomes.get(task) ?? {}), [signal]: to });
    } else {
      const c = parseCell(p, "refinements", r[0], getR(r, "verdict"), getR(r, "level"), getR(r, "reason"), getR(r, "factor"), reasons);
      if (c) refined.set(task, { ...(refined.get(task) ?? {}), [signal]: c });
    }
  }
  const out: TaskDef[] = [];
  const seen = new Set<string>();
  for (const r of TASKS.rows) {
    const id = getT(r, "task");
    const category = getT(r, "category");
    if (seen.has(id)) p.add("tasks", r[0], `the task ${id} appears twice`);
    seen.add(id);
    if (!(CATEGORY_CODES as readonly string[]).includes(category)) p.add("tasks", r[0], `unknown category "${category}"`);
    if (getT(r, "name_nl") === "" || getT(r, "name_en") === "") p.add("tasks", r[0], `${id} needs a name in Dutch and English`);
    const c = cells.get(id) ?? {};
    const missing = OWNERS.filter((o) => !c[o]);
    if (missing.length > 0) {
      p.add("tasks", r[0], `${id} has no verdict for ${missing.join(", ")} in verdicts.tsv`);
      continue;
    }
    out.push({
      id,
      category: category as CategoryCode,
      dominant: getT(r, "dominant") === "yes",
      transfer: getT(r, "transfer") === "yes",
      windfall: getT(r, "windfall") === "yes",
      categoryDefault: getT(r, "category_default") === "yes",
      booked: getT(r, "booked") === "yes",
      name: { nl: getT(r, "name_nl"), en: getT(r, "name_en") },
      cells: c as Record<Owner, Cell>,
      becomes: becomes.get(id) ?? {},
      refined: refined.get(id) ?? {},
    });
  }
  return out;
}

function loadTerms(p: Problems, tasks: ReadonlySet<string>): TermDef[] {
  const get = columns(TERMS, "terms", ["term", "match", "means", "weight", "kind"]);
  const out: TermDef[] = [];
  // A term matched one way means one task, and may also carry signals ("bijstand": a benefit, and help).
  // Listed twice with one meaning it would count twice; with two tasks it would always conflict.
  const meanings = new Map<string, string>();
  for (const r of TERMS.rows) {
    const term = get(r, "term");
    const match = get(r, "match") as MatchKind;
    const means = get(r, "means");
    const kind = get(r, "kind");
    if (term === "") p.add("terms", r[0], "empty term");
    if (!MATCH_KINDS.includes(match)) p.add("terms", r[0], `unknown match "${match}" (word, start, end, inside, lead, line)`);
    let task: string | null = null;
    let signal: Signal | null = null;
    if (means === "vague") {
      // A vague word ("Diversen", "Lasten"): it names a kind of money, no task.
    } else if (means === "phrase") {
      // A fixed phrase that names neither task nor signal ("t.b.v.", ten behoeve van): the words inside it are not read alone.
    } else if (means === "place") {
      // A place name: a task word inside it ("Parkstad", "Waterland") is no task.
    } else if (means === "prefix") {
      // A compound's first part ("buurt", "wijk"): it lets the task word after it count as a word.
      if (match !== "lead") p.add("terms", r[0], `"prefix" goes with the match "lead"`);
    } else if (means.startsWith("signal:")) {
      const s = means.slice("signal:".length) as Signal;
      if (SIGNALS.includes(s)) signal = s;
      else p.add("terms", r[0], `unknown signal "${s}"`);
    } else if (tasks.has(means)) task = means;
    else p.add("terms", r[0], `"${means}" is neither a task nor signal:<name>`);
    const key = `${term}\u0000${match}\u0000${signal ?? "task"}`;
    const earlier = meanings.get(key);
    if (earlier === means) p.add("terms", r[0], `"${term}" (${match}) is listed twice as ${means}`);
    else if (earlier !== undefined) p.add("terms", r[0], `"${term}" (${match}) means two tasks, ${earlier} and ${means}`);
    else meanings.set(key, means);
    if (!["", "absorbs", "cost", "institution", "capitals", "title", "street", "instrument"].includes(kind)) p.add("terms", r[0], `unknown kind "${kind}"`);
    if (kind === "instrument" && means !== "vague") p.add("terms", r[0], `"instrument" is for a vague word`);
    if (kind === "title" && (match !== "word" || task === null)) p.add("terms", r[0], `"title" is for a task's word, matched as a word`);
    if (kind === "street" && (match !== "end" || means !== "place")) p.add("terms", r[0], `"street" is for a place, matched at the end of a word`);
    if (kind === "capitals" && (match !== "word" || !/^[a-z0-9]+$/.test(term))) p.add("terms", r[0], `"capitals" is for one word in lower case, matched as a word`);
    out.push({
      term,
      match,
      task,
      signal,
      weight: number(p, "terms", r[0], get(r, "weight"), 1),
      absorbs: kind === "absorbs" || means === "phrase",
      cost: kind === "cost",
      institution: kind === "institution",
      place: means === "place",
      phrase: means === "phrase",
      vague: means === "vague",
      instrument: kind === "instrument",
      capitals: kind === "capitals",
      title: kind === "title",
      street: kind === "street",
    });
  }
  return out;
}

function loadTaakvelden(p: Problems, tasks: ReadonlySet<string>): TaakveldRow[] {
  const get = columns(TAAKVELDEN, "taakvelden", ["scheme", "code", "name", "task", "weight"]);
  const out: TaakveldRow[] = [];
  for (const r of TAAKVELDEN.rows) {
    const scheme = get(r, "scheme");
    const task = get(r, "task");
    if (scheme !== "gemeente" && scheme !== "provincie" && scheme !== "waterschap") p.add("taakvelden", r[0], `unknown scheme "${scheme}"`);
    if (task !== "" && !tasks.has(task)) p.add("taakvelden", r[0], `unknown task "${task}"`);
    if (get(r, "code") === "" && get(r, "name") === "") p.add("taakvelden", r[0], "a taakveld needs a code or a name");
    out.push({
      scheme: scheme as TaakveldRow["scheme"],
      code: get(r, "code"),
      name: get(r, "name"),
      task: task === "" ? null : task,
      weight: number(p, "taakvelden", r[0], get(r, "weight"), 0),
    });
  }
  return out;
}

function loadCalibration(p: Problems): CalibrationBand[] {
  const get = columns(CALIBRATION, "calibration", ["verdict", "owner", "from", "probability"]);
  const out: CalibrationBand[] = [];
  for (const r of CALIBRATION.rows) {
    const verdict = get(r, "verdict") as Verdict;
    const owner = get(r, "owner");
    const from = Number(get(r, "from"));
    const probability = Number(get(r, "probability"));
    if (!VERDICTS.includes(verdict)) p.add("calibration", r[0], `unknown verdict "${verdict}"`);
    else if (owner !== "*" && !OWNERS.includes(owner as Owner)) p.add("calibration", r[0], `unknown owner "${owner}"`);
    else if (!Number.isFinite(from) || !(probability >= 0 && probability <= 1)) p.add("calibration", r[0], "from and probability must be numbers, probability from 0 to 1");
    else out.push({ verdict, owner: owner === "*" ? null : (owner as Owner), from, probability });
  }
  return out;
}

function loadHeads(p: Problems): string[] {
  const get = columns(HEADS, "heads", ["head"]);
  const out: string[] = [];
  for (const r of HEADS.rows) {
    const head = get(r, "head");
    // Compared with folded words: lowercase letters only, one word.
    if (!/^[a-z]{3,}$/.test(head)) p.add("heads", r[0], `"${head}" must be one word of at least three lowercase letters`);
    else if (out.includes(head)) p.add("heads", r[0], `"${head}" is listed twice`);
    else out.push(head);
  }
  return out;
}

/** All knowledge tables, checked; throws listing every problem found. */
export function loadKnowledge(): Knowledge {
  const p = new Problems();
  const reasons = loadReasons(p);
  const tasks = loadTasks(p, reasons);
  const ids = new Set(tasks.map((t) => t.id));
  const terms = loadTerms(p, ids);
  const taakvelden = loadTaakvelden(p, ids);
  const calibration = loadCalibration(p);
  const heads = loadHeads(p);
  if (p.list.length > 0) throw new Error(`The level check's knowledge tables have problems:\n${p.list.join("\n")}`);
  return { tasks, terms, taakvelden, reasons, calibration, heads };
}

export const KNOWLEDGE: Knowledge = loadKnowledge();
