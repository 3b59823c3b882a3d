// One rule for empty cells (README, "Empty cells"): a referenced empty cell is
// an omitted argument on every platform. Excel on the web passes it as null;
// Excel desktop passes it as 0, and the adapter then asks Excel whether the
// cell at the argument's address is empty (requiresParameterAddresses). Both
// encodings of the same sheet must give the same answers.

import { CATALOGUE } from "../../src/catalogue";
import { callFunction } from "../../src/core/validate";
import { excelFunction, type ExcelRuntime } from "../../functions/adapter";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const spec = (id: string) => CATALOGUE.find((s) => s.id === id)!;

/** A sheet of cells by address; an address absent from it is an empty cell. */
type Sheet = Record<string, number | string>;

/**
 * The arguments Excel passes for references to these cells: one per declared
 * parameter (null for those not given), then the invocation object with
 * each argument's address. On the web an empty cell is null; on desktop 0,
 * in a single cell and inside a range.
 */
function call(id: string, sheet: Sheet, refs: readonly string[], empty: null | 0): unknown[] {
  const n = spec(id).params.length;
  const args = Array.from({ length: n }, (_, i) => {
    const r = refs[i];
    if (r === undefined) return null;
    return r.includes(":") ? range(sheet, r, empty) : (sheet[r] ?? empty);
  });
  return [...args, { address: "Blad1!Z1", parameterAddresses: Array.from({ length: n }, (_, i) => (refs[i] ? `Blad1!${refs[i]}` : "")) }];
}

/** A column range "A1:A4" as Excel passes it, `empty` for the empty cells. */
function range(sheet: Sheet, r: string, empty: null | 0): unknown[][] {
  const [from = "", to = ""] = r.split(":");
  const col = from.replace(/\d+/g, "");
  const rows: unknown[][] = [];
  for (let i = Number(from.replace(/\D+/g, "")); i <= Number(to.replace(/\D+/g, "")); i++) rows.push([sheet[`${col}${i}`] ?? empty]);
  return rows;
}

/** Excel desktop's answer to "which of these cells are empty", from the sheet. */
function runtime(sheet: Sheet, log: string[] = []): ExcelRuntime {
  return {
    lang: () => "nl",
    error: (code, message) => new FakeError(code, message),
    async emptyCells(addresses) {
      log.push(...addresses);
      return addresses.map((a) => {
        const r = a.slice(a.indexOf("!") + 1);
        return r.includes(":") ? range(sheet, r, null).map((row) => row.map((v) => v === null)) : [[sheet[r] === undefined]];
      });
    },
  };
}

async function both(id: string, sheet: Sheet, refs: readonly string[]): Promise<{ web: unknown; desktop: unknown; asked: string[] }> {
  const asked: string[] = [];
  // On the web nothing needs asking (the runtime answers null there); the adapter is given no probe.
  const onWeb = await excelFunction(spec(id), { lang: () => "nl", error: (c, m) => new FakeError(c, m) })(...call(id, sheet, refs, null));
  const onDesktop = await excelFunction(spec(id), runtime(sheet, asked))(...call(id, sheet, refs, 0));
  return { web: onWeb, desktop: onDesktop, asked };
}

describe("an empty cell is an omitted argument, on the web and on desktop", () => {
  test("a required argument in an empty cell: #VALUE! naming it on both (desktop used to compute with 0 years)", async () => {
    const { web: w, desktop: d, asked } = await both("REVOLVING.CAPITAL", { A1: 1000000, C1: 0.1 }, ["A1", "B1", "C1"]);
    const e = (d as FakeError[][])[0]![0]!;
    expect(e).toBeInstanceOf(FakeError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/jaren/);
    expect(d).toEqual(w);
    expect(asked).toEqual(["Blad1!B1"]);
  });

  test("an optional argument in an empty cell takes its default on both", async () => {
    // takeup defaults to 1; an empty cell must not mean 0% take-up.
    const sheet = { A1: 1200, B1: 0.15, C1: 8100, D1: 1.5 };
    const { web: w, desktop: d } = await both("VVE.UNIVERSAL", sheet, ["A1", "B1", "C1", "D1", "E1"]);
    expect(d).toEqual(w);
    expect((d as number[][])[0]![0]).toBe(callFunction(spec("VVE.UNIVERSAL"), [1200, 0.15, 8100, 1.5]));
  });

  test("a real 0 in a cell stays 0 on both", async () => {
    const sheet = { A1: 1000000, B1: 0, C1: 0.1 };
    const { web: w, desktop: d } = await both("REVOLVING.CAPITAL", sheet, ["A1", "B1", "C1"]);
    expect(d).toEqual(w);
    expect(d).toEqual([[1000000]]);
  });

  test('a blank row inside a range is skipped on both (desktop used to make it sector "0")', async () => {
    const v = spec("VARIETY");
    const sheet = { A1: 120, A2: 80, A4: 300, B1: "2511", B2: "2562", B4: "4711" };
    const { web: w, desktop: d, asked } = await both(v.id, sheet, ["A1:A4", "B1:B4"]);
    expect(d).toEqual(w);
    // The same as the three filled rows alone.
    const three = excelFunction(v, { lang: () => "nl", error: (c, m) => new FakeError(c, m) })([[120], [80], [300]], [["2511"], ["2562"], ["4711"]]);
    expect(d).toEqual(three);
    expect(asked).toEqual(["Blad1!A1:A4", "Blad1!B1:B4"]);
  });

  test("a literal 0 (no address) is never asked about; a failing read keeps Excel's values", async () => {
    const asked: string[] = [];
    const fn = excelFunction(spec("REVOLVING.CAPITAL"), runtime({}, asked));
    const rest = [null, null, null, { address: "Blad1!Z1", parameterAddresses: ["", "", "", "", "", ""] }];
    expect(await fn(1000000, 0, 0.1, ...rest)).toEqual([[1000000]]);
    expect(asked).toEqual([]);
    const failing: ExcelRuntime = { lang: () => "nl", error: (c, m) => new FakeError(c, m), emptyCells: () => Promise.reject(new Error("cell-editing mode")) };
    const referenced = [null, null, null, { address: "Blad1!Z1", parameterAddresses: ["Blad1!A1", "Blad1!B1", "Blad1!C1", "", "", ""] }];
    expect(await excelFunction(spec("REVOLVING.CAPITAL"), failing)(1000000, 0, 0.1, ...referenced)).toEqual([[1000000]]);
  });
});
