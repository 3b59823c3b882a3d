// The task pane's texts (English), in Excel and in the workbench. Dutch: ../nl/pane.ts.

export const pane = {
  "pane.sc.insertFirst": "Insert a model first (Insert).",
};
