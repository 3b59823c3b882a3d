// The budget reading layer: amounts, table detection, files, the check workbook.
export * from "./cells";
export * from "./numbers";
export * from "./table";
export * from "./reader";
