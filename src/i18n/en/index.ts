// The English catalogue: every area's texts under one object. Keys are
// "area.name"; an area adds its file here and its Dutch twin in ../nl.
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

export const EN = { ...cli, ...council, ...errors, ...files, ...labels, ...levels, ...pane, ...ranges, ...risk, ...scenarios, ...values, ...workbench };
