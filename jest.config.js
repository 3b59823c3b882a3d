/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
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
  collectCoverageFrom: [
    "src/**/*.ts",
    "io/**/*.ts",
    "engine/**/*.ts",
    "functions/**/*.ts",
    "taskpane/**/*.ts",
    "workbench/**/*.ts",
    "cli/**/*.ts",
  ],
};
