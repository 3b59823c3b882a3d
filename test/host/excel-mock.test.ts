// The Excel host's read path against office-addin-mock, Microsoft's mock of
// Office.js: properties are readable only after load + sync, and a counting
// wrapper around context.sync shows that finding and reading the budget is
// two round trips (where the user is and how large the sheet is; then the
// values). The mock counts no syncs itself; the richer scenarios use
// test/helpers/fake-excel.ts.

import { OfficeMockObject } from "office-addin-mock";
import { createExcelHost } from "../../taskpane/host/excel";
import { FakeSettings } from "../helpers/fake-excel";

const values = [
  ["Taakveld", "Omschrijving", "Lasten"],
  ["0.1", "Bestuur", 1200],
  ["6.71", "Maatwerkdienstverlening", "#REF!"],
  ["8.3", "Wonen", 300],
];

/**
 * The ranges the host asks for by 0-based indexes (the used range is B2:D5):
 * the mock hands out only objects of its data, so each is there by its key.
 */
const ranges = {
  // The used range's values.
  "1,1,4,3": { values },
  // Its first column, for the hidden rows: row 4 is hidden.
  "1,1,4,1": {
    visible: { address: "Begroting!B2:B3,Begroting!B5" },
    getSpecialCellsOrNullObject() {
      return this.visible;
    },
  },
};

function mockExcel(selection: string, active: { rowIndex: number; columnIndex: number }) {
  const used = { rowIndex: 1, columnIndex: 1, rowCount: 4, columnCount: 3 };
  const sheet = {
    name: "Begroting",
    used,
    getUsedRangeOrNullObject() {
      return this.used;
    },
    ranges,
    getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
      return this.ranges[`${row},${col},${rows},${cols}` as keyof typeof ranges];
    },
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          active: sheet,
          getActiveWorksheet() {
            return this.active;
          },
          getItem() {
            return this.active;
          },
        },
        selection: { address: selection },
        getSelectedRanges() {
          return this.selection;
        },
        activeCell: { ...active, rowCount: 1, columnCount: 1 },
        getActiveCell() {
          return this.activeCell;
        },
      },
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { context: { sync(): Promise<void> } };
  const ctx = mock.context;
  const sync = ctx.sync.bind(ctx);
  const counter = { syncs: 0 };
  ctx.sync = async () => {
    counter.syncs++;
    await sync();
  };
  const host = createExcelHost({
    run: (fn) => fn(ctx as unknown as Excel.RequestContext),
    settings: new FakeSettings(),
    displayLanguage: () => "nl-NL",
  });
  return { host, counter };
}

test("a selection holding the header is read as it is, in two context.sync calls", async () => {
  const { host, counter } = mockExcel("Begroting!C2:D4", { rowIndex: 1, columnIndex: 2 });
  const b = await host.readBudget();
  expect(counter.syncs).toBe(2);
  expect(b).toEqual({
    sheet: "Begroting",
    top: 2,
    left: 3,
    values: [
      ["Omschrijving", "Lasten"],
      ["Bestuur", 1200],
      ["Maatwerkdienstverlening", "#REF!"],
    ],
    hiddenRows: [4],
    source: "selection",
  });
});

test("one cell on a line: the table around it, still two context.sync calls", async () => {
  const { host, counter } = mockExcel("Begroting!C3", { rowIndex: 2, columnIndex: 2 });
  const b = await host.readBudget();
  expect(counter.syncs).toBe(2);
  expect(b).toMatchObject({ top: 2, left: 2, source: "region", hiddenRows: [4] });
  expect(b.values).toEqual(values);
});
