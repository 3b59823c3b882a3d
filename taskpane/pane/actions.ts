// What the user did in the pane, announced at its start and end, so a page
// around the pane (the workbench) can make one undo step of everything one
// action wrote, whatever number of writes it took.

export type PaneAction = "check" | "remove" | "rules" | "override" | "insert" | "save" | "switch" | "rename" | "delete" | "compare" | "goal" | "tornado" | "council" | "refresh" | "ranges" | "riskInsert" | "riskRun";

export type ActionHook = (phase: "start" | "end", action: PaneAction) => void;
