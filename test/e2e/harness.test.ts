import { describe, expect, it } from 'vitest';
import { openStudio } from './helpers';

// The harness itself: a session that saw an error or a request leaving the test server must fail.
describe('the end-to-end harness', () => {
  it('fails a session that logged a console error or threw in the page', async () => {
    const session = await openStudio();
    await session.page.evaluate(() => {
      console.error('boom from the page');
      setTimeout(() => {
        throw new Error('thrown in the page');
      });
    });
    await expect.poll(() => session.problems.length).toBe(2);
    await expect(session.close()).rejects.toThrow(/console error: boom from the page[\s\S]*page error: thrown in the page/);
  });

  it('fails a session whose page asked for a file that is not there', async () => {
    const session = await openStudio();
    await session.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const image = document.createElement('img');
          image.addEventListener('error', () => resolve(), { once: true });
          image.src = '/missing.png';
          document.body.append(image);
        }),
    );
    await expect.poll(() => session.problems.join('\n')).toMatch(/console error: .*404/);
    await expect(session.close()).rejects.toThrow(/console error: .*404[^\n]*missing\.png/);
  });

  it('refuses and records a request to anywhere but the test server', async () => {
    const session = await openStudio();
    await expect(session.page.goto('http://192.0.2.1/elsewhere')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(session.problems).toContain('request outside the test server refused: http://192.0.2.1/elsewhere');
    await expect(session.close()).rejects.toThrow(/request outside the test server refused/);
  });
});
