// De teksten van het taakvenster (Nederlands). Engels: ../en/pane.ts.

import type { pane as en } from "../en/pane";
import type { Mirror } from "../shape";

export const pane: Mirror<typeof en> = {
  "pane.sc.insertFirst": "Voeg eerst een model in (Invoegen).",

  "pane.host.notTemplate": (sheet: string) => `Blad "${sheet}" is geen scenarioblad van Begrotingslab; er is niets geschreven.`,
  "pane.host.userCell": (sheet: string, address: string) =>
    `Cel ${address} op blad "${sheet}" bevat een formule of tekst van u; er is niets geschreven. Zet er een getal in of maak de cel leeg.`,
  "pane.host.noSheet": (sheet: string) => `Blad "${sheet}" bestaat niet.`,
  "pane.host.noBudget":
    "Geen begroting gevonden op dit blad: selecteer de tabel (of alleen de kopregel met kolommen als Omschrijving, Taakveld en Lasten) en probeer opnieuw.",
  "pane.host.emptySheet": "Dit blad is leeg: ga naar het blad met de begroting en probeer opnieuw.",
};
