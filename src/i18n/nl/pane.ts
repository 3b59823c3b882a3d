// De teksten van het taakvenster (Nederlands). Engels: ../en/pane.ts.

import type { pane as en } from "../en/pane";
import type { Mirror } from "../shape";

export const pane: Mirror<typeof en> = {
  "pane.sc.insertFirst": "Voeg eerst een model in (Invoegen).",
};
