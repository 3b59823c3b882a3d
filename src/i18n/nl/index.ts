// De Nederlandse catalogus: dezelfde sleutels als de Engelse (../en).
import { cli } from "./cli";
import { council } from "./council";
import { files } from "./files";
import { levels } from "./levels";
import { pane } from "./pane";
import { values } from "./values";

export const NL = { ...cli, ...council, ...files, ...levels, ...pane, ...values };
