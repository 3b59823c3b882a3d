// scripts/audit.js: an unreachable advisory service is a visible warning, never a silent pass;
// high or critical advisories fail the run.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const audit = require("../../scripts/audit.js") as {
  auditVerdict(stdout: string): { status: "passed" | "failed" | "unchecked"; reason?: string; counts?: Record<string, number> };
  report(v: ReturnType<typeof audit.auditVerdict>, out: (s: string) => void, err: (s: string) => void, env: Record<string, string | undefined>): number;
};

function run(stdout: string, env: Record<string, string | undefined> = {}): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = audit.report(audit.auditVerdict(stdout), (s) => (out += s), (s) => (err += s), env);
  return { code, out, err };
}

const counts = (high: number, critical: number) => JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high, critical, total: 1 + high + critical } } });

test("no answer from the service: a warning on stderr and, on GitHub Actions, an annotation; the run passes", () => {
  const offline = run(JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to https://registry.npmjs.org failed" } }), { GITHUB_ACTIONS: "true" });
  expect(offline.code).toBe(0);
  expect(offline.err).toMatch(/^WARNING: npm audit: production dependencies were NOT checked/);
  expect(offline.err).toContain("request to https://registry.npmjs.org failed");
  expect(offline.out).toMatch(/^::warning title=npm audit not checked::/);
  const garbage = run("npm ERR! something");
  expect(garbage.err).toMatch(/NOT checked/);
  expect(garbage.out).toBe("");
});

test("high or critical advisories fail; moderate ones are reported and pass", () => {
  expect(run(counts(1, 0)).code).toBe(1);
  expect(run(counts(0, 2)).code).toBe(1);
  const ok = run(counts(0, 0));
  expect(ok.code).toBe(0);
  expect(ok.out).toContain('"moderate":1');
});
