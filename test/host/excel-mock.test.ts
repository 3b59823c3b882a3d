// The Excel host's read path against office-addin-mock, the mock of
// Office.js: properties are readable only after load + sync, and a counting
// wrapper around context.sync shows that finding and reading the budget is one
// round trip. (The mock does not count syncs itself; the richer scenarios use
// test/helpers/fake-excel.ts.)

import { OfficeMockObject } from "office-addin-mock";
import { createExcelHost } from "../../taskpane/host/excel";
import { FakeSettings } from "../helpers/fake-excel";

const values = [
  ["Taakveld", "Omschrijving", "Lasten"],
  ["0.1", "Bestuur", 1200],
  ["6.71", "Maatwerkdienstverlening", "#REF!"],
  ["8.3", "Wonen", 300],
];

function mockExcel(selection: string) {
  const rect = { rowIndex: 1, columnIndex: 1, rowCount: 4, columnCount: 3 };
  const data = {
    context: {
      workbook: {
        worksheets: {
          active: {
            name: "Begroting",
            used: { ...rect, values },
            whole: {
              visible: { address: "Begroting!A1:XFD3,Begroting!A5:XFD1048576" },
              getSpecialCellsOrNullObject() {
                return this.visible;
              },
            },
            getRange() {
              return this.whole;
            },
            getUsedRangeOrNullObject() {
              return this.used;
            },
          },
          getActiveWorksheet() {
            return this.active;
          },
        },
        selection: { address: selection },
        getSelectedRanges() {
          return this.selection;
        },
        activeCell: {
          rowIndex: 2,
          columnIndex: 2,
          rowCount: 1,
          columnCount: 1,
          region: { ...rect },
          getSurroundingRegion() {
            return this.region;
          },
          // An empty table collection; a plain object, as the mock cannot load "items/name" from an array.
          getTables() {
            return { items: [], load() {} };
          },
        },
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

test("the selection is read with one context.sync", async () => {
  const { host, counter } = mockExcel("Begroting!C3:D4");
  const b = await host.readBudget();
  expect(counter.syncs).toBe(1);
  expect(b).toEqual({
    sheet: "Begroting",
    top: 3,
    left: 3,
    values: [
      ["Bestuur", 1200],
      ["Maatwerkdienstverlening", "#REF!"],
    ],
    hiddenRows: [4],
    source: "selection",
  });
});

test("one cell selected: the current region, still one context.sync", async () => {
  const { host, counter } = mockExcel("Begroting!C3");
  const b = await host.readBudget();
  expect(counter.syncs).toBe(1);
  expect(b).toMatchObject({ top: 2, left: 2, source: "region", hiddenRows: [4] });
  expect(b.values).toEqual(values);
});
