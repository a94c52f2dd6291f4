import { it } from 'vitest';
import { contractProperty } from './contract';
import { assertInSuite } from './suite';

it('answers every channel, given real payloads edited at their edges or any value, with a value or a refusal of ours', async () => {
  await assertInSuite(contractProperty, 50);
}, 120_000);
