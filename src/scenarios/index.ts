// Scenarios for the council. This entry point is host-neutral (no ExcelJS, no
// engine), for the task pane; node code imports ./engine, ./xlsx and ./export.

export * from "./types";
export * from "./templates";
export * from "./scenarios";
export * from "./sensitivity";
export { ASSUMPTION, assumed } from "./define";
export { BUDGET_YEAR } from "./prices";
export { plausibility, type CheckResult } from "./checks";
