import { fromUserFormula, isDutchSyntax, toUserFormula } from "../../src/core/syntax";

describe("Dutch formula syntax in the workbench grid", () => {
  test.each([
    ["=BL.VVE.ALGEMEEN(1200; 0,15; 8100)", "=BL.VVE.ALGEMEEN(1200, 0.15, 8100)"],
    ["=SOM(A1;B2;3,5)", "=SOM(A1,B2,3.5)"],
    ["=MAX(A1,5)", "=MAX(A1,5)"],
    ['=ALS(A1>0,5;"a;b, c";\'Blad; 1\'!B2)', '=ALS(A1>0.5,"a;b, c",\'Blad; 1\'!B2)'],
    ["=SOM({1;2;3})", "=SOM({1;2;3})"],
    ["=SOM({1\\2;3\\4,5})", "=SOM({1,2;3,4.5})"],
    ["=1,5E3+BL.X2(0,25)", "=1.5E3+BL.X2(0.25)"],
  ])("%s reads as %s, and back", (dutch, invariant) => {
    expect(fromUserFormula(dutch, "nl")).toBe(invariant);
    // Back to the Dutch a user reads (spacing and lenient input aside).
    expect(fromUserFormula(toUserFormula(invariant, "nl"), "nl")).toBe(invariant);
  });

  test("the formula bar shows Dutch syntax in Dutch and leaves English alone", () => {
    expect(toUserFormula("=BL.VVE.ALGEMEEN(1200,0.15,8100)", "nl")).toBe("=BL.VVE.ALGEMEEN(1200;0,15;8100)");
    expect(toUserFormula("=SOM({1,2;3,4})", "nl")).toBe("=SOM({1\\2;3\\4})");
    expect(toUserFormula("=SUM(1.5,2)", "en")).toBe("=SUM(1.5,2)");
    expect(fromUserFormula("=SUM(1.5,2)", "en")).toBe("=SUM(1.5,2)");
  });
});

describe("isDutchSyntax: a formula copied from Dutch Excel", () => {
  test("a ';' between arguments says so; one in quotes or an array constant does not, nor a lone comma", () => {
    expect(isDutchSyntax("=BL.VVE.ALGEMEEN(1200; 0,15; 8100)")).toBe(true);
    expect(isDutchSyntax('=BL.LEVEL("a;b", "", "rijk")')).toBe(false);
    expect(isDutchSyntax("=SUM({1,2;3,4})")).toBe(false);
    expect(isDutchSyntax("=BL.X(0,15)")).toBe(false);
  });
});
