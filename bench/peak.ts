// Preloaded into a measured child process (`node -r dist/node/bench/peak.js …`):
// when the process exits it writes its peak resident memory (KB, from the
// kernel's count) to the file named by BL_BENCH_PEAK. The command under
// measurement runs unchanged.

import * as fs from "node:fs";

const target = process.env.BL_BENCH_PEAK;
if (target) {
  process.on("exit", () => {
    fs.writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
