// Builds the add-in: the task pane page (which also loads the custom functions,
// one shared runtime), functions.js, the Excel metadata in English and Dutch,
// the manifest and the icons; and the workbench (workbench.html, also served as
// index.html): the task pane beside a grid on the embedded engine. The engine
// (HyperFormula) is imported only from workbench/, so it ends up in
// workbench.js alone; ExcelJS is a chunk loaded on demand (a file opened or
// saved in the workbench, the council workbook in the pane).
//
//   npm run build -- --env url=https://example.org/begrotingslab/
// writes dist/ with the production manifest for that base URL (any https
// base; see docs/deploy.md). Without a URL the build leaves the manifest out.
// `npm start` (development) serves the development manifest (manifest.xml).
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = 3000;
const { developmentManifest, productionManifest, NAMESPACE } = require("./scripts/manifest");
const pkg = require("./package.json");
const EXAMPLE = "examples/gemeente-lindewaard-2025.xlsx";

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

/** manifest.xml: the development manifest in development, the production manifest for --env url in production. */
class ManifestPlugin {
  constructor(mode, url) {
    this.mode = mode;
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ManifestPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(path.join(__dirname, "manifest.xml"));
        const xml = fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8");
        let out;
        if (this.mode === "development") out = developmentManifest(xml, pkg.version);
        else if (this.url) out = productionManifest(xml, this.url, pkg.version);
        else {
          compilation.warnings.push(new compiler.webpack.WebpackError("No manifest.xml in dist/: give the add-in's base URL, e.g. npm run build -- --env url=https://example.org/begrotingslab/ (docs/deploy.md)."));
          return;
        }
        compilation.emitAsset("manifest.xml", new compiler.webpack.sources.RawSource(out));
      });
    });
  }
}

/**
 * The workbench's example as plain JSON (workbench/document.ts, compiled by
 * npm run build:node): the page shows it at once (workbench.html preloads it)
 * and loads ExcelJS only when a file is opened or saved.
 */
class ExamplePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ExamplePlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "ExamplePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const file = path.join(__dirname, EXAMPLE);
        compilation.fileDependencies.add(file);
        const modulePath = path.join(__dirname, "dist", "node", "workbench", "document.js");
        delete require.cache[modulePath];
        const { readXlsx } = require(modulePath);
        const ExcelJS = require("exceljs");
        const data = fs.readFileSync(file);
        const { plain } = await readXlsx(ExcelJS, data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
        compilation.emitAsset(EXAMPLE.replace(/\.xlsx$/, ".json"), new compiler.webpack.sources.RawSource(JSON.stringify(plain)));
      });
    });
  }
}

/**
 * dist/serve.json: the web-server settings of docs/deploy.md for `npx serve dist`
 * (CORS on the function metadata, which Excel on the web fetches from
 * Microsoft's domains; content types; no caching of pages and metadata).
 */
class ServeConfigPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ServeConfigPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ServeConfigPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const config = {
          cleanUrls: false,
          directoryListing: false,
          headers: [
            { source: "functions*.json", headers: [{ key: "Access-Control-Allow-Origin", value: "*" }, { key: "Content-Type", value: "application/json; charset=utf-8" }, { key: "Cache-Control", value: "no-cache" }] },
            { source: "**/*.@(html|js|json)", headers: [{ key: "Cache-Control", value: "no-cache" }, { key: "X-Content-Type-Options", value: "nosniff" }] },
          ],
        };
        compilation.emitAsset("serve.json", new compiler.webpack.sources.RawSource(`${JSON.stringify(config, null, 2)}\n`));
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
  const mode = dev ? "development" : "production";
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
          { from: "assets", to: "assets" },
          { from: "taskpane/taskpane.css" },
          { from: "workbench/workbench.css" },
          // The workbench shows this example (as JSON) on first load; the file itself gives its styles on save.
          { from: EXAMPLE, to: "examples/" },
        ],
      }),
      new ExcelMetadataPlugin(),
      new ExamplePlugin(),
      new ManifestPlugin(mode, env && typeof env.url === "string" ? env.url : undefined),
      ...(dev ? [] : [new ServeConfigPlugin()]),
      // The custom-function namespace this build's manifest registers: the pane writes formulas with it.
      new webpack.DefinePlugin({ __BL_NAMESPACE__: JSON.stringify(NAMESPACE[mode]) }),
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
