// What a source file defines, read from its syntax tree:
// - React components: module-level functions with a capitalised name whose body holds JSX
//   (`function Button() {…}`, `const Row = () => …`, also when wrapped in a call such as
//   `forwardRef(…)`). A styled component (`const Title = styled.h1`…``) is not one: it is a
//   styling-library call.
// - Styling-library calls: every call or tagged template of a function imported from the kit's
//   styling packages (styled.h1`…`, css`…`, style({…}), recipe({…}), cva(…), clsx(…)), a chain
//   such as styled.input.attrs({…})`…` counted once, a call nested in another counted too.
import ts from "typescript";

export interface Definitions {
  reactComponents: number;
  stylingCalls: number;
}

function holdsJsx(node: ts.Node): boolean {
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) {
    return true;
  }
  return ts.forEachChild(node, holdsJsx) ?? false;
}

/** A function, or a call whose arguments hold one (`forwardRef(function …)`, `memo(() => …)`). */
function componentBody(expression: ts.Expression): ts.Node | undefined {
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) return expression;
  if (ts.isCallExpression(expression)) {
    for (const argument of expression.arguments) {
      const body = componentBody(argument);
      if (body) return body;
    }
  }
  return undefined;
}

const capitalised = /^[A-Z]/;

function countReactComponents(file: ts.SourceFile): number {
  let count = 0;
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement)) {
      if (statement.name && capitalised.test(statement.name.text) && holdsJsx(statement)) count++;
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !capitalised.test(declaration.name.text))
          continue;
        const body = declaration.initializer && componentBody(declaration.initializer);
        if (body && holdsJsx(body)) count++;
      }
    }
  }
  return count;
}

/** Local names bound by value imports from the given packages (`import type` left out). */
function importedNames(file: ts.SourceFile, packages: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly || !packages.has(statement.moduleSpecifier.text)) continue;
    if (clause.name) names.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (!element.isTypeOnly) names.add(element.name.text);
      }
    }
  }
  return names;
}

/** What a link of a callee chain is applied to: `a.b` → a, `f(x)` → f, tag`…` → tag. */
function calleeOf(node: ts.Node): ts.Node | undefined {
  if (ts.isTaggedTemplateExpression(node)) return node.tag;
  if (
    ts.isCallExpression(node) ||
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isNonNullExpression(node)
  ) {
    return node.expression;
  }
  return undefined;
}

/** The callee chain of a call or tagged template, its root last: styled.input.attrs({…})`…` → […, styled]. */
function calleeChain(node: ts.Node): ts.Node[] {
  const chain: ts.Node[] = [];
  for (let link = calleeOf(node); link; link = calleeOf(link)) chain.push(link);
  return chain;
}

function countStylingCalls(file: ts.SourceFile, packages: ReadonlySet<string>): number {
  const names = importedNames(file, packages);
  if (names.size === 0) return 0;
  const partOfCounted = new Set<ts.Node>();
  let count = 0;
  const visit = (node: ts.Node) => {
    if (
      (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) &&
      !partOfCounted.has(node)
    ) {
      const chain = calleeChain(node);
      const root = chain.at(-1);
      if (root && ts.isIdentifier(root) && names.has(root.text)) {
        count++;
        for (const link of chain) partOfCounted.add(link);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count;
}

export function countDefinitions(
  fileName: string,
  text: string,
  stylingPackages: ReadonlySet<string>,
): Definitions {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  return {
    reactComponents: countReactComponents(file),
    stylingCalls: countStylingCalls(file, stylingPackages),
  };
}
