/** A one-line progress bar for long exports, drawn only on a terminal: piped output stays clean. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export interface ProgressBar {
  update(progress: Progress): void;
  finish(): void;
}

// Layout counts documents (cover, contents, each release…); painting counts pages.
const PHASES: Record<string, string> = { layout: 'Laying out', paint: 'Printing pages' };

export function progressBar(stream: ProgressStream): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  let drawn = false;
  let last = '';
  return {
    update({ phase, done, total }) {
      const label = `${PHASES[phase] ?? phase} ${done}/${total} `;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 2));
      const filled = total > 0 ? Math.round((width * Math.min(done, total)) / total) : 0;
      const line = `\r${label}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
      if (line === last) return;
      stream.write(line);
      last = line;
      drawn = true;
    },
    finish() {
      if (drawn) stream.write(`\r${' '.repeat(last.length)}\r`);
      drawn = false;
    },
  };
}
