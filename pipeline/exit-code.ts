/** The `sakip` command's exit codes (documented in every `--help` and in docs/pipeline.md). */
export const EXIT_CODE = {
  /** Done; no finding of severity error. */
  ok: 0,
  /** Done; at least one finding of severity error in the inputs. */
  findings: 1,
  /** Wrong usage (unknown command or flag, missing argument) or an unreadable configuration (city workbook). */
  usage: 2,
} as const;

/** Wrong usage: the command prints the message and a pointer to `--help`, and exits with 2. */
export class UsageError extends Error {}
