// Undo and redo in the workbench: a line of document states, one per step a
// user took (a cell typed, a pane action, a file opened), as Excel's undo is
// a line. Each state is the whole document as plain data (./snapshot.ts), so
// an undo brings back exactly what was, whatever the step wrote, and a redo
// exactly what followed. The oldest states go when they hold more cells than
// the budget below, so a very large workbook keeps fewer steps.

import type { Lang } from "../src/core/types";
import { isKey, msg } from "../src/i18n/catalogue";
import type { PlainDocument } from "./document";
import { cellCount } from "./snapshot";

/** What a step did: a catalogue key and its facts, plain data so the history can be kept in the browser too. */
export interface Describe {
  readonly key: string;
  readonly args?: readonly string[];
}

/** A step in words, for the undo and redo buttons and the status line. */
export function describe(d: Describe, lang: Lang): string {
  if (!isKey(d.key)) return "";
  return (msg as (l: Lang, k: string, ...a: readonly string[]) => string)(lang, d.key, ...(d.args ?? []));
}

export interface State {
  /** The document, its formulas with the file's English names (either language rebuilds from it). */
  readonly plain: PlainDocument;
  /** The step that led to this state; unused for the first. */
  readonly what: Describe;
  /** The file the document came from, shown beside the toolbar and used when it is saved. */
  readonly fileName: string;
}

/** About 2.5 million cells over all kept states: some tens of megabytes. */
const CELL_BUDGET = 2_500_000;

export class History {
  private states: State[] = [];
  private sizes: number[] = [];
  private at = -1;
  /** Index of the state that was last opened or saved as a file; -1 when it fell out of the line. */
  private saved = -1;

  /** A new line: a file opened or work restored, with nothing to undo. */
  reset(state: State, saved = true): void {
    this.states = [state];
    this.sizes = [cellCount(state.plain)];
    this.at = 0;
    this.saved = saved ? 0 : -1;
  }

  /** A step taken: anything undone before it can no longer be redone. */
  commit(state: State): void {
    this.states.splice(this.at + 1);
    this.sizes.splice(this.at + 1);
    if (this.saved > this.at) this.saved = -1;
    this.states.push(state);
    this.sizes.push(cellCount(state.plain));
    this.at = this.states.length - 1;
    let total = this.sizes.reduce((a, b) => a + b, 0);
    while (this.states.length > 2 && total > CELL_BUDGET) {
      total -= this.sizes.shift() ?? 0;
      this.states.shift();
      this.at--;
      this.saved--;
    }
  }

  /** Changes nobody took as a step of their own (settings the pane kept) join the current state. */
  amend(state: State): void {
    if (this.at < 0) return this.reset(state);
    this.states[this.at] = { ...state, what: this.states[this.at]?.what ?? state.what };
    this.sizes[this.at] = cellCount(state.plain);
    if (this.saved === this.at) this.saved = -1;
  }

  /** The state before the current one, and what the undo took back. */
  undo(): { state: State; what: Describe } | null {
    if (this.at <= 0) return null;
    const what = (this.states[this.at] as State).what;
    this.at--;
    return { state: this.states[this.at] as State, what };
  }

  redo(): { state: State; what: Describe } | null {
    if (this.at >= this.states.length - 1) return null;
    this.at++;
    const state = this.states[this.at] as State;
    return { state, what: state.what };
  }

  /** What an undo would take back, or null. */
  nextUndo(): Describe | null {
    return this.at > 0 ? (this.states[this.at] as State).what : null;
  }

  nextRedo(): Describe | null {
    return this.at < this.states.length - 1 ? (this.states[this.at + 1] as State).what : null;
  }

  current(): State | null {
    return this.states[this.at] ?? null;
  }

  /** The document shown was saved as a file (or opened from one) in this state. */
  markSaved(): void {
    this.saved = this.at;
  }

  /** True when the document differs from the file it was last opened from or saved to. */
  unsaved(): boolean {
    return this.at !== this.saved;
  }

  /** The whole line as plain data, to keep in the browser. */
  export(): KeptHistory {
    return { states: [...this.states], at: this.at, saved: this.saved };
  }

  /** A line kept earlier, back as it was. */
  import(h: KeptHistory): void {
    if (h.states.length === 0) return;
    this.states = [...h.states];
    this.sizes = this.states.map((s) => cellCount(s.plain));
    this.at = Math.min(Math.max(0, h.at), this.states.length - 1);
    this.saved = h.saved;
  }

  /** Cells held by every kept state, to decide whether the whole line is worth keeping in the browser. */
  cells(): number {
    return this.sizes.reduce((a, b) => a + b, 0);
  }
}

export interface KeptHistory {
  readonly states: readonly State[];
  readonly at: number;
  readonly saved: number;
}
