// The English catalogue: every area's texts under one object. Keys are
// "area.name"; an area adds its file here and its Dutch twin in ../nl.
import { cli } from "./cli";
import { council } from "./council";
import { files } from "./files";
import { levels } from "./levels";
import { pane } from "./pane";
import { values } from "./values";

export const EN = { ...cli, ...council, ...files, ...levels, ...pane, ...values };
