import fc from "fast-check";
import { amountInText, isAmountError, MAX_AMOUNT, parseAmount, readAmount, saysNoFigure } from "../../src/budget/numbers";

describe("parseAmount", () => {
  const cases: [unknown, number | null][] = [
    ["1.234,5", 1234.5],
    ["-1,234.5", -1234.5],
    ["(1.234)", -1234],
    ["€ 12.000", 12000],
    ["€12.000,-", 12000],
    ["€ 12.000,--", 12000],
    ["€ 1.194.000,=", 1194000],
    ["1 234,50", 1234.5],
    ["1\u00a0234,50", 1234.5],
    ["1\u202f234.50", 1234.5],
    ["12.000-", -12000],
    ["-/- 1.234", -1234],
    ["€ -1.234", -1234],
    ["-€ 1.234", -1234],
    ["(€ 1.234,56)", -1234.56],
    ["\u2212 250", -250],
    ["+250", 250],
    ["-", null],
    ["\u2013", null],
    ["", null],
    ["   ", null],
    ["nihil", null],
    [null, null],
    [undefined, null],
    [1234.5, 1234.5],
    [-7, -7],
    [0, 0],
    ["0", 0],
    ["-0", 0],
    // One separator followed by exactly three digits: thousands.
    ["1.234", 1234],
    ["12.000", 12000],
    ["1,234", 1234],
    ["999.999", 999999],
    // Otherwise decimal.
    ["1.5", 1.5],
    ["1,5", 1.5],
    ["1234,56", 1234.56],
    ["1234.567", 1234.567],
    ["0.125", 0.125],
    ["0,125", 0.125],
    [",5", 0.5],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["1,234,567.89", 1234567.89],
    ["1234", 1234],
    ["EUR 1.000", 1000],
    ["1.000 EUR", 1000],
    ["1.5E+3", 1500],
    ["  42  ", 42],
    // A unit word after the figure scales it.
    ["€ 28,8 mln", 28_800_000],
    ["- € 14,1 mln", -14_100_000],
    ["5,7 miljoen", 5_700_000],
    ["1,2 mld", 1_200_000_000],
    ["€ 3 miljoen euro", 3_000_000],
    // Mutation tables mark an amount nadelig (N, a minus for the balance) or voordelig (V).
    ["N 29.211", -29_211],
    ["29.211 N", -29_211],
    ["V 1.500", 1500],
    ["1.500 V", 1500],
    ["€ N 200", -200],
    // A footnote mark after the figure.
    ["537,7*", 537.7],
    // Thousands of euros marked as such: "k€ 206" is € 206.000, before or after the figure, with a sign.
    ["k€ 206", 206_000],
    ["K€ 1.250", 1_250_000],
    ["206 k€", 206_000],
    ["keur 45", 45_000],
    ["k€ -45", -45_000],
    ["(k€ 45)", -45_000],
    // Nadelig and voordelig beside a currency mark, and the Dutch plus.
    ["N k€ 45", -45_000],
    ["V k€ 45", 45_000],
    ["45 k€ N", -45_000],
    ["N € 1.200", -1200],
    ["€ 1.200 N", -1200],
    ["+/+ 45", 45],
    // English summaries write the unit right after the figure; with a space "m" is no unit (metres, perhaps).
    ["€45k", 45_000],
    ["45K", 45_000],
    ["€1.5m", 1_500_000],
    ["€2bn", 2_000_000_000],
    // Excel's accounting format writes a zero as "€ -", and a csv export keeps it: no figure, no error.
    ["€ -", null],
    ["EUR –", null],
  ];
  test.each(cases)("%p → %p", (input, expected) => {
    const got = parseAmount(input);
    expect(got).toBe(expected);
  });

  test("amountInText finds the one sum a short text names, and nothing in a sentence, a unit caption or a text of two sums", () => {
    expect(amountInText("budget € 750.000 voor 2013")).toEqual({ amount: 750_000, unit: 1, figure: "€ 750.000" });
    expect(amountInText("budget € 5,4 miljoen voor de periode 2013-2020")).toEqual({ amount: 5_400_000, unit: 1_000_000, figure: "€ 5,4 miljoen" });
    expect(amountInText("12.000 euro subsidie")?.amount).toBe(12_000);
    expect(amountInText("Grant for the arts centre €45k")).toEqual({ amount: 45_000, unit: 1_000, figure: "€45k" });
    expect(amountInText("Cycle path 500m wide")).toBeNull();
    expect(amountInText("Het Hogeland € 12,1 miljoen")?.amount).toBe(12_100_000);
    // "k€ 206" is thousands: read as € 206 it was a thousand times too small.
    expect(amountInText("Niet aanwenden van onvoorzien k€ 206")).toEqual({ amount: 206_000, unit: 1_000, figure: "k€ 206" });
    for (const none of ["tussen € 10 en € 20", "Bedragen x € 1.000", "bedragen in € 1.000", "(€ 000)", "Looptijd 2013-2020", "Wegen", "€ 500.000,- voor het begeleiden en initiëren van duurzame maatregelen op bedrijventerreinen"]) {
      expect(amountInText(none)).toBeNull();
    }
  });

  test("saysNoFigure: a dash, 'n.v.t.', 'PM', and a zero in the accounting format ('€ -'), not a figure", () => {
    for (const t of ["-", "n.v.t.", "PM", "p.m.", "€ -", "€ –"]) expect([t, saysNoFigure(t)]).toEqual([t, true]);
    for (const t of ["€ -5", "0", "Jeugdzorg", ""]) expect([t, saysNoFigure(t)]).toEqual([t, false]);
  });

  test("readAmount says which unit a figure names itself", () => {
    expect(readAmount("€ 28,8 mln")).toEqual({ amount: 28_800_000, unit: 1_000_000 });
    expect(readAmount("-750 duizend")).toEqual({ amount: -750_000, unit: 1_000 });
    expect(readAmount("1,2 mld")).toEqual({ amount: 1_200_000_000, unit: 1_000_000_000 });
    expect(readAmount("12.400")).toEqual({ amount: 12_400, unit: 1 });
    expect(readAmount(12_400)).toEqual({ amount: 12_400, unit: 1 });
    expect(readAmount("")).toEqual({ amount: null, unit: 1 });
    // An unreadable figure names no unit.
    expect(readAmount("28,8 mlnx").unit).toBe(1);
  });

  const errors: [unknown, string][] = [
    ["abc", "notANumber"],
    ["Totaal", "notANumber"],
    ["12 kg", "notANumber"],
    ["mln", "notANumber"],
    ["28,8 mlnx", "notANumber"],
    ["5%", "notANumber"],
    ["1.23.4", "badGrouping"],
    ["1,234.5.6", "badGrouping"],
    ["12,34.567", "badGrouping"],
    ["--5", "twoSigns"],
    ["(-5)", "twoSigns"],
    ["5.", "notANumber"],
    ["N", "notANumber"],
    ["Nadelig", "notANumber"],
    ["NV 5", "notANumber"],
    ["(N 5)", "twoSigns"],
    [true, "notAnAmount"],
    [new Date(2025, 0, 1), "notAnAmount"],
    [Number.NaN, "notFinite"],
    [Number.POSITIVE_INFINITY, "notFinite"],
    [{ x: 1 }, "notANumber"],
  ];
  test.each(errors)("%p is an error (%s) with nl and en messages", (input, code) => {
    const got = parseAmount(input);
    expect(isAmountError(got)).toBe(true);
    if (isAmountError(got)) {
      expect(got.error).toBe(code);
      expect(got.message.nl.length).toBeGreaterThan(0);
      expect(got.message.en.length).toBeGreaterThan(0);
    }
  });

  /** Formats |cents|/100 with grouping like a Dutch or English budget would. */
  function format(cents: number, style: "nl" | "en", group: boolean, decimals: 0 | 1 | 2, neg: string): string {
    const abs = Math.abs(cents);
    const whole = Math.floor(abs / 100);
    const frac = String(abs % 100).padStart(2, "0").slice(0, decimals);
    const thousands = style === "nl" ? "." : ",";
    const decimal = style === "nl" ? "," : ".";
    const intText = group ? String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, thousands) : String(whole);
    const body = decimals === 0 ? intText : `${intText}${decimal}${frac}`;
    if (cents >= 0) return body;
    switch (neg) {
      case "paren":
        return `(${body})`;
      case "trailing":
        return `${body}-`;
      case "euro":
        return `€ -${body}`;
      default:
        return `-${body}`;
    }
  }

  test("property: a number formatted in Dutch or English style parses back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }),
        fc.constantFrom<"nl" | "en">("nl", "en"),
        fc.boolean(),
        fc.constantFrom<0 | 1 | 2>(0, 1, 2),
        fc.constantFrom("minus", "paren", "trailing", "euro"),
        (raw, style, group, decimals, neg) => {
          // Keep only as many decimals as are written, so the expected value is exact.
          const step = decimals === 0 ? 100 : decimals === 1 ? 10 : 1;
          const cents = Math.trunc(raw / step) * step;
          const text = format(cents, style, group, decimals, neg);
          const got = parseAmount(text);
          expect(typeof got).toBe("number");
          expect(got as number).toBeCloseTo(cents / 100, 6);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("property: finite numbers up to 10^15 pass through unchanged; larger ones are refused, so no sum of them reaches Infinity", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const got = parseAmount(x);
        if (Math.abs(x) <= MAX_AMOUNT) expect(got).toBe(x);
        else expect(isAmountError(got) && got.error).toBe("tooLarge");
      }),
    );
  });
});
