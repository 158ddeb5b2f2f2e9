// @ts-check
/**
 * Rundown's import boundaries, as one ESLint rule: each relative import is resolved to a path in
 * the repository and checked against the zones below (configured in eslint.config.js). It needs no
 * module resolver: only where a file is matters, not what it exports.
 *
 * Options: {
 *   zones: [{ from: 'dir', disallow: ['dir'], except?: ['dir'], message }],
 *   siblings: [{ root: 'dir', targets?: 'RegExp source', allow?: [['from/dir', 'to/dir'], …], message }]
 * }
 * A sibling group: the folders directly under `root` do not import each other (only targets
 * matching `targets`, when given), except the listed pairs.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const posix = (p) => p.split(sep).join('/');
const inside = (path, dir) => path === dir || path.startsWith(`${dir}/`);

/** @type {import('eslint').Rule.RuleModule} */
export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports inside the module and layer boundaries the architecture draws' },
    schema: [
      {
        type: 'object',
        properties: {
          zones: { type: 'array' },
          siblings: { type: 'array' },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { zones = [], siblings = [] } = context.options[0] ?? {};
    const root = context.cwd;
    const file = posix(relative(root, context.filename));

    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = posix(relative(root, resolve(dirname(context.filename), source)));
      for (const zone of zones) {
        if (!inside(file, zone.from)) continue;
        if ((zone.except ?? []).some((dir) => inside(target, dir))) continue;
        if (zone.disallow.some((dir) => inside(target, dir))) context.report({ node, message: `${zone.message} (${file} → ${target})` });
      }
      for (const group of siblings) {
        if (!inside(file, group.root) || !inside(target, group.root)) continue;
        const own = file.slice(group.root.length + 1).split('/')[0];
        const other = target.slice(group.root.length + 1).split('/')[0];
        if (!own || !other || own === other) continue;
        if (group.targets && !new RegExp(group.targets).test(target)) continue;
        const allowed = (group.allow ?? []).some(([from, to]) => inside(file, from) && inside(target, to));
        if (!allowed) context.report({ node, message: `${group.message} (${own} → ${other}: ${file} → ${target})` });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export const rundownPlugin = { meta: { name: 'rundown' }, rules: { boundaries } };
