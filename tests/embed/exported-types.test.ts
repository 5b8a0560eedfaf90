// Issue 10.5: every type used in a public signature is exported. Reads the bundled declarations
// (dist/index.d.ts, dist/core.d.ts and dist/sheets.d.ts) with the TypeScript compiler API: starting from what each
// entry exports, every type declared in the file that an exported declaration refers to (and so on,
// through interfaces and aliases) must itself be exported.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The names declared at the top of a .d.ts file that are used by its exports but not exported. */
export function unexportedTypes(text: string): string[] {
  const sf = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.Latest, true);
  const declared = new Map<string, ts.Node[]>();
  const exported = new Set<string>();
  const exportedLocal = new Set<string>();
  for (const st of sf.statements) {
    const name = (st as { name?: ts.Identifier }).name;
    if (name && ts.isIdentifier(name)) declared.set(name.text, [...(declared.get(name.text) ?? []), st]);
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) declared.set(d.name.text, [d]);
    const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    if (mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) && name) { exported.add(name.text); exportedLocal.add(name.text); }
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause) && !st.moduleSpecifier) {
      for (const el of st.exportClause.elements) { exported.add(el.name.text); exportedLocal.add((el.propertyName ?? el.name).text); }
    }
  }
  const missing = new Set<string>();
  const seen = new Set<string>();
  const queue = [...exportedLocal];
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const decl of declared.get(name) ?? []) {
      const visit = (node: ts.Node): void => {
        if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node) || ts.isTypeQueryNode(node)) {
          const ref = ts.isTypeReferenceNode(node) ? node.typeName : ts.isTypeQueryNode(node) ? node.exprName : node.expression;
          const first = ts.isIdentifier(ref) ? ref.text : ts.isQualifiedName(ref) ? leftmost(ref) : ts.isPropertyAccessExpression(ref) ? ref.expression.getText() : '';
          if (declared.has(first) && !isTypeParameter(node, first)) {
            if (!exportedLocal.has(first)) missing.add(first);
            queue.push(first);
          }
        }
        ts.forEachChild(node, visit);
      };
      // a function's body is not in a .d.ts; a class's private members are not public
      ts.forEachChild(decl, (child) => {
        if (ts.canHaveModifiers(child) && ts.getModifiers(child)?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) return;
        visit(child);
      });
    }
  }
  return [...missing].sort();
}

function leftmost(q: ts.QualifiedName): string {
  let n: ts.EntityName = q;
  while (ts.isQualifiedName(n)) n = n.left;
  return n.text;
}

function isTypeParameter(node: ts.Node, name: string): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    const params = (p as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }).typeParameters;
    if (params?.some((t) => t.name.text === name)) return true;
  }
  return false;
}

describe('issue 10.5: public types', () => {
  it('issue 10.5: the check finds a type used by an export but not exported', () => {
    expect(unexportedTypes('interface Hidden { a: number }\ninterface Shown { h: Hidden }\ndeclare function f(x: Shown): Hidden;\nexport { f, type Shown };\n')).toEqual(['Hidden']);
    expect(unexportedTypes('interface Hidden { a: number }\ndeclare function f(): Hidden;\nexport { f, type Hidden };\n')).toEqual([]);
  });

  for (const entry of ['index', 'core', 'sheets']) {
    it(`issue 10.5: every type in a public signature of dist/${entry}.d.ts is exported`, () => {
      const file = path.join(ROOT, 'dist', `${entry}.d.ts`);
      if (!existsSync(file)) throw new Error(`${file} is missing: build first (npm run build)`);
      expect(unexportedTypes(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
