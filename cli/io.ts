// Where a command writes: stdout and stderr in the shell, a buffer in the tests.
// Its own module, so the subcommands need not import main (which imports them).
export interface Io {
  out(s: string): void;
  err(s: string): void;
}
