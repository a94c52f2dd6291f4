/**
 * Mutations of real inputs, as data (so that a counterexample prints as the edits that made it): edits of
 * text, of bytes, and of JSON-like values at a path. Positions are taken modulo the input's length, so
 * every edit applies to any input and shrinks towards its start.
 */
import fc from 'fast-check';

/** How far the generators go: the suite keeps each case small and quick, a long run goes further. */
export type Scale = 'suite' | 'long';

// A long run repeats a character tens of thousands of times, enough to reach the inputs known to be slow.
const LONGEST_REPEAT: Record<Scale, number> = { suite: 2_000, long: 60_000 };

/** Pieces that mean something to one of the readers: Markdown, Word's XML, dates, the French spaces, other scripts. */
const SNIPPETS = [
  '[', ']', '](', '](https://example.org)', '[lien](https://exemple.fr/a?b=c)', '**', '*', '_', '`', '```', '~~', '\\', '<', '>', '&', '&amp;', '&#0;', '<b>gras</b>',
  '# ', '## ', '### CONTACTS', '- ', '* ', '1. ', '> ', '| a | b |', '---', '\n', '\n\n', '\r\n', '\r', '\t', '  \n', '\f',
  '\u00a0', '\u202f', '\u00ad', '\u200b', '\u2028', '\ufeff', '\u0301', '\u0000', '\u0007', '\u007f', '\ud800', '🚀', '漢字', 'שלום', 'Съешь же ещё',
  '31 février 2019', '30 février 2019', '2019-02-30', '27 août 2019', 'CP124-2019', 'cp124-2019', 'Tél. 01 44 76 75 39', 'pascale.bresson@cnes.fr', '@',
  'https://', 'javascript:alert(1)', 'mailto:', 'Anticonstitutionnellement', 'https://example.org/'.concat('a'.repeat(200)), '<w:p>', '</w:t>', '<w:t xml:space="preserve">',
];

const REPEATED = ['[', ']', '*', '_', '`', '<', '#', '>', '\n', ' ', '-', '|', '\u00a0', 'é', 'я'];

const position = fc.oneof(fc.nat(64), fc.nat());
const span = fc.oneof(fc.nat(8), fc.nat(400));
const inserted = fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 12 }));

export type TextEdit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete' | 'duplicate'; at: number; length: number }
  | { op: 'replace'; at: number; length: number; text: string }
  | { op: 'repeat'; at: number; text: string; times: number }
  | { op: 'swapLines'; a: number; b: number };

export function textEdit(scale: Scale): fc.Arbitrary<TextEdit> {
  return fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at: position, text: inserted }),
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: position, length: span }),
    fc.record({ op: fc.constant('replace' as const), at: position, length: span, text: inserted }),
    fc.record({ op: fc.constant('repeat' as const), at: position, text: fc.constantFrom(...REPEATED), times: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: LONGEST_REPEAT[scale] })) }),
    fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  );
}

export function textEdits(scale: Scale): fc.Arbitrary<TextEdit[]> {
  return fc.array(textEdit(scale), { minLength: 1, maxLength: 4 });
}

function applyTextEdit(text: string, edit: TextEdit): string {
  if (edit.op === 'swapLines') {
    const lines = text.split('\n');
    const a = edit.a % lines.length;
    const b = edit.b % lines.length;
    [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
    return lines.join('\n');
  }
  const at = edit.at % (text.length + 1);
  if (edit.op === 'insert') return text.slice(0, at) + edit.text + text.slice(at);
  if (edit.op === 'repeat') return text.slice(0, at) + edit.text.repeat(edit.times) + text.slice(at);
  const end = Math.min(text.length, at + edit.length);
  if (edit.op === 'delete') return text.slice(0, at) + text.slice(end);
  if (edit.op === 'duplicate') return text.slice(0, end) + text.slice(at, end) + text.slice(end);
  return edit.op === 'replace' ? text.slice(0, at) + edit.text + text.slice(end) : text;
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return edits.reduce(applyTextEdit, text);
}

export type ByteEdit =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number };

// Headers sit in the first bytes (a PNG's size, a zip's first entry): edits land there often.
const bytePosition = fc.oneof(fc.nat(40), fc.nat());

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: bytePosition, bit: fc.nat(7) }),
  fc.record({ op: fc.constant('set' as const), at: bytePosition, value: fc.constantFrom(0, 0x7f, 0x80, 0xff) }),
  fc.record({ op: fc.constant('insert' as const), at: bytePosition, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ op: fc.constant('delete' as const), at: bytePosition, length: span }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

export const byteEdits: fc.Arbitrary<ByteEdit[]> = fc.array(byteEdit, { minLength: 1, maxLength: 4 });

function applyByteEdit(bytes: Uint8Array, edit: ByteEdit): Uint8Array {
  if (bytes.length === 0) return edit.op === 'insert' ? edit.bytes : bytes;
  const at = edit.at % bytes.length;
  const copy = new Uint8Array(bytes);
  if (edit.op === 'flip') copy[at] = (copy[at] as number) ^ (1 << edit.bit);
  if (edit.op === 'set') copy[at] = edit.value;
  if (edit.op === 'flip' || edit.op === 'set') return copy;
  if (edit.op === 'insert') return new Uint8Array([...bytes.subarray(0, at), ...edit.bytes, ...bytes.subarray(at)]);
  if (edit.op === 'truncate') return bytes.slice(0, at);
  return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(Math.min(bytes.length, at + edit.length))]);
}

export function applyByteEdits(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  return edits.reduce(applyByteEdit, bytes);
}

/** Values a validator must weigh with care: impossible days and zones, the edges of numbers and strings. */
const NEAR_VALUES: unknown[] = [
  '', ' ', '2019-02-30', '2019-02-29', '2019-13-01', '0000-00-00', '2019-8-27', '2019-08-27T25:00:00+02:00', '2019-08-27T10:00:00+14:30',
  'Mars/Olympus', 'Europe/Paris', 'UTC', 'fr', 'de', 'draft', 'letter', 'CP124-2019', 'cp124-2019', ' CP124-2019 ', 'x'.repeat(41), 'x'.repeat(300),
  '../../presskit.json', 'a\u0000b', '#GGGGGG', '#ffffff', 'https://exemple.fr', 'javascript:alert(1)', 'Noto Sans', 'Comic Sans',
  '{n}', 'CP-{yyyy}', 'a@b', 'pascale.bresson@cnes.fr', 0, -1, 1, 5, 4.9, 60.1, 10.5, 1e308, -0, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY,
  null, true, false, [], {}, [null], new Uint8Array(), new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
];

export type Path = Array<string | number>;

export type ValueEdit =
  | { op: 'delete' | 'duplicate' | 'recase'; target: number }
  | { op: 'replace'; target: number; value: unknown }
  | { op: 'editText'; target: number; edits: TextEdit[] }
  | { op: 'editBytes'; target: number; edits: ByteEdit[] }
  | { op: 'addKey'; target: number; key: string; value: unknown };

export function valueEdit(scale: Scale): fc.Arbitrary<ValueEdit> {
  const value = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NEAR_VALUES) }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });
  return fc.oneof(
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'recase' as const), target: fc.nat() }),
    fc.record({ op: fc.constant('replace' as const), target: fc.nat(), value }),
    fc.record({ op: fc.constant('editText' as const), target: fc.nat(), edits: textEdits(scale) }),
    fc.record({ op: fc.constant('editBytes' as const), target: fc.nat(), edits: byteEdits }),
    fc.record({ op: fc.constant('addKey' as const), target: fc.nat(), key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'extra'), fc.string({ maxLength: 8 })), value }),
  );
}

export function valueEdits(scale: Scale): fc.Arbitrary<ValueEdit[]> {
  return fc.array(valueEdit(scale), { minLength: 1, maxLength: 3 });
}

function isContainer(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array);
}

/** Every path in `value`, the root first. */
function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (isContainer(value)) for (const key of Object.keys(value)) pathsOf(value[key], [...path, Array.isArray(value) ? Number(key) : key], into);
  return into;
}

function applyValueEdit(root: unknown, edit: ValueEdit): unknown {
  const paths = pathsOf(root);
  const path = paths[edit.target % paths.length] as Path;
  const key = path.at(-1);
  const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], root) as Record<string | number, unknown> | undefined;
  const current = key === undefined ? root : parent?.[key];
  const set = (next: unknown): unknown => {
    if (key === undefined || !parent) return next;
    parent[key] = next;
    return root;
  };
  switch (edit.op) {
    case 'delete':
      if (key === undefined || !parent) return undefined;
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
      return root;
    case 'duplicate':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 0, structuredClone(current));
      return root;
    case 'recase':
      return typeof current === 'string' ? set(current === current.toUpperCase() ? current.toLowerCase() : current.toUpperCase()) : root;
    case 'replace':
      return set(edit.value);
    case 'editText':
      return typeof current === 'string' ? set(applyTextEdits(current, edit.edits)) : root;
    case 'editBytes':
      return current instanceof Uint8Array ? set(applyByteEdits(current, edit.edits)) : root;
    case 'addKey':
      if (isContainer(current) && !Array.isArray(current)) Object.defineProperty(current, edit.key, { value: edit.value, enumerable: true, configurable: true, writable: true });
      return root;
  }
}

/** The value after the edits, the original left as it was. */
export function applyValueEdits(value: unknown, edits: readonly ValueEdit[]): unknown {
  return edits.reduce(applyValueEdit, structuredClone(value));
}
