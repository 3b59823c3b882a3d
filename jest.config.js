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
};
