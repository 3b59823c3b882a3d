// Builds the add-in: the task pane page (which also loads the custom functions,
// one shared runtime), functions.js, the Excel metadata in English and Dutch,
// the manifest and the icons.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
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
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./functions/functions.ts",
      taskpane: "./taskpane/taskpane.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^node\// },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./taskpane/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "manifest.xml" }, { from: "assets", to: "assets" }, { from: "taskpane/taskpane.css" }] }),
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
      hot: false,
      liveReload: false,
      client: false,
      open: false,
    },
  };
};
