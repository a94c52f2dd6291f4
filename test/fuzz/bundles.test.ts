import { it } from 'vitest';
import { bundles } from './bundles';
import { assertInSuite } from './suite';

it('imports or restores mutated bundles, or refuses them with a sentence of ours and an unchanged store', async () => {
  await assertInSuite(bundles, 60);
}, 120_000);
