import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../main/cli/progress';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, columns: 60, write: (text: string) => writes.push(text) };
}

describe('export progress bar', () => {
  it('draws on a terminal and clears itself when done', () => {
    const tty = stream(true);
    const bar = progressBar(tty);
    bar.update({ phase: 'layout', done: 0, total: 10 });
    bar.update({ phase: 'layout', done: 5, total: 10 });
    bar.update({ phase: 'layout', done: 5, total: 10 });
    bar.update({ phase: 'paint', done: 10, total: 10 });
    bar.finish();
    expect(tty.writes).toHaveLength(4);
    expect(tty.writes[1]).toMatch(/^\rLaying out 5\/10 \[#+\.+\]$/);
    expect(tty.writes[2]).toMatch(/^\rPrinting pages 10\/10 \[#+\]$/);
    expect(tty.writes[3]).toMatch(/^\r +\r$/);
  });

  it('writes nothing when the output is piped', () => {
    const piped = stream(false);
    const bar = progressBar(piped);
    bar.update({ phase: 'layout', done: 1, total: 2 });
    bar.finish();
    expect(piped.writes).toEqual([]);
  });
});
