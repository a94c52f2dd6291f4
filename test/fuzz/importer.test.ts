import { it } from 'vitest';
import { importer } from './importer';
import { assertInSuite } from './suite';

it('imports mutated .md, .txt and .docx communiqués, or refuses them with a sentence of ours and an unchanged store', async () => {
  await assertInSuite(importer, 60);
}, 120_000);
