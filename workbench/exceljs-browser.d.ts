// The prebuilt browser bundle of ExcelJS: the same API as the Node package,
// without Node built-ins to polyfill.
declare module "exceljs/dist/exceljs.min.js" {
  import * as ExcelJS from "exceljs";
  export = ExcelJS;
}
