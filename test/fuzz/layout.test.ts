import { it } from 'vitest';
import { layout } from './layout';
import { assertInSuite } from './suite';

it('typesets random releases without a crash, every word on the page and every letter in pdftotext', async () => {
  await assertInSuite(layout, 30);
}, 120_000);
