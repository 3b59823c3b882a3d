// Browser tests (test/browser/): playwright-core driving Debian's Chromium
// against the BUILT pages in dist/. Run by `npm test` after the unit tests
// (scripts/test.js), or alone: `npx jest -c jest.browser.config.js` (which
// builds dist/ first when it is stale).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Type checking is done once by `tsc --noEmit` in npm test; jest only transpiles.
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  globalSetup: "<rootDir>/test/setup/build.js",
  testTimeout: 60_000,
  // One Chromium at a time: two cores, and steadier than parallel browsers.
  maxWorkers: 1,
};
