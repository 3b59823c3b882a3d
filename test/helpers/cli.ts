import { main, type Io } from "../../cli/main";

/** Runs the command line in-process and captures what it prints and its exit code. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s) };
  const code = await main(argv, io);
  return { code, out, err };
}
