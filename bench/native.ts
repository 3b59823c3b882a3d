// The closed-form BL functions written with HyperFormula's native operators,
// over the cells A..H of the same row (the arguments in catalogue order).
// The benchmark compares against them; a test checks they agree with the core.

export const NATIVE: Readonly<Record<string, string>> = {
  "REVOLVING.CAPITAL": "=A{r}*MAX(0,(1-C{r})*(1+E{r})+C{r}*D{r}-F{r})^B{r}",
  "REVOLVING.LOSSRATE": "=1-MAX(0,(1-A{r})*(1+C{r})+A{r}*B{r}-D{r})/(1+E{r})",
  "REVOLVING.COST": "=A{r}-A{r}*MAX(0,(1-C{r})*(1+E{r})+C{r}*D{r}-F{r})^B{r}/(1+G{r})^B{r}",
  "REVOLVING.BREAKEVEN": "=IF(B{r}-C{r}-D{r}<0,NA(),(B{r}-C{r}-D{r})/(1+B{r}-A{r}))",
  "REVOLVING.ANNUALDEFAULT": "=1-(1-A{r})^(1/B{r})",
  "VVE.UNIVERSAL": "=A{r}*E{r}*C{r}*D{r}",
  "VVE.TARGETED": "=A{r}*H{r}+A{r}*(B{r}*F{r}+(1-B{r})*G{r})*E{r}*C{r}*D{r}",
  "PARTICIPATION.HEADROOM": "=A{r}*MAX(0,C{r}-B{r})",
  "PARTICIPATION.YEARS": "=IF(A{r}>=B{r},0,IF(C{r}<=0,NA(),(B{r}-A{r})/C{r}))",
  "TAXMIGRATION.STAYERS": "=A{r}*((1-E{r}-B{r})/(1-E{r}-C{r}))^D{r}",
  "TAXMIGRATION.REVENUE": "=C{r}*B{r}*A{r}*((1-F{r}-C{r})/(1-F{r}-D{r}))^E{r}",
  "TAXMIGRATION.MAXRATE": "=(1-B{r})/(1+A{r})",
  "STIMULUS.MULTIPLIER": "=(1-B{r})/(1-A{r}*(1-C{r})*(1-B{r}))",
  "STIMULUS.LEAKAGE": "=1-(1-B{r})/(1-A{r}*(1-C{r})*(1-B{r}))*(1-A{r}*(1-C{r}))",
  "AGGLOMERATION.PRODUCTIVITY": "=(A{r}/B{r})^(1-C{r})-1",
};

export const COLUMNS = "ABCDEFGHIJKL";

/** The BL call over the same cells: =BL.X(A1,B1,...). */
export function blCall(name: string, arity: number, row: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `=${name}(${[...COLUMNS.slice(0, arity)].map((c) => `${d}${c}${d}${row}`).join(",")})`;
}

export function native(id: string, row: number, absolute = false): string | undefined {
  const f = NATIVE[id];
  if (!f) return undefined;
  return absolute ? f.replace(/([A-H])\{r\}/g, `$$$1$$${row}`) : f.replace(/\{r\}/g, String(row));
}
