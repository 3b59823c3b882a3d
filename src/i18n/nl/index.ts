// De Nederlandse catalogus: dezelfde sleutels als de Engelse (../en).
import { cli } from "./cli";
import { council } from "./council";
import { errors } from "./errors";
import { files } from "./files";
import { labels } from "./labels";
import { levels } from "./levels";
import { pane } from "./pane";
import { ranges } from "./ranges";
import { risk } from "./risk";
import { scenarios } from "./scenarios";
import { values } from "./values";
import { workbench } from "./workbench";

export const NL = { ...cli, ...council, ...errors, ...files, ...labels, ...levels, ...pane, ...ranges, ...risk, ...scenarios, ...values, ...workbench };
