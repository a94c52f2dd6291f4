/**
 * Every refusal and notice main raises is worded in both languages: the source of main/ is read with the
 * TypeScript compiler, every code handed to a function that takes a wording code is collected with the
 * values given beside it, and each is worded in French and English with those values in place.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordDetail, type WordingLanguage } from '../../../main/core/wording';
import { fr } from '../../../main/core/wording/fr';

const ROOT = join(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'main');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function sentencePaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : sentencePaths(value as object, `${prefix}${key}.`)));
}

/** The codes: every sentence but the `name_context` variants. */
const CODES = new Set(sentencePaths(fr).filter((path) => !path.includes('_')));

interface Site {
  place: string;
  codes: string[];
  params: string[];
}

function program(): { checker: ts.TypeChecker; files: ts.SourceFile[] } {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const roots = tsFiles(MAIN);
  const built = ts.createProgram(roots, { ...config?.options, noEmit: true });
  return { checker: built.getTypeChecker(), files: roots.map((file) => built.getSourceFile(file) as ts.SourceFile) };
}

/** The codes a type allows, when it is made of wording codes only; null for anything else. */
function codesOfType(type: ts.Type): string[] | null {
  const members = type.isUnion() ? type.types : [type];
  const values = members.map((member) => (member.isStringLiteral() ? member.value : null));
  return values.length > 0 && values.every((value): value is string => value !== null && CODES.has(value)) ? values : null;
}

function codesOf(checker: ts.TypeChecker, node: ts.Expression): string[] | null {
  return codesOfType(checker.getTypeAtLocation(node));
}

function isSuperOfUserError(node: ts.CallExpression): boolean {
  if (node.expression.kind !== ts.SyntaxKind.SuperKeyword) return false;
  let up: ts.Node | undefined = node.parent;
  while (up && !ts.isClassLike(up)) up = up.parent;
  return (up?.heritageClauses ?? []).some((clause) => clause.types.some((type) => type.expression.getText() === 'UserError'));
}

/** The value names an object literal gives (a spread gives its type's), or a variable holding one. */
function paramNames(checker: ts.TypeChecker, node: ts.Expression | undefined): string[] {
  if (!node || !(ts.isObjectLiteralExpression(node) || ts.isIdentifier(node))) return [];
  return checker.getPropertiesOfType(checker.getTypeAtLocation(node)).map((property) => property.name);
}

/** `{ ...params, file }` where `params` is any set of values: a helper's, given where the helper is called. */
function spreadsValuesFromElsewhere(checker: ts.TypeChecker, node: ts.ObjectLiteralExpression): boolean {
  return node.properties.some((p) => ts.isSpreadAssignment(p) && checker.getTypeAtLocation(p.expression).getStringIndexType() !== undefined);
}

function place(file: ts.SourceFile, node: ts.Node): string {
  return `${relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
}

/**
 * The places main words a code: calls whose first parameter takes wording codes (UserError, a notice, a
 * refusal helper), and `{ code, params }` objects. A code handed on with values written elsewhere (a
 * helper's own parameters, a UserError rebuilt from a worker's answer) is collected where it was written.
 */
function collect(): { sites: Site[]; constructions: { place: string; coded: boolean }[] } {
  const { checker, files } = program();
  const sites: Site[] = [];
  const constructions: { place: string; coded: boolean }[] = [];
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const [first, second] = node.arguments ?? [];
        const parameter = checker.getResolvedSignature(node)?.parameters[0];
        const takesCode = parameter !== undefined && codesOfType(checker.getTypeOfSymbolAtLocation(parameter, node)) !== null;
        const isUserError = ts.isNewExpression(node) ? node.expression.getText(file) === 'UserError' : isSuperOfUserError(node);
        if (isUserError) constructions.push({ place: place(file, node), coded: first !== undefined && codesOf(checker, first) !== null });
        const codes = first && (takesCode || isUserError) ? codesOf(checker, first) : null;
        const passedOn = !ts.isStringLiteralLike(first ?? node) && !ts.isTemplateExpression(first ?? node) && second !== undefined && (!ts.isObjectLiteralExpression(second) || spreadsValuesFromElsewhere(checker, second));
        if (codes && !passedOn) sites.push({ place: place(file, node), codes, params: paramNames(checker, second) });
      }
      if (ts.isObjectLiteralExpression(node)) {
        const code = node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(file) === 'code');
        const params = node.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name.getText(file) === 'params');
        const codes = code && ts.isStringLiteralLike(code.initializer) ? codesOf(checker, code.initializer) : null;
        const given = params && (ts.isShorthandPropertyAssignment(params) ? params.name : (params as ts.PropertyAssignment).initializer);
        if (codes) sites.push({ place: place(file, node), codes, params: paramNames(checker, given) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { sites, constructions };
}

describe('every code main raises', () => {
  let found: ReturnType<typeof collect>;
  // Type-checking main/ takes a few seconds of CPU, more on a loaded machine.
  beforeAll(() => {
    found = collect();
  }, 300_000);

  it('finds the refusals and notices of every layer', () => {
    const codes = new Set(found.sites.flatMap((site) => site.codes));
    for (const code of ['release.notFound', 'disk.full', 'store.recovered', 'cli.unknownCommand', 'web.portTaken', 'request.invalid', 'export.cancelled', 'export.logoMissing', 'bundle.duplicate']) {
      expect(codes, code).toContain(code);
    }
  });

  it('is worded in French and in English, with every value it needs given where it is raised', () => {
    const unworded = found.sites.flatMap((site) =>
      site.codes.flatMap((code) =>
        (['fr', 'en'] as WordingLanguage[]).flatMap((language) => {
          const params = Object.fromEntries(site.params.filter((name) => name !== 'context').map((name) => [name, `‹${name}›`]));
          const text = wordDetail({ code, params }, language);
          return text === null || /\{\{\w+\}\}/u.test(text) ? [`${site.place} ${code} (${language}): ${text ?? 'no sentence'}`] : [];
        }),
      ),
    );
    expect(unworded).toEqual([]);
  });

  it('is never a UserError built without a code', () => {
    expect(found.constructions.length).toBeGreaterThan(60);
    expect(found.constructions.filter((construction) => !construction.coded).map((construction) => construction.place)).toEqual([]);
  });
});
