import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { isBudgetError, readBudgetFile } from "../../io/budget-files";

// 100,000 budget lines: a large municipality's ledger export. Reading must finish
// well within the jest timeout; the times are printed for the performance log.
const N = 100_000;
const TAAKVELDEN = ["0.1", "0.4", "2.1", "3.1", "6.3", "6.71a", "7.2", "8.3"];

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-large-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

jest.setTimeout(60_000);

test("100,000-row csv and xlsx read completely", async () => {
  const csv = path.join(dir, "groot.csv");
  const lines = ["\ufeffGrootboek 2025;;;", "Taakveld;Omschrijving;Lasten;Baten"];
  for (let i = 1; i <= N; i++) {
    lines.push(`${TAAKVELDEN[i % TAAKVELDEN.length]};"Boeking ${i}; kostenplaats ${i % 97}";${(i * 7) % 100000},${i % 100};0`);
  }
  await fsp.writeFile(csv, lines.join("\r\n"));

  const xlsx = path.join(dir, "groot.xlsx");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: false, useStyles: false });
  const ws = writer.addWorksheet("Grootboek");
  ws.addRow(["Grootboek 2025"]).commit();
  ws.addRow(["Taakveld", "Omschrijving", "Lasten", "Baten"]).commit();
  for (let i = 1; i <= N; i++) {
    ws.addRow([TAAKVELDEN[i % TAAKVELDEN.length], `Boeking ${i}`, (i * 7) % 100000, 0]).commit();
  }
  ws.commit();
  await writer.commit();

  let t = Date.now();
  const c = await readBudgetFile(csv);
  const csvMs = Date.now() - t;
  t = Date.now();
  const x = await readBudgetFile(xlsx);
  const xlsxMs = Date.now() - t;
  // eslint-disable-next-line no-console
  console.log(`100k rows: csv ${csvMs} ms, xlsx ${xlsxMs} ms`);

  expect(isBudgetError(c)).toBe(false);
  expect(isBudgetError(x)).toBe(false);
  if (isBudgetError(c) || isBudgetError(x)) return;
  expect(c.result.lines).toHaveLength(N);
  expect(x.result.lines).toHaveLength(N);
  expect(c.result.problems).toEqual([]);
  expect(x.result.problems).toEqual([]);
  expect(c.result.lines[N - 1]).toEqual({
    row: N + 2,
    description: `Boeking ${N}; kostenplaats ${N % 97}`,
    taakveld: TAAKVELDEN[N % TAAKVELDEN.length],
    amount: (N * 7) % 100000 + (N % 100) / 100,
    owner: null,
    // The title above the table is the outermost heading of every line.
    context: ["Grootboek 2025"],
  });
  expect(x.result.lines[12344]).toEqual({
    row: 12347,
    description: "Boeking 12345",
    taakveld: TAAKVELDEN[12345 % TAAKVELDEN.length],
    amount: (12345 * 7) % 100000,
    owner: null,
    context: ["Grootboek 2025"],
  });
});
