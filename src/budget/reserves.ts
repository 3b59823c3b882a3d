// A statement of reserves (BBV's "staat van reserves en voorzieningen", a province's
// "eigen vermogen"): one row per reserve, with its balance at the start and end of the
// year and what went in and out. A reserve is named after what it is for ("Bodem",
// "Mobiliteitsbeleid"), but its balance and movements are financing, never the task
// itself (LEVELS.md 21): the table says so, not the row's words. Known by its header,
// or by its closing total: BBV's overview of reserve movements per programme has the
// header of any programme table ("Omschrijving | lasten | baten | saldo"), and only its
// last row, "totaal mutatie reserves", says that every row above is a reserve movement.

/** A balance at the start or end of a year: "Beginsaldo", "Eind-saldo 2017", "Saldo per 1-1", "Stand 31 december". */
const BALANCE = /\b(?:begin|eind)\s*saldo\b|\b(?:saldo|stand|boekwaarde)\s*(?:per\s*)?(?:1\s*[-/.]\s*1\b|31\s*[-/.]\s*12\b|1\s+januari|31\s+december)|\b(?:primo|ultimo)\b/;
/** What went in or out of a reserve. */
const MOVEMENT = /\b(?:stortingen?|toevoegingen?|onttrekkingen?|dotaties?|vrijval|vermeerderingen?|verminderingen?|aanwendingen?|bij|af)\b/;
/** A description column that names reserves or provisions. */
const RESERVES = /\b(?:reserves?|bestemmingsreserves?|voorzieningen?)\b/;

function fold(text: string | null): string {
  // "Eind-saldo", "Resul-taat": words broken over two lines of a printed header.
  return (text ?? "").toLowerCase().replace(/(\p{L})-\s*(\p{L})/gu, "$1$2");
}

/**
 * Whether a header row is that of a statement of reserves or provisions: a balance
 * column and a movement column, or a description column naming reserves beside
 * either. (A "Saldo" beside "Lasten" and "Baten" is a balance of the year, not of a reserve.)
 */
export function isReserveStatement(headerCells: readonly (string | null)[], description: number | undefined): boolean {
  const cells = headerCells.map(fold);
  const balance = cells.some((c) => BALANCE.test(c));
  const movement = cells.some((c) => MOVEMENT.test(c));
  const named = description !== undefined && RESERVES.test(cells[description] ?? "");
  return (balance && movement) || (named && (balance || movement));
}

/** A closing total of reserve movements: "totaal mutatie reserves", "Totaal mutaties in reserves", "Totaal reserves". */
const RESERVES_TOTAL = /^\s*totaal\s+(?:(?:mutaties?|toevoegingen|onttrekkingen|stortingen)\s+(?:(?:in|aan|uit|van)\s+(?:de\s+)?)?)?(?:reserves|bestemmingsreserves)\s*$/;

/** Whether a table's last line is the total of its reserve movements, so that every line above it is one. */
export function closesAsReserves(lastDescription: string | null): boolean {
  return RESERVES_TOTAL.test(fold(lastDescription));
}
