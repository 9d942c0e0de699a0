import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The shape of the code, checked on every test run from the TypeScript sources themselves:
 *   (a) no import cycles among files (relative and `@app/*` imports, type-only ones included:
 *       a type-only cycle still means two files that cannot be read, moved or tested apart);
 *   (b) apps never import other apps; libs never import apps; neither imports the launcher,
 *       bench, tools or tests;
 *   (c) libs/domain does no I/O: no I/O modules of Node, no drivers or SDKs, nothing outside
 *       libs/domain (so neither infrastructure nor application);
 *   (d) libs/infrastructure never imports libs/application;
 *   (e) libs/application never imports telegraf, express or pg;
 *   (f) production code never imports the test stand-ins (`@app/infrastructure/testing`) or test
 *       code (the local-mode launcher, bench, tools and tests may);
 *   (g) libs/texts (the words users read, used by the bot and the worker) is the channels' own:
 *       libs/application and libs/infrastructure never import it, and it never imports
 *       libs/application.
 * Rules (b) to (g) are about the production code under apps/ and libs/: test code beside it (a
 * `.spec.ts`, or a helper of specs, which imports vitest) may read fixture files or open a
 * database. Each violation is printed as `file → import`.
 */

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['apps', 'libs', 'launcher', 'bench', 'tools', 'test'];

/**
 * Known violations, each with why it is there and what removes it: empty when this check was
 * written (issue 10), and meant to stay short. An entry that no longer matches anything is
 * reported as stale. A cycle is listed by its files: it passes only while every file in it is in
 * the same entry, so a file that joins it, or a new cycle, fails.
 */
const KNOWN_CYCLES: { files: string[]; why: string }[] = [];
/** Imports breaking rules (b) to (g), as printed: `file → import as written`. */
const KNOWN_VIOLATIONS: { violation: string; why: string }[] = [];

const ALIASES: [prefix: string, dir: string][] = [
  ['@app/domain', 'libs/domain/src'],
  ['@app/infrastructure', 'libs/infrastructure/src'],
  ['@app/application', 'libs/application/src'],
  ['@app/texts', 'libs/texts/src'],
];

/** Node modules that reach outside the process (files, network, processes, terminals, threads). */
const NODE_IO = new Set([
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'dns/promises',
  'tls',
  'child_process',
  'cluster',
  'worker_threads',
  'readline',
  'readline/promises',
  'inspector',
  'repl',
  'tty',
  'os',
]);

/** The packages libs/domain may use: pure computation, no I/O. */
const DOMAIN_PACKAGES = new Set(['uuid', 'zod']);
/** Channel and storage technologies the application layer reaches only through ports. */
const APPLICATION_FORBIDDEN = ['telegraf', '@telegraf/session', 'express', '@nestjs/platform-express', 'pg', 'pg-pool'];

interface Import {
  /** As written. */
  specifier: string;
  /** The repository file it names (relative to the root), for relative and `@app/*` imports. */
  file?: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      if (name === 'node_modules' || name === 'dist' || name === 'fixtures' || name.startsWith('.')) continue;
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path.relative(ROOT, full));
    }
  };
  if (existsSync(path.join(ROOT, dir))) walk(path.join(ROOT, dir));
  return out;
}

/** The file an import names: `x` as `x.ts`, `x/index.ts`, or `x.js` written for `x.ts`. */
function resolveFile(base: string): string | undefined {
  const stem = base.replace(/\.(c|m)?js$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.mts`, `${stem}.cts`, path.join(base, 'index.ts')];
  for (const candidate of candidates) {
    const full = path.join(ROOT, candidate);
    if (existsSync(full) && statSync(full).isFile()) return path.normalize(candidate);
  }
  return undefined;
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return resolveFile(path.join(path.dirname(from), specifier));
  for (const [prefix, dir] of ALIASES) {
    if (specifier === prefix) return resolveFile(path.join(dir, 'index.ts'));
    if (specifier.startsWith(`${prefix}/`)) return resolveFile(path.join(dir, specifier.slice(prefix.length + 1)));
  }
  return undefined;
}

/** Every import of a file: `import`, `export … from`, `import x = require()`, `require()`, `import()`. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, false);
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => found.push({ specifier, typeOnly, file: resolveImport(file, specifier) });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, Boolean(node.importClause?.isTypeOnly));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node.moduleReference.expression.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0]!)
    ) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The package an import names (`pg` for `pg/lib/x`, `@scope/name`, `fs` for `node:fs`), or undefined for a file. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || ALIASES.some(([prefix]) => specifier === prefix || specifier.startsWith(`${prefix}/`))) return undefined;
  const bare = specifier.replace(/^node:/, '');
  if (builtinModules.includes(bare)) return bare;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const TESTING_DIR = 'libs/infrastructure/src/testing/';
const isProduction = (file: string) => /^(apps|libs)\//.test(file) && !file.startsWith(TESTING_DIR);
const appOf = (file: string) => /^apps\/([^/]+)\//.exec(file)?.[1];

/** Rules (b) to (g) for one import of one production file: the broken rule, or undefined. */
function brokenRule(file: string, imported: Import, testCode: Set<string>): string | undefined {
  const target = imported.file;
  if (target && (target.startsWith(TESTING_DIR) || testCode.has(target))) return 'production code never imports test stand-ins or test code';
  const pkg = packageOf(imported.specifier);
  const app = appOf(file);
  if (app && target) {
    const targetApp = appOf(target);
    if (targetApp && targetApp !== app) return 'apps never import other apps';
  }
  if (file.startsWith('libs/') && target?.startsWith('apps/')) return 'libs never import apps';
  if (target && /^(launcher|bench|tools|test)\//.test(target)) return 'apps and libs never import the launcher, bench, tools or tests';
  if (file.startsWith('libs/domain/')) {
    if (target && !target.startsWith('libs/domain/')) return 'libs/domain imports nothing outside libs/domain';
    if (pkg && NODE_IO.has(pkg)) return 'libs/domain does no I/O';
    // Packages: pure ones only; every driver, SDK and framework is I/O or wiring.
    if (pkg && !builtinModules.includes(pkg) && !DOMAIN_PACKAGES.has(pkg)) return `libs/domain does no I/O (package ${pkg} is not in the domain's list)`;
  }
  if (file.startsWith('libs/infrastructure/') && target?.startsWith('libs/application/')) return 'libs/infrastructure never imports libs/application';
  if (/^libs\/(application|infrastructure)\//.test(file) && target?.startsWith('libs/texts/')) return 'only channels (apps) word things for users: libs/texts is theirs';
  if (file.startsWith('libs/texts/') && target?.startsWith('libs/application/')) return 'libs/texts never imports libs/application';
  if (file.startsWith('libs/application/') && pkg && APPLICATION_FORBIDDEN.some((forbidden) => pkg === forbidden)) {
    return `libs/application never imports ${pkg}`;
  }
  return undefined;
}

/** Strongly connected components of more than one file (Tarjan), each with one cycle through it. */
function cycles(graph: Map<string, string[]>): { files: string[]; path: string[] }[] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) connect(node);
  // One concrete cycle per component, for the message: the shortest way back to its first file.
  return components.map((files) => {
    const inside = new Set(files);
    const start = files[0]!;
    const previous = new Map<string, string>();
    const queue = [start];
    let end: string | undefined;
    while (queue.length > 0 && !end) {
      const at = queue.shift()!;
      for (const next of graph.get(at) ?? []) {
        if (!inside.has(next)) continue;
        if (next === start) {
          end = at;
          break;
        }
        if (!previous.has(next)) {
          previous.set(next, at);
          queue.push(next);
        }
      }
    }
    const route = [start];
    for (let at = end; at && at !== start; at = previous.get(at)) route.splice(1, 0, at);
    return { files, path: [...route, start] };
  });
}

function scan() {
  const files = SOURCE_DIRS.flatMap(sourceFiles);
  const imports = new Map(files.map((file) => [file, importsOf(file)]));
  const graph = new Map<string, string[]>();
  const testCode = new Set(files.filter((file) => /\.(spec|test)\.m?ts$/.test(file) || imports.get(file)!.some((imported) => imported.specifier === 'vitest')));
  const violations: { violation: string; rule: string }[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    graph.set(file, [...new Set(imports.get(file)!.flatMap((imported) => (imported.file ? [imported.file] : [])))]);
    for (const imported of imports.get(file)!) {
      if (!imported.file && packageOf(imported.specifier) === undefined) unresolved.push(`${file} → ${imported.specifier}`);
      if (!isProduction(file) || testCode.has(file)) continue;
      const rule = brokenRule(file, imported, testCode);
      if (rule) violations.push({ violation: `${file} → ${imported.specifier}`, rule: `${rule}${imported.typeOnly ? ' (a type-only import)' : ''}` });
    }
  }
  return { files, graph, violations, unresolved };
}

describe('architecture: the import rules hold', () => {
  const { files, graph, violations, unresolved } = scan();

  it('reads the sources (every relative and @app import resolves to a file)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(unresolved, 'imports that name no file').toEqual([]);
  });

  it('(a) no file imports another that imports it back (no cycles, type-only imports included)', () => {
    const found = cycles(graph);
    const unexpected = found.filter((cycle) => !KNOWN_CYCLES.some((known) => cycle.files.every((file) => known.files.includes(file))));
    for (const known of KNOWN_CYCLES) {
      if (!found.some((cycle) => cycle.files.some((file) => known.files.includes(file)))) console.warn(`stale KNOWN_CYCLES entry (remove it): ${known.files.join(', ')}`);
    }
    const show = (cycle: { files: string[]; path: string[] }) => `${cycle.path.join(' → ')}${cycle.files.length > cycle.path.length - 1 ? ` (${cycle.files.length} files in the cycle)` : ''}`;
    if (found.length > 0) console.log(`import cycles:\n${found.map((cycle) => `  ${show(cycle)}`).join('\n')}`);
    expect(unexpected.map(show), 'new import cycles').toEqual([]);
  });

  it('(b)–(f) apps never import apps; domain has no I/O; infrastructure never imports application; application never imports telegraf, express or pg; production code never imports test stand-ins', () => {
    const line = ({ violation, rule }: { violation: string; rule: string }) => `${violation}: ${rule}`;
    const unexpected = violations.filter(({ violation }) => !KNOWN_VIOLATIONS.some((known) => known.violation === violation));
    for (const known of KNOWN_VIOLATIONS) {
      if (!violations.some(({ violation }) => violation === known.violation)) console.warn(`stale KNOWN_VIOLATIONS entry (remove it): ${known.violation}`);
    }
    if (violations.length > 0) console.log(`layer violations:\n${violations.map((found) => `  ${line(found)}`).join('\n')}`);
    expect(unexpected.map(line), 'new layer violations').toEqual([]);
  });
});
