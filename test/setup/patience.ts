/**
 * How long a test waits for a state before it gives up. The suite runs on 2-core machines that may be busy
 * with something else: a wait is for a state (an element, a saved value), and its limit only says when
 * that state is surely never coming, so it is set well above what a loaded machine needs and below the
 * test's own timeout (60 s). Testing-library's default of 1 s failed CI on a busy machine.
 */
export const PATIENCE_MS = 30_000;

/** For `vi.waitFor(check, PATIENCE)`: vitest has no global default for it (1 s otherwise). */
export const PATIENCE = { timeout: PATIENCE_MS, interval: 20 } as const;
