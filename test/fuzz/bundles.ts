/**
 * `.presskit.json` bundles: the demo archive's backup, mutated as a value, as text and as bytes, then
 * imported (into an empty or the demo archive) or restored. Accepted, or refused with a sentence of ours
 * and the store left byte-identical; what is accepted keeps the archive's rules.
 */
import fc from 'fast-check';
import { applyByteEdits, applyTextEdits, applyValueEdits, byteEdits, textEdits, valueEdits, type ByteEdit, type Scale, type TextEdit, type ValueEdit } from './mutations';
import { expectStoreUnchanged, inSandbox, storeFileBytes, type Template } from './sandbox';
import { call } from './call';
import { expectSoundStore } from './verdict';
import type { FuzzProperty } from './property';

export interface BundleCase {
  action: 'import' | 'restore';
  into: Template;
  value: ValueEdit[];
  text: TextEdit[];
  bytes: ByteEdit[];
}

let backup: Promise<unknown> | undefined;

/** The demo archive as `presskit backup` writes it, parsed once. */
export function demoBackup(): Promise<unknown> {
  backup ??= inSandbox('demo', async (app) => JSON.parse(new TextDecoder().decode((await app.api['bundle.export']({})).bytes)) as unknown);
  return backup;
}

async function bundleBytes(value: BundleCase): Promise<Uint8Array> {
  const edited = value.value.length > 0 ? applyValueEdits(await demoBackup(), value.value) : await demoBackup();
  const text = applyTextEdits(JSON.stringify(edited, null, 2) ?? '', value.text);
  return applyByteEdits(new TextEncoder().encode(text), value.bytes);
}

export function bundleCase(scale: Scale): fc.Arbitrary<BundleCase> {
  return fc.record({
    action: fc.constantFrom('import' as const, 'restore' as const),
    into: fc.constantFrom<Template>('empty', 'demo'),
    value: fc.oneof({ weight: 3, arbitrary: valueEdits(scale) }, { weight: 1, arbitrary: fc.constant<ValueEdit[]>([]) }),
    text: fc.oneof({ weight: 3, arbitrary: fc.constant<TextEdit[]>([]) }, { weight: 1, arbitrary: textEdits(scale) }),
    bytes: fc.oneof({ weight: 4, arbitrary: fc.constant<ByteEdit[]>([]) }, { weight: 1, arbitrary: byteEdits }),
  });
}

export const bundles: FuzzProperty<BundleCase> = {
  name: 'bundles',
  arbitrary: bundleCase,
  check: async (value) => {
    const bytes = await bundleBytes(value);
    await inSandbox(value.into, async (app) => {
      const before = storeFileBytes(app);
      const outcome =
        value.action === 'import'
          ? await call(app.api, 'releases.import', { files: [{ name: 'archive.presskit.json', bytes }] })
          : await call(app.api, 'bundle.restore', { bytes });
      if (outcome.ok) expectSoundStore(await app.store.read());
      else expectStoreUnchanged(app, before, `the bundle's ${value.action}`);
    });
  },
};
