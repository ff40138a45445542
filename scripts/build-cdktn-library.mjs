// Compiles the CDK Terrain tree (lib/cdktn: cdktn's generated bindings and its index) into dist/lib/cdktn,
// with the hand-written constructs of lib/constructs in it, so they are written once for both CDKs:
//
//   - lib/constructs is mounted at lib/cdktn/constructs for the compiler, so a construct's
//     `../providers/authtoken/…` reaches cdktn's bindings, and its output lands beside them, where those
//     relative imports hold at run time too;
//   - `cdktf` (and `cdktf/lib/…`) resolves to cdktn for type checking, and is written `cdktn` in the emitted
//     JavaScript and declarations: the fork keeps cdktf's API and module layout.
//
// Run by scripts/build.mjs; `node scripts/build-cdktn-library.mjs` on its own works too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tree = join(root, 'lib/cdktn');
const mountPoint = join(tree, 'constructs');
const mounted = join(root, 'lib/constructs');
const outDir = join(root, 'dist/lib/cdktn');

/** Where a path the compiler asks for really is. */
function realPath(path) {
  if (path === mountPoint || path.startsWith(mountPoint + sep) || path.startsWith(mountPoint + '/')) return mounted + path.slice(mountPoint.length);
  return path;
}

const CDKTF = /^cdktf(\/.*)?$/;
const toCdktn = (specifier) => specifier.replace(CDKTF, 'cdktn$1');

/** Rewrites `cdktf` module specifiers (imports, exports, import types) to `cdktn`. */
function cdktfToCdktn(context) {
  const { factory } = context;
  const literal = (node) => (node !== undefined && ts.isStringLiteral(node) && CDKTF.test(node.text) ? factory.createStringLiteral(toCdktn(node.text)) : undefined);
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const spec = literal(node.moduleSpecifier);
      if (spec) return factory.updateImportDeclaration(node, node.modifiers, node.importClause, spec, node.attributes);
    } else if (ts.isExportDeclaration(node)) {
      const spec = literal(node.moduleSpecifier);
      if (spec) return factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, spec, node.attributes);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const spec = literal(node.argument.literal);
      if (spec) return factory.updateImportTypeNode(node, factory.updateLiteralTypeNode(node.argument, spec), node.attributes, node.qualifier, node.typeArguments, node.isTypeOf);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit);
}

export function buildCdktnLibrary() {
  const config = ts.readConfigFile(join(root, 'lib/tsconfig.json'), ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, join(root, 'lib'));
  const options = {
    ...parsed.options,
    rootDir: tree,
    outDir,
    baseUrl: root,
    paths: { cdktf: ['node_modules/cdktn'], 'cdktf/*': ['node_modules/cdktn/*'] },
  };
  const host = ts.createCompilerHost(options);
  const real = { fileExists: host.fileExists, readFile: host.readFile, directoryExists: host.directoryExists, getDirectories: host.getDirectories };
  host.fileExists = (f) => real.fileExists(realPath(f));
  host.readFile = (f) => real.readFile(realPath(f));
  host.directoryExists = (d) => real.directoryExists(realPath(d));
  host.getDirectories = (d) => real.getDirectories(realPath(d));
  // The mounted files keep their mounted names: that is where they are emitted and resolve from.
  host.realpath = (p) => p;
  host.getSourceFile = (fileName, languageVersion, onError) => {
    const text = real.readFile(realPath(fileName));
    if (text === undefined) {
      onError?.(`cannot read ${fileName}`);
      return undefined;
    }
    return ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [join(tree, 'index.ts')], options, host });
  // Type-checked against cdktn only: a construct that used something cdktf has and cdktn lacks fails here.
  const cdktf = program.getSourceFiles().filter((f) => f.fileName.includes('/node_modules/cdktf/'));
  if (cdktf.length > 0) throw new Error(`lib/cdktn was compiled against cdktf: ${cdktf[0].fileName}`);
  const emitted = program.emit(undefined, undefined, undefined, false, { before: [cdktfToCdktn], afterDeclarations: [cdktfToCdktn] });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' });
    throw new Error(`compiling lib/cdktn failed:\n${text}`);
  }
  // Nothing of cdktf may be left: a CDK Terrain app has no cdktf installed.
  const left = emittedFiles(outDir).filter((f) => /(?:require\(|from |import\()\s*["']cdktf["'/]/.test(readFileSync(f, 'utf8')));
  if (left.length > 0) throw new Error(`dist/lib/cdktn still imports cdktf: ${left.map((f) => relative(root, f)).join(', ')}`);
  if (!existsSync(join(outDir, 'constructs/rotating-token.js'))) throw new Error('dist/lib/cdktn: the constructs were not compiled');
}

function emittedFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? emittedFiles(join(dir, e.name)) : /\.(js|d\.ts)$/.test(e.name) ? [join(dir, e.name)] : []));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildCdktnLibrary();
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
