#!/usr/bin/env node
// Extracts every static BedrockFoundationModel member of the two pinned reference packages and writes
// data/reference-models.json, the input of tools/gen_catalog.cpp.
//
//   node tools/reference/extract_models.js [output.json]      (default: <repo>/data/reference-models.json)
//
// Run-time readable fields (modelId, supportsAgents, supportsCrossRegion, supportsKnowledgeBase, vectorDimensions,
// supportedVectorType) are read from the loaded objects. `legacy` and `optimizedForAgents` are accepted by the
// constructor but never stored, so they are recovered from the declarations: the original TypeScript embedded in
// the .js file's inline source map (sourcesContent), cross-checked against the compiled .js text. Every member must
// have exactly one declaration in each text, and the declared run-time flags must equal the loaded object's.
//
// The output is deterministic: members sorted by (modelId, vectorDimensions, member name), fixed key order, no
// timestamps, no paths.
'use strict';

const fs = require('fs');
const path = require('path');

const here = __dirname;
const outPath = process.argv[2] || path.join(here, '..', '..', 'data', 'reference-models.json');

function fail(msg) {
  process.stderr.write(`extract_models: ${msg}\n`);
  process.exit(1);
}

function pkgRoot(name) {
  return path.dirname(require.resolve(`${name}/package.json`, { paths: [here] }));
}
function pkgVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(pkgRoot(name), 'package.json'), 'utf8')).version;
}

// The two packages, how to reach their BedrockFoundationModel class, and the file that declares it.
const sources = [
  {
    key: 'alpha',
    name: '@aws-cdk/aws-bedrock-alpha',
    load: () => require(require.resolve('@aws-cdk/aws-bedrock-alpha', { paths: [here] })),
    file: 'bedrock/models.js',
  },
  {
    key: 'genai',
    name: '@cdklabs/generative-ai-cdk-constructs',
    load: () => require(require.resolve('@cdklabs/generative-ai-cdk-constructs', { paths: [here] })).bedrock,
    file: 'lib/cdk-lib/bedrock/models.js',
  },
];

// ---- a tiny scanner for JS/TS text: skips strings, template literals and comments -------------------------
function skipTrivia(text, i) {
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) ++i;
    if (text.startsWith('//', i)) {
      const e = text.indexOf('\n', i);
      i = e < 0 ? text.length : e + 1;
    } else if (text.startsWith('/*', i)) {
      const e = text.indexOf('*/', i + 2);
      if (e < 0) fail('unterminated comment');
      i = e + 2;
    } else {
      return i;
    }
  }
}
function skipString(text, i) {
  const q = text[i];
  for (++i; i < text.length; ++i) {
    if (text[i] === '\\') ++i;
    else if (text[i] === q) return i + 1;
  }
  fail('unterminated string');
}
// From the index of an opening bracket, returns the index just past its matching closing bracket.
function matchBracket(text, i) {
  const open = text[i];
  const close = { '(': ')', '{': '}', '[': ']' }[open];
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') { i = skipString(text, i); continue; }
    if (text.startsWith('//', i) || text.startsWith('/*', i)) { i = skipTrivia(text, i); continue; }
    if (c === '(' || c === '{' || c === '[') ++depth;
    else if (c === ')' || c === '}' || c === ']') {
      --depth;
      if (depth === 0) {
        if (c !== close) fail(`mismatched bracket at ${i}`);
        return i + 1;
      }
    }
    ++i;
  }
  fail('unbalanced brackets');
}
// Splits the text between the parentheses of a call into its top-level arguments.
function splitArgs(inner) {
  const args = [];
  let start = 0;
  let i = 0;
  while (i < inner.length) {
    const c = inner[i];
    if (c === '"' || c === "'" || c === '`') { i = skipString(inner, i); continue; }
    if (inner.startsWith('//', i) || inner.startsWith('/*', i)) { i = skipTrivia(inner, i); continue; }
    if (c === '(' || c === '{' || c === '[') { i = matchBracket(inner, i); continue; }
    if (c === ',') { args.push(inner.slice(start, i)); start = i + 1; }
    ++i;
  }
  args.push(inner.slice(start));
  return args.map((a) => a.trim()).filter((a) => a.length > 0);
}

// Finds every `<NAME> = new BedrockFoundationModel(<args>)` whose left side matches `lhs` (a regex source
// with one capture group for the member name) and evaluates its arguments.
function declarations(text, lhs, VectorType, what) {
  const re = new RegExp(`${lhs}\\s*=\\s*new\\s+BedrockFoundationModel\\s*\\(`, 'g');
  const out = new Map();
  let m;
  while ((m = re.exec(text)) !== null) {
    const name = m[1];
    const open = m.index + m[0].length - 1;
    const end = matchBracket(text, open);
    const args = splitArgs(text.slice(open + 1, end - 1));
    if (args.length < 1 || args.length > 2) fail(`${what}: ${name}: expected 1 or 2 arguments, got ${args.length}`);
    // The arguments are plain literals (a string and an object literal that may name VectorType members);
    // evaluate them with only VectorType in scope.
    const evaluate = (src) => new Function('VectorType', `"use strict"; return (${src});`)(VectorType);
    const value = evaluate(args[0]);
    const props = args.length === 2 ? evaluate(args[1]) : {};
    if (typeof value !== 'string') fail(`${what}: ${name}: the model id is not a string literal`);
    if (out.has(name)) fail(`${what}: ${name} is declared more than once`);
    out.set(name, { value, props });
    re.lastIndex = end;
  }
  return out;
}

function inlineSourceMap(jsText, what) {
  const m = jsText.match(/\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/);
  if (!m) fail(`${what}: no inline source map`);
  const map = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8'));
  if (!Array.isArray(map.sourcesContent) || map.sourcesContent.length !== 1) {
    fail(`${what}: expected exactly one embedded source`);
  }
  return map.sourcesContent[0];
}

const VECTOR_WIRE = ['FLOAT32', 'BINARY'];
const members = new Map(); // name -> { member, modelId, flags..., packages: [] }
const packages = {};

for (const src of sources) {
  const version = pkgVersion(src.name);
  packages[src.key] = { name: src.name, version };
  const lib = src.load();
  const BFM = lib.BedrockFoundationModel;
  const VectorType = lib.VectorType;
  if (typeof BFM !== 'function' || typeof VectorType !== 'object') fail(`${src.name}: BedrockFoundationModel/VectorType not exported`);
  const sorted = Object.values(VectorType).filter((v) => typeof v === 'string').sort();
  if (JSON.stringify(sorted) !== JSON.stringify([...VECTOR_WIRE].sort())) fail(`${src.name}: unexpected VectorType values ${sorted}`);

  // Run-time statics.
  const statics = Object.getOwnPropertyNames(BFM).filter((k) => BFM[k] instanceof BFM).sort();
  if (statics.length === 0) fail(`${src.name}: no static members found`);

  // Declarations: the TypeScript in the source map, and the compiled JS.
  const jsFile = path.join(pkgRoot(src.name), src.file);
  const jsText = fs.readFileSync(jsFile, 'utf8');
  const tsText = inlineSourceMap(jsText, src.name);
  const fromTs = declarations(tsText, 'static\\s+readonly\\s+([A-Z][A-Z0-9_]*)', VectorType, `${src.name} (TypeScript)`);
  const fromJs = declarations(jsText, '(?:static\\s+|BedrockFoundationModel\\.)([A-Z][A-Z0-9_]*)', VectorType, `${src.name} (JavaScript)`);

  const names = (m) => JSON.stringify([...m.keys()].sort());
  if (names(fromTs) !== JSON.stringify(statics)) fail(`${src.name}: TypeScript declarations ${names(fromTs)} != run-time statics ${JSON.stringify(statics)}`);
  if (names(fromJs) !== JSON.stringify(statics)) fail(`${src.name}: JavaScript declarations ${names(fromJs)} != run-time statics`);

  for (const name of statics) {
    const obj = BFM[name];
    const ts = fromTs.get(name);
    const js = fromJs.get(name);
    if (JSON.stringify(ts) !== JSON.stringify(js)) fail(`${src.name}: ${name}: TypeScript and JavaScript declarations differ`);
    const known = ['supportsAgents', 'supportsCrossRegion', 'supportsKnowledgeBase', 'vectorDimensions', 'supportedVectorType', 'legacy', 'optimizedForAgents'];
    for (const k of Object.keys(ts.props)) if (!known.includes(k)) fail(`${src.name}: ${name}: unknown property ${k}`);
    const rec = {
      member: name,
      modelId: obj.modelId,
      supportsAgents: obj.supportsAgents,
      supportsCrossRegion: obj.supportsCrossRegion,
      supportsKnowledgeBase: obj.supportsKnowledgeBase,
      optimizedForAgents: ts.props.optimizedForAgents === true,
      legacy: ts.props.legacy === true,
      vectorDimensions: obj.vectorDimensions === undefined ? null : obj.vectorDimensions,
      supportedVectorType: obj.supportedVectorType === undefined ? [] : [...obj.supportedVectorType],
    };
    // The declaration must agree with what the object exposes at run time.
    if (ts.value !== rec.modelId) fail(`${src.name}: ${name}: declared id ${ts.value} != ${rec.modelId}`);
    for (const k of ['supportsAgents', 'supportsCrossRegion', 'supportsKnowledgeBase']) {
      if ((ts.props[k] === true) !== rec[k]) fail(`${src.name}: ${name}: declared ${k} differs from the run-time value`);
    }
    if ((ts.props.vectorDimensions ?? null) !== rec.vectorDimensions) fail(`${src.name}: ${name}: vectorDimensions differ`);
    if (JSON.stringify(ts.props.supportedVectorType ?? []) !== JSON.stringify(rec.supportedVectorType)) fail(`${src.name}: ${name}: supportedVectorType differ`);
    for (const k of ['legacy', 'optimizedForAgents']) {
      if (k in obj) fail(`${src.name}: ${name}: ${k} is readable at run time now; read it from the object`);
    }
    for (const v of rec.supportedVectorType) if (!VECTOR_WIRE.includes(v)) fail(`${src.name}: ${name}: vector type ${v}`);

    const prev = members.get(name);
    if (prev) {
      const { packages: _p, ...a } = prev;
      if (JSON.stringify(a) !== JSON.stringify(rec)) {
        fail(`${name}: declared differently by ${prev.packages.join(', ')} and ${src.key}; the data format needs one record per package`);
      }
      prev.packages.push(src.key);
    } else {
      members.set(name, { ...rec, packages: [src.key] });
    }
  }
  packages[src.key].members = statics.length;
}
packages['aws-cdk-lib'] = { name: 'aws-cdk-lib', version: pkgVersion('aws-cdk-lib') };
packages.constructs = { name: 'constructs', version: pkgVersion('constructs') };

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const list = [...members.values()].sort((a, b) =>
  cmp(a.modelId, b.modelId) || cmp(a.vectorDimensions ?? 0, b.vectorDimensions ?? 0) || cmp(a.member, b.member));

// Fixed key order.
const ordered = list.map((m) => ({
  member: m.member,
  packages: [...m.packages].sort(),
  modelId: m.modelId,
  supportsAgents: m.supportsAgents,
  supportsCrossRegion: m.supportsCrossRegion,
  supportsKnowledgeBase: m.supportsKnowledgeBase,
  optimizedForAgents: m.optimizedForAgents,
  legacy: m.legacy,
  vectorDimensions: m.vectorDimensions,
  supportedVectorType: m.supportedVectorType,
}));
const doc = {
  description: 'Static BedrockFoundationModel members of the pinned reference packages. Generated by tools/reference/extract_models.js; do not edit.',
  packages: {
    alpha: packages.alpha,
    genai: packages.genai,
    'aws-cdk-lib': packages['aws-cdk-lib'],
    constructs: packages.constructs,
  },
  members: ordered,
};
fs.writeFileSync(outPath, JSON.stringify(doc, null, 2) + '\n');
