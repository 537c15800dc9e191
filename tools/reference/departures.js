#!/usr/bin/env node
// Computes, from the committed data only, every place where a catalog that follows AWS (issue 10's precedence:
// AWS's own data > the references' documentation > the references' flags) departs from what the two reference
// packages do, and writes data/departures.json (or, with --markdown, prints the same list as a Markdown table
// for docs/catalog.md).
//
//   node tools/reference/departures.js [--markdown] [output.json]      (default: <repo>/data/departures.json)
//
// Inputs (all under data/): reference-models.json (the references' flags), reference-model-docs.json (what their
// docs state), aws-responses/*.json (real ListInferenceProfiles output; observations.json holds the partial
// ones), aws-documentation.json (what AWS's pages state), cdk-foundation-model-identifiers.json (the
// ids aws-cdk-lib, i.e. CloudFormation, knows).
//
// What "the references do" means here: CrossRegionInferenceProfile.fromConfig({geoRegion, model}) accepts every
// geo of the alpha CrossRegionInferenceProfileRegion enum when the model's supportsCrossRegion is true in the
// declaring package(s) and refuses every geo otherwise; the geo's destination regions are the enum's doc list;
// a model id that no static member declares is unknown to them.
//
// Kinds of departure:
//   offered-geo-refused      AWS lists a system-defined profile <geo>.<model>, the references refuse it
//   geo-not-offered-accepted the references accept <geo> for the model, its documentation says the model is
//                            offered in other geos only
//   geo-unknown-to-references a source names a profile in a geo that is not in the references' enum
//   destination-regions      the union of the destination regions AWS's sources give a profile (models[], the
//                            user guide's rows per source Region, a listed description) is not the references'
//                            geo list
//   model-unknown-to-references an id AWS knows (aws-cdk-lib, or a response) that no reference member declares
// Deterministic: sorted by (modelId, kind, geo), no timestamps, no paths.
'use strict';

const fs = require('fs');
const path = require('path');

const repo = path.join(__dirname, '..', '..');
const data = (f) => JSON.parse(fs.readFileSync(path.join(repo, 'data', f), 'utf8'));
const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const outPath = args.filter((a) => a !== '--markdown')[0] || path.join(repo, 'data', 'departures.json');
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function fail(msg) {
  process.stderr.write(`departures: ${msg}\n`);
  process.exit(1);
}

const ref = data('reference-models.json');
const docs = data('reference-model-docs.json');
const cdk = data('cdk-foundation-model-identifiers.json');
const alphaVersion = `${ref.packages.alpha.name} ${ref.packages.alpha.version}`;
const cdkVersion = `aws-cdk-lib ${cdk.source.version}`;

// The references' geos and their documented regions (alpha enum; genai's is a subset).
const refGeos = new Map(docs.geos.alpha.map((g) => [g.geo, g.regions]));
// The references' verdict per model id: cross-region if any declaring entry says so.
const refModels = new Map();
for (const m of ref.members) refModels.set(m.modelId, (refModels.get(m.modelId) || false) || m.supportsCrossRegion);

// AWS: complete responses (generator input) and partial observations.
const respDir = path.join(repo, 'data', 'aws-responses');
const awsProfiles = []; // { geo, modelId, regions|null, evidence }
for (const f of fs.readdirSync(respDir).filter((x) => x.endsWith('.json')).sort()) {
  const d = JSON.parse(fs.readFileSync(path.join(respDir, f), 'utf8'));
  if (f === 'observations.json') {
    for (const o of d.observations) awsProfiles.push({ id: o.inferenceProfileId, regions: o.destinationRegionsFromDescription, basis: 'its description', what: 'in ListInferenceProfiles output', from: o.listedFromRegion, evidence: o.source });
    continue;
  }
  if (!d.provenance || !Array.isArray(d.inferenceProfileSummaries)) fail(`${f}: not an imported response`);
  const ev = `${d.provenance.source}/blob/${d.provenance.commit}/${d.provenance.path}`;
  for (const p of d.inferenceProfileSummaries) {
    if (p.type !== 'SYSTEM_DEFINED') continue;
    const regions = p.models.map((m) => m.modelArn.split(':')[3]);
    awsProfiles.push({ id: p.inferenceProfileId, regions, basis: 'models[]', what: 'in ListInferenceProfiles output', from: d.provenance.listedFromRegion, evidence: ev });
  }
}
// AWS's publications (data/aws-documentation.json): a named profile exists; where the page gives destinations
// per source Region, each is compared like a response's models[].
for (const page of data('aws-documentation.json').pages) {
  const ev = `${page.url}${page.published ? ` (${page.published})` : ''}`;
  const what = page.kind === 'whats-new' ? 'named by an AWS announcement' : 'in the AWS user guide';
  for (const p of page.profiles) {
    if (p.sources.length === 0) awsProfiles.push({ id: p.inferenceProfileId, regions: null, basis: 'named', what, from: null, evidence: ev });
    for (const s of p.sources) awsProfiles.push({ id: p.inferenceProfileId, regions: s.destinationRegions, basis: 'the user guide', what, from: s.sourceRegion, evidence: ev });
  }
}
const geoOf = (id) => {
  // The geo is everything before the first '.' whose remainder starts with a provider segment.
  const i = id.indexOf('.');
  if (i <= 0) fail(`not a profile id: ${id}`);
  return { geo: id.slice(0, i), modelId: id.slice(i + 1) };
};

const out = [];
const push = (d) => out.push(d);
const seen = new Set();
const destinations = new Map(); // `${geo}|${modelId}` -> union of the destination regions AWS's sources give
for (const p of awsProfiles) {
  const { geo, modelId } = geoOf(p.id);
  const key = `${geo}|${modelId}`;
  if (!seen.has(key)) {
    seen.add(key);
    if (!refGeos.has(geo)) {
      push({ modelId, kind: 'geo-unknown-to-references', geo, references: `no geo "${geo}" in CrossRegionInferenceProfileRegion`, aws: `${p.id} ${p.what}`, evidence: p.evidence });
    } else if (refModels.get(modelId) === false) {
      push({ modelId, kind: 'offered-geo-refused', geo, references: 'supportsCrossRegion: false (no geo)', aws: `${p.id} ${p.what}`, evidence: p.evidence });
    }
  }
  if (p.regions && refGeos.has(geo) && geo !== 'global') {
    if (!destinations.has(key)) destinations.set(key, { geo, modelId, regions: new Set(), sources: [], evidence: p.evidence });
    const d = destinations.get(key);
    for (const r of p.regions) d.regions.add(r);
    d.sources.push(`${p.basis}, listed from ${p.from}`);
  }
}
// A profile's destination regions are the union over AWS's sources (the catalog's profile_destinations, which
// the generator computes the same way); a departure when that union is not the references' geo list.
for (const d of destinations.values()) {
  const want = [...refGeos.get(d.geo)].sort(cmp);
  const have = [...d.regions].sort(cmp);
  if (JSON.stringify(want) !== JSON.stringify(have)) {
    push({ modelId: d.modelId, kind: 'destination-regions', geo: d.geo, references: want.join(' '), aws: `${have.join(' ')} (${d.sources.join('; ')})`, evidence: d.evidence });
  }
}

// The references' documentation: exclusive geo lists.
for (const m of docs.models.filter((x) => x.package === 'alpha' && x.geos !== null)) {
  const member = `${alphaVersion} ${m.member} doc comment`;
  if (refModels.get(m.modelId)) {
    for (const g of refGeos.keys()) {
      if (!m.geos.includes(g)) push({ modelId: m.modelId, kind: 'geo-not-offered-accepted', geo: g, references: 'supportsCrossRegion: true (every geo)', aws: `documented geos: ${m.geos.join(', ')}`, evidence: member });
    }
  }
  for (const g of m.geos) {
    if (!refGeos.has(g) && !seen.has(`${g}|${m.modelId}`)) {
      seen.add(`${g}|${m.modelId}`);
      push({ modelId: m.modelId, kind: 'geo-unknown-to-references', geo: g, references: `no geo "${g}" in CrossRegionInferenceProfileRegion`, aws: `documented geos: ${m.geos.join(', ')}`, evidence: member });
    }
  }
}

// Ids AWS knows that no reference member declares.
const known = new Set(refModels.keys());
const unknown = new Map();
for (const m of cdk.models) if (!known.has(m.modelId)) unknown.set(m.modelId, `${cdkVersion} FoundationModelIdentifier.${m.members[0]}`);
for (const p of awsProfiles) {
  const { modelId } = geoOf(p.id);
  if (!known.has(modelId) && !unknown.has(modelId)) unknown.set(modelId, p.evidence);
}
for (const [modelId, evidence] of unknown) {
  push({ modelId, kind: 'model-unknown-to-references', geo: null, references: 'not a static member (parse: not in the catalog)', aws: 'a model id AWS knows', evidence });
}

out.sort((a, b) => cmp(a.modelId, b.modelId) || cmp(a.kind, b.kind) || cmp(a.geo || '', b.geo || ''));
const counts = {};
for (const d of out) counts[d.kind] = (counts[d.kind] || 0) + 1;

if (markdown) {
  const rows = out.map((d) => `| \`${d.modelId}\` | ${d.kind} | ${d.geo ? `\`${d.geo}\`` : ''} | ${d.references} | ${d.aws} | ${d.evidence} |`);
  process.stdout.write(['| model | departure | geo | the references | AWS / their docs | evidence |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n');
} else {
  const doc = {
    description: 'Every departure of an AWS-first catalog from the reference packages, computed from data/ by tools/reference/departures.js; do not edit.',
    inputs: {
      references: `${alphaVersion}, ${ref.packages.genai.name} ${ref.packages.genai.version}`,
      cdk: cdkVersion,
      awsResponses: fs.readdirSync(respDir).filter((x) => x.endsWith('.json')).sort(),
      awsDocumentation: data('aws-documentation.json').pages.map((p) => p.url),
    },
    counts,
    departures: out,
  };
  fs.writeFileSync(outPath, JSON.stringify(doc, null, 2) + '\n');
}
