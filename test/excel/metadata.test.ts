import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RawTranslationPackage } from "hyperformula";
import { CATALOGUE } from "../../src/catalogue";
import { excelMetadata, type ExcelMetadata } from "../../src/catalogue/excel-metadata";
import { isOptional } from "../../src/core/spec";

const dist = join(__dirname, "..", "..", "dist");
const built = (file: string) => JSON.parse(readFileSync(join(dist, file), "utf8")) as ExcelMetadata;
const en = built("functions.json");
const nl = built("functions-nl.json");

const pack = (code: string) =>
  (require(`hyperformula/commonjs/i18n/languages/${code}`) as { default: RawTranslationPackage }).default;

describe("Excel metadata", () => {
  test("the built files are what the catalogue generates", () => {
    expect(en).toEqual(excelMetadata("en"));
    expect(nl).toEqual(excelMetadata("nl"));
  });

  test("every catalogue entry appears in both files with the same id, in the same order", () => {
    expect(en.functions.map((f) => f.id)).toEqual(CATALOGUE.map((s) => s.id));
    expect(nl.functions.map((f) => f.id)).toEqual(CATALOGUE.map((s) => s.id));
    expect(new Set(en.functions.map((f) => f.id)).size).toBe(CATALOGUE.length);
  });

  test("the Dutch file has the Dutch names, descriptions and parameter names", () => {
    CATALOGUE.forEach((spec, i) => {
      const f = nl.functions[i]!;
      expect(f.name).toBe(spec.name.nl);
      expect(f.name).not.toBe(spec.name.en);
      expect(f.description).toBe(spec.description.nl);
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.nl));
      expect(en.functions[i]!.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.id));
    });
  });

  test("names follow Excel's rules: letters, digits and periods, starting with a letter", () => {
    for (const f of [...en.functions, ...nl.functions]) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.name).toMatch(/^[A-Z][A-Z0-9.]{2,}$/);
    }
  });

  test("ranges are matrix parameters, optional ones are marked, every function asks for its arguments' addresses", () => {
    CATALOGUE.forEach((spec, i) => {
      const f = en.functions[i]!;
      // Every result is a matrix: Excel gives argument addresses (to tell an empty cell from 0) only then.
      expect(f.result.dimensionality).toBe("matrix");
      expect(f.options).toEqual({ requiresParameterAddresses: true });
      spec.params.forEach((p, j) => {
        const q = f.parameters[j]!;
        expect(q.type).toBe("any");
        expect(q.optional).toBe(isOptional(p));
        expect(q.dimensionality).toBe(p.type === "numbers" || p.type === "codes" || p.type === "rows" ? "matrix" : "scalar");
      });
      // Excel requires optional parameters to come last.
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    });
    expect(en.allowErrorForDataTypeAny).toBe(true);
  });

  test("no BL name clashes with a built-in function name in English or Dutch", () => {
    const builtIns = new Set<string>();
    for (const code of ["enGB", "enUS", "nlNL"]) {
      for (const name of Object.values(pack(code).functions)) builtIns.add(name.toUpperCase());
    }
    expect(builtIns.has("SOM")).toBe(true);
    for (const spec of CATALOGUE) {
      for (const name of [spec.name.en, spec.name.nl]) {
        expect(builtIns.has(name)).toBe(false);
        expect(builtIns.has(`BL.${name}`)).toBe(false);
      }
    }
  });

  test("English and Dutch names are unique across the catalogue", () => {
    const all = CATALOGUE.flatMap((s) => [s.name.en, s.name.nl]);
    const dutchOnly = new Set(CATALOGUE.map((s) => s.name.nl));
    const englishOnly = new Set(CATALOGUE.map((s) => s.name.en));
    expect(dutchOnly.size).toBe(CATALOGUE.length);
    expect(englishOnly.size).toBe(CATALOGUE.length);
    expect(new Set(all).size).toBe(all.length);
  });

  // Contract version 2 as Excel shows it in the function wizard, in both built files.
  test("contract version 2: defaults, ranges and wording reach both metadata files", () => {
    const fnOf = (m: ExcelMetadata, id: string) => m.functions.find((f) => f.id === id)!;
    const param = (m: ExcelMetadata, id: string, name: string) => fnOf(m, id).parameters.find((p) => p.name === name)!.description;
    for (const id of ["TAXMIGRATION.STAYERS", "TAXMIGRATION.REVENUE", "TAXMIGRATION.MAXRATE", "TAXMIGRATION.SPIRAL"]) {
      expect(param(en, id, "national_rate")).toContain("Default 0.495");
      expect(param(nl, id, "landelijk_tarief")).toContain("Standaard 0,495");
    }
    expect(param(en, "PARTICIPATION.YEARS", "annual_increase")).toContain("a number from -0.1 to 0.1");
    expect(param(en, "PARTICIPATION.YEARS", "annual_increase")).toContain("0.5 percentage point is 0.005");
    expect(param(nl, "PARTICIPATION.PROJECT", "jaarlijkse_stijging")).toContain("0,5 procentpunt is 0,005");
    expect(param(en, "VARIETY", "sector_codes")).toContain("as text");
    expect(param(nl, "VARIETY", "sectorcodes")).toContain("als tekst");
    expect(fnOf(en, "TAXMIGRATION.MAXRATE").description).toMatch(/top of the revenue curve in a thought experiment/);
    expect(fnOf(nl, "TAXMIGRATION.MAXRATE").description).toMatch(/gedachte-experiment/);
    expect(fnOf(en, "TAXMIGRATION.STAYERS").description).toMatch(/after migration/);
    expect(fnOf(nl, "REVOLVING.COST").description).toMatch(/contante waarde/);
    expect(fnOf(en, "REVOLVING.BREAKEVEN").description).toMatch(/1 when every default rate does/);
    expect(fnOf(nl, "CLASSSIZE.COST").description).toMatch(/volgens Allers \(2017\)/);
  });
});
