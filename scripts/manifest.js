// The add-in's two manifests from one file. manifest.xml in the repository
// is the development manifest (https://localhost:3000, its own id, display
// name "Begrotingslab (dev)", function namespace BLDEV). The production
// manifest is derived from it for a base URL: every URL moved onto that
// base, the production id, name and namespace BL. Both carry the version of
// package.json: Excel caches custom-function metadata for up to a day and
// fetches it anew when the manifest's version changes, so every release
// bumps it (docs/deploy.md).
"use strict";

const DEV_ORIGIN = "https://localhost:3000";
/** The production add-in's id: never change it, or every installation becomes a new add-in. */
const PRODUCTION_ID = "7ee0ea01-cbdc-4dd1-b2ca-e80790b48744";
const DEV_ID = "a944b6f9-00c1-4f88-bedf-6473c5775b0a";
const NAMESPACE = { production: "BL", development: "BLDEV" };
/** The base URL the tests build with (npm test, jest's global setup): the example of the issue, any https base works. */
const TEST_BASE_URL = "https://example.org/begrotingslab/";

/** The base URL as the build takes it: https, ending in "/", no query or fragment. */
function normalizeBase(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--env url=${url}: not a URL (expected for example https://example.org/begrotingslab/)`);
  }
  if (u.protocol !== "https:") throw new Error(`--env url=${url}: Office add-ins must be served over https`);
  if (u.search || u.hash) throw new Error(`--env url=${url}: give the base URL without ? or #`);
  return u.origin + (u.pathname.endsWith("/") ? u.pathname : `${u.pathname}/`);
}

/** The manifest's version for a package version: Office wants four parts. */
function manifestVersion(version) {
  const parts = String(version).split("-")[0].split(".").map((p) => String(Number(p) || 0));
  while (parts.length < 4) parts.push("0");
  return parts.slice(0, 4).join(".");
}

function withVersion(xml, version) {
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/** The development manifest as served by `npm start`: the repository's file with the package version. */
function developmentManifest(xml, version) {
  return withVersion(xml, version);
}

/** The production manifest for `baseUrl` (https, any path). */
function productionManifest(xml, baseUrl, version) {
  const base = normalizeBase(baseUrl);
  const origin = new URL(base).origin;
  let out = withVersion(xml, version);
  out = out.replace(`<Id>${DEV_ID}</Id>`, `<Id>${PRODUCTION_ID}</Id>`);
  out = out.replace(/Begrotingslab \(dev\)/g, "Begrotingslab");
  out = out.replace(/=BLDEV\./g, "=BL.");
  out = out.replace(`id="Functions.Namespace" DefaultValue="${NAMESPACE.development}"`, `id="Functions.Namespace" DefaultValue="${NAMESPACE.production}"`);
  out = out.replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`);
  out = out.replace(/(DefaultValue|Value)="https:\/\/localhost:3000\/([^"]*)"/g, (_, attr, file) => `${attr}="${base}${file}"`);
  // The explanation of the development manifest does not describe this file.
  out = out.replace(/<!--[\s\S]*?-->\n/, "<!-- Begrotingslab add-in manifest, production build (scripts/manifest.js). -->\n");
  if (out.includes("localhost")) throw new Error("production manifest still names localhost");
  return out;
}

module.exports = { TEST_BASE_URL, DEV_ORIGIN, DEV_ID, PRODUCTION_ID, NAMESPACE, normalizeBase, manifestVersion, developmentManifest, productionManifest };
