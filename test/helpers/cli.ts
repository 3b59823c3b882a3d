import { main, type Io } from "../../cli/main";

/**
 * Runs the command line in-process and captures what it prints and its exit
 * code. The locale is empty unless given, so the language is English or what
 * --lang says, whatever the machine running the tests is set to.
 */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runCliWith({}, ...argv);
}

export async function runCliWith(env: Readonly<Record<string, string>>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s) };
  const code = await main(argv, io, env);
  return { code, out, err };
}
