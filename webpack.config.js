// Builds the add-in: the task pane page (which also loads the custom functions,
// one shared runtime), functions.js, the Excel metadata in English and Dutch,
// the manifest and the icons; and the workbench (workbench.html, also served as
// index.html): the task pane beside a grid on the embedded engine. The engine
// (HyperFormula) and ExcelJS are imported only from workbench/, so they end up
// in workbench.js alone and the add-in's bundles stay small.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = 3000;

/** The metadata comes from the compiled catalogue (npm run build:node runs first). */
class ExcelMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ExcelMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ExcelMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const modulePath = path.join(__dirname, "dist", "node", "src", "catalogue", "excel-metadata.js");
        delete require.cache[modulePath];
        const { excelMetadata } = require(modulePath);
        for (const [file, lang] of [["functions.json", "en"], ["functions-nl.json", "nl"]]) {
          compilation.emitAsset(file, new compiler.webpack.sources.RawSource(`${JSON.stringify(excelMetadata(lang), null, 2)}\n`));
        }
      });
    });
  }
}

/** Dev certificates made by `npm start` (scripts/start.js) with office-addin-dev-certs. */
function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return { key: read("localhost.key"), cert: read("localhost.crt"), ca: read("ca.crt") };
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    // A separate source map, never an eval-based one: both pages forbid eval in their CSP.
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./functions/functions.ts",
      taskpane: "./taskpane/taskpane.ts",
      workbench: "./workbench/workbench.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^node\// },
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      // The prebuilt ExcelJS browser bundle needs no parsing for imports (and has none).
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules for webpack (tsconfig's commonjs is for Node): only then can it drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
        // ExcelJS has no side effects at import: declared so, webpack keeps it
        // in the chunks that call it (the workbench, the on-demand council export).
        { test: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/, sideEffects: false },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "workbench.html", template: "./workbench/workbench.html", chunks: ["workbench"] }),
      // The same page at "/", for the dev server and any static host.
      new HtmlWebpackPlugin({ filename: "index.html", template: "./workbench/workbench.html", chunks: ["workbench"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml" },
          { from: "assets", to: "assets" },
          { from: "taskpane/taskpane.css" },
          { from: "workbench/workbench.css" },
          // The workbench opens this example on first load, fetched from its own origin.
          { from: "examples/gemeente-lindewaard-2025.xlsx", to: "examples/" },
        ],
      }),
      new ExcelMetadataPlugin(),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      host: "localhost",
      server: dev && fs.existsSync(path.join(os.homedir(), ".office-addin-dev-certs", "localhost.crt")) ? { type: "https", options: httpsOptions() } : "https",
      // Excel on the web fetches functions.json and the scripts cross-origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // "/" is the workbench (index.html); other unknown pages fall back to it too.
      historyApiFallback: { index: "/index.html" },
      hot: false,
      liveReload: false,
      client: false,
      open: false,
    },
  };
};
