import type { Expression, Program } from 'estree';
import type { MdxNodeRule } from './mdx-node-rule';

/** A string, number, boolean or null, a template without placeholders, or a list or object of those. */
function isPlainLiteral(expression: Expression): boolean {
  switch (expression.type) {
    case 'Literal':
      return !('regex' in expression);
    case 'TemplateLiteral':
      return expression.expressions.length === 0;
    case 'UnaryExpression':
      return expression.operator === '-' && expression.argument.type === 'Literal' && typeof expression.argument.value === 'number';
    case 'ArrayExpression':
      return expression.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isPlainLiteral(element));
    case 'ObjectExpression':
      return expression.properties.every(
        (property) =>
          property.type === 'Property' &&
          !property.computed &&
          property.kind === 'init' &&
          property.value.type !== 'AssignmentPattern' &&
          isPlainLiteral(property.value as Expression),
      );
    default:
      return false;
  }
}

/** The one expression inside braces; 'comment' when they hold only comments, 'other' for statements. */
function onlyExpression(program: Program | null | undefined): Expression | 'comment' | 'other' {
  if (!program || program.body.length === 0) return 'comment';
  const [statement] = program.body;
  return program.body.length === 1 && statement.type === 'ExpressionStatement' ? statement.expression : 'other';
}

/**
 * Code in braces runs when the page is built. Only comments in the text, and
 * plain values in component props (`width={800}`), are safe.
 */
export const noExpression: MdxNodeRule = {
  id: 'mdx/no-expression',
  summary: 'Curly braces may hold only a comment in the text, or a plain value (text, number, true/false) in a component prop.',
  hint: 'write the value itself, e.g. width={800} or title="Breathing", or remove the braces; {/* comments */} are fine',
  test(node) {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      return onlyExpression(node.data?.estree) === 'comment' ? undefined : `{${node.value.trim().slice(0, 40)}} is code, and posts may not run code`;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') return `{${attribute.value.slice(0, 40)}} in <${node.name}> is code, and posts may not run code`;
      const value = attribute.value;
      if (value && typeof value === 'object') {
        const expression = onlyExpression(value.data?.estree);
        if (expression === 'comment' || expression === 'other' || !isPlainLiteral(expression)) {
          return `${attribute.name}={${value.value.slice(0, 40)}} in <${node.name}> is code; a prop may only hold a plain value`;
        }
      }
    }
    return undefined;
  },
};
