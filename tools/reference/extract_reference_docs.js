#!/usr/bin/env node
// Extracts what the two pinned reference packages' own documentation (the doc comments shipped in their .d.ts
// files) states about cross-region inference, and writes data/reference-model-docs.json:
//   - per static BedrockFoundationModel member: the cross-region / in-Region statements of its "Features" list,
//     and, where a statement names geos ("us., in. and global. inference profiles only"), those geos;
//   - per CrossRegionInferenceProfileRegion member: its wire value and the regions its doc comment lists.
// These are the "references' documentation" level of issue 10's precedence (AWS > reference docs > reference
// flags).
//
//   node tools/reference/extract_reference_docs.js [output.json]      (default: <repo>/data/reference-model-docs.json)
//
// Only facts are kept (geo prefixes, region codes, whether in-Region invocation is stated), never the prose.
// The output is deterministic: members sorted by name, fixed key order, no timestamps, no paths.
'use strict';

const fs = require('fs');
const path = require('path');
const { here, pkgVersion, failer, packages } = require('./common.js');

const fail = failer('extract_reference_docs');
const outPath = process.argv[2] || path.join(here, '..', '..', 'data', 'reference-model-docs.json');

const files = {
  alpha: { models: 'bedrock/models.d.ts', geos: 'bedrock/inference-profiles/cross-region-inference-profile.d.ts' },
  genai: { models: 'lib/cdk-lib/bedrock/models.d.ts', geos: 'lib/cdk-lib/bedrock/inference-profiles/cross-region-inference-profile.d.ts' },
};
const root = (name) => path.dirname(require.resolve(`${name}/package.json`, { paths: [here] }));
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// Every `/** ... */ <decl>` pair whose declaration matches `declRe` (one capture: the member name; an optional
// second capture: the wire value). Returns [{ name, value, lines }] with the comment's lines, `*` stripped.
function documented(text, declRe, what, required) {
  const out = [];
  // `/**` not followed by another `*`: section banners (`/*****...`) are not doc comments.
  const re = new RegExp(`/\\*\\*(?!\\*)((?:[^*]|\\*(?!/))*)\\*/\\s*${declRe}`, 'g');
  for (let m; (m = re.exec(text)) !== null;) {
    const lines = m[1].split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter((l) => l.length > 0);
    out.push({ name: m[2], value: m[3], lines });
  }
  if (required && out.length === 0) fail(`${what}: no documented declarations found`);
  return out;
}

// "Cross-region support (us., in. and global. inference profiles only; no in-Region invocation)" ->
// { geos: ['us', 'in', 'global'], only: true }.
function geosOf(line) {
  const m = line.match(/\(([^)]*)\binference profiles only\b/);
  if (!m) return null;
  const geos = [...m[1].matchAll(/\b([a-z][a-z-]*)\./g)].map((x) => x[1]);
  if (geos.length === 0) fail(`cannot read the geos of: ${line}`);
  return geos;
}

const out = { description: '', packages: {}, geos: {}, models: [] };
for (const p of packages) {
  const base = root(p.name);
  out.packages[p.key] = { name: p.name, version: pkgVersion(p.name) };

  // Geo enum.
  const geoText = fs.readFileSync(path.join(base, files[p.key].geos), 'utf8');
  const enumBody = geoText.match(/export declare enum CrossRegionInferenceProfileRegion \{([\s\S]*?)\n\}/);
  if (!enumBody) fail(`${p.name}: no CrossRegionInferenceProfileRegion enum`);
  out.geos[p.key] = documented(enumBody[1], '([A-Z_]+) = "([a-z-]+)"', `${p.name} geos`, true).map((g) => ({
    member: g.name,
    geo: g.value,
    regions: g.lines.flatMap((l) => [...l.matchAll(/`([a-z]{2}(?:-[a-z]+)+-\d+)`/g)].map((x) => x[1])),
    anyCommercialRegion: g.lines.some((l) => /any supported commercial AWS Region/i.test(l)),
  }));

  // Per-model statements.
  const modelText = fs.readFileSync(path.join(base, files[p.key].models), 'utf8');
  const decls = documented(modelText, 'static readonly ([A-Z][A-Z0-9_]*)(): BedrockFoundationModel;', `${p.name} models`, p.key === 'alpha');
  const BFM = p.lib.BedrockFoundationModel;
  for (const d of decls) {
    if (!(BFM[d.name] instanceof BFM)) fail(`${p.name}: ${d.name} is documented but is not a static member`);
    const statements = d.lines.filter((l) => /^- /.test(l) && /cross-region|in-region|inference profile/i.test(l));
    const crossRegion = statements.filter((l) => /cross-region/i.test(l));
    const geoLists = crossRegion.map(geosOf).filter((g) => g !== null);
    if (geoLists.length > 1) fail(`${p.name}: ${d.name}: more than one geo list`);
    const inRegion = statements.some((l) => /no in-Region invocation/i.test(l)) ? false
      : statements.some((l) => /^- In-Region invocation/i.test(l)) ? true : null;
    if (statements.length === 0) continue;
    out.models.push({
      package: p.key,
      member: d.name,
      modelId: BFM[d.name].modelId,
      statesCrossRegion: crossRegion.length > 0,
      geos: geoLists.length ? geoLists[0] : null,
      geosExclusive: geoLists.length > 0,
      inRegionInvocation: inRegion,
    });
  }
}
out.models.sort((a, b) => cmp(a.package, b.package) || cmp(a.member, b.member));
const g = out.models.filter((m) => m.geos !== null);
out.description = 'Cross-region facts stated by the reference packages\' own doc comments (.d.ts). Generated by tools/reference/extract_reference_docs.js; do not edit. '
  + 'geos = the geo prefixes a model\'s docs name ("<geo>. ... inference profiles only"), null where the docs state no geos; '
  + 'inRegionInvocation = true ("In-Region invocation"), false ("no in-Region invocation"), null (not stated).';
out.counts = {
  modelsWithStatements: out.models.length,
  modelsWithGeoLists: g.length,
  modelsStatingInRegion: out.models.filter((m) => m.inRegionInvocation !== null).length,
};
const ordered = { description: out.description, packages: out.packages, counts: out.counts, geos: out.geos, models: out.models };
fs.writeFileSync(outPath, JSON.stringify(ordered, null, 2) + '\n');
