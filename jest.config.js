/** The folders of the product's source; coverage counts every file in them. */
const SOURCES = ["src", "io", "engine", "functions", "taskpane", "workbench", "cli"];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The source folders are roots too (they hold no tests): jest lists only files under a root, and
  // coverage counts a file no test loads only when it is listed.
  roots: ["<rootDir>/test", ...SOURCES.map((f) => `<rootDir>/${f}`)],
  testMatch: ["**/*.test.ts"],
  // Browser tests run under scripts/test.js with Playwright, not jest.
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: {
    // Type checking is done once by `tsc --noEmit` in npm test; jest only transpiles.
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
    "^.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", esModuleInterop: true }, isolatedModules: true }],
  },
  transformIgnorePatterns: ["node_modules/(?!(.*/)?(strip-bom|uuid)/)"],
  moduleFileExtensions: ["ts", "js", "json"],
  // Builds dist/ when it is missing or stale (the metadata and manifest tests read it).
  globalSetup: "<rootDir>/test/setup/build.js",
  // Coverage counts every source file, also those no test loads.
  collectCoverageFrom: [...SOURCES.map((f) => `${f}/**/*.ts`), "!**/*.d.ts"],
};
