// The task pane's texts (English), in Excel and in the workbench. Dutch: ../nl/pane.ts.

export const pane = {
  "pane.sc.insertFirst": "Insert a model first (Insert).",

  // The pane's policy over its host (taskpane/policy): refusals the user can act on.
  "pane.host.notTemplate": (sheet: string) => `Sheet "${sheet}" is not a Begrotingslab scenario sheet; nothing was written.`,
  "pane.host.userCell": (sheet: string, address: string) =>
    `Cell ${address} on sheet "${sheet}" holds a formula or text of yours; nothing was written. Put a number there or clear the cell.`,
  "pane.host.noSheet": (sheet: string) => `Sheet "${sheet}" does not exist.`,
  "pane.host.noBudget":
    "No budget found on this sheet: select the table (or just its header row with columns such as Description, Taakveld and Amount) and try again.",
  "pane.host.emptySheet": "This sheet is empty: go to the sheet with the budget and try again.",
};
