/**
 * `npm run corpus` prints the level check's figures on the development split of
 * the real-budget corpus, per layout and per owner; `--misses` adds its misses
 * line by line. `--test` prints the test split's aggregate figures too (never
 * its lines): each such reading is a look at held-out data, so it is asked for
 * explicitly and counted in the project's notes. `--cal` prints the calibration
 * split's aggregate figures (what the confidences are fitted to; never its lines).
 * `--agreement` compares the dev lines labelled twice (agreement.ts).
 */
import { breakdown, describe, figures, loadSplit, misses, outcomes, type Split } from "./measure";

function main(argv: readonly string[]): void {
  const splits: Split[] = ["dev", ...(argv.includes("--cal") ? (["cal"] as const) : []), ...(argv.includes("--test") ? (["test"] as const) : [])];
  for (const split of splits) {
    const list = outcomes(loadSplit(split));
    process.stdout.write(`\n== ${split}: ${describe(figures(list))}\n`);
    for (const [k, f] of breakdown(list, (o) => o.layout)) process.stdout.write(`   layout ${k.padEnd(22)} ${describe(f)}\n`);
    for (const [k, f] of breakdown(list, (o) => o.owner)) process.stdout.write(`   owner  ${k.padEnd(22)} ${describe(f)}\n`);
    if (argv.includes("--kinds")) for (const [k, f] of breakdown(list, (o) => o.label.kind)) process.stdout.write(`   kind   ${k.padEnd(22)} ${describe(f)}\n`);
    if (split === "dev" && argv.includes("--routes")) {
      const route = (o: (typeof list)[number]) =>
        o.result === null ? "missing" : o.result.verdict === "UNKNOWN" ? "unknown" : o.result.route;
      for (const [k, f] of breakdown(list, route)) process.stdout.write(`   route  ${k.padEnd(22)} ${describe(f)}\n`);
    }
    if (split === "dev" && argv.includes("--misses")) {
      for (const o of misses("dev", list)) {
        const got = o.result === null ? "MISSING" : `${o.result.verdict}/${o.result.level ?? "-"} ${o.result.confidence} ${o.result.rule}`;
        process.stdout.write(
          `   ${o.government} [${o.owner}/${o.label.kind}] ${JSON.stringify(o.row.filter((c) => c !== "").slice(0, 3))} want ${o.label.verdicts.join("|")}/${o.label.level ?? "-"} got ${got}\n`,
        );
      }
    }
  }
}

const args = process.argv.slice(2);
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (args.includes("--calibrate")) (require("./calibrate") as typeof import("./calibrate")).main();
// eslint-disable-next-line @typescript-eslint/no-require-imports
else if (args.includes("--agreement")) (require("./agreement") as typeof import("./agreement")).main();
else main(args);
