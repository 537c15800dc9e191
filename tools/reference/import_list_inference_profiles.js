#!/usr/bin/env node
// Turns a real ListInferenceProfiles response found in public material into a data file under
// data/aws-responses/ that bedrock_gen_catalog --inference-profiles reads (`aws bedrock list-inference-profiles`
// JSON: {"inferenceProfileSummaries": [{inferenceProfileId, type, models: [{modelArn}], ...}]}).
//
//   node tools/reference/import_list_inference_profiles.js INPUT OUTPUT \
//        --source URL --commit SHA --path PATH --observed DATE [--listed-from REGION]
//
// INPUT is the file as published: plain JSON, or a JavaScript module whose first `[` ... last `]` is the
// `inferenceProfileSummaries` array written as JSON (as in a committed fixture). Kept per profile are the facts
// only: inferenceProfileId, inferenceProfileName, type, status, and models[].modelArn in the order AWS gave them
// (foundation-model ARNs carry no account). The profile ARNs (which carry the publisher's account id),
// descriptions and timestamps are dropped; the latest `updatedAt` is kept once as `latestUpdatedAt`, which dates
// the response. Profiles are sorted by id. Deterministic: the same input gives the same bytes.
'use strict';

const fs = require('fs');

function fail(msg) {
  process.stderr.write(`import_list_inference_profiles: ${msg}\n`);
  process.exit(1);
}
const args = process.argv.slice(2);
const positional = [];
const opts = {};
for (let i = 0; i < args.length; ++i) {
  if (args[i].startsWith('--')) {
    if (i + 1 >= args.length) fail(`${args[i]} needs a value`);
    opts[args[i].slice(2)] = args[++i];
  } else positional.push(args[i]);
}
if (positional.length !== 2) fail('usage: INPUT OUTPUT --source URL --commit SHA --path PATH --observed DATE [--listed-from REGION]');
for (const k of ['source', 'commit', 'path', 'observed']) if (!opts[k]) fail(`--${k} is required`);
const known = new Set(['source', 'commit', 'path', 'observed', 'listed-from']);
for (const k of Object.keys(opts)) if (!known.has(k)) fail(`unknown option --${k}`);

const text = fs.readFileSync(positional[0], 'utf8');
let list;
try {
  const doc = JSON.parse(text);
  list = Array.isArray(doc) ? doc : doc.inferenceProfileSummaries;
} catch (_) {
  const a = text.indexOf('[');
  const b = text.lastIndexOf(']');
  if (a < 0 || b < a) fail(`${positional[0]}: neither JSON nor a module with an array`);
  try { list = JSON.parse(text.slice(a, b + 1)); } catch (e) { fail(`${positional[0]}: the array is not JSON: ${e.message}`); }
}
if (!Array.isArray(list) || list.length === 0) fail(`${positional[0]}: no inference profile summaries`);

const fmArn = /^arn:aws(?:-[a-z]+)*:bedrock:([a-z0-9-]+)::foundation-model\/(.+)$/;
let latest = '';
const ids = new Set();
const profiles = list.map((p, i) => {
  for (const k of ['inferenceProfileId', 'type', 'status']) if (typeof p[k] !== 'string') fail(`profile ${i}: no ${k}`);
  if (!Array.isArray(p.models) || p.models.length === 0) fail(`${p.inferenceProfileId}: no models[]`);
  if (ids.has(p.inferenceProfileId)) fail(`${p.inferenceProfileId} twice`);
  ids.add(p.inferenceProfileId);
  if (typeof p.updatedAt === 'string' && p.updatedAt > latest) latest = p.updatedAt;
  return {
    inferenceProfileId: p.inferenceProfileId,
    inferenceProfileName: typeof p.inferenceProfileName === 'string' ? p.inferenceProfileName : null,
    type: p.type,
    status: p.status,
    models: p.models.map((m) => {
      if (typeof m.modelArn !== 'string' || !fmArn.test(m.modelArn)) fail(`${p.inferenceProfileId}: not a foundation-model ARN: ${m.modelArn}`);
      return { modelArn: m.modelArn };
    }),
  };
});
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
profiles.sort((a, b) => cmp(a.inferenceProfileId, b.inferenceProfileId));

const out = {
  description: 'Facts of a real ListInferenceProfiles response published in a public repository (ids, types, statuses, destination model ARNs). Imported by tools/reference/import_list_inference_profiles.js; do not edit.',
  provenance: {
    source: opts.source,
    commit: opts.commit,
    path: opts.path,
    observed: opts.observed,
    listedFromRegion: opts['listed-from'] || null,
    latestUpdatedAt: latest || null,
    profiles: profiles.length,
  },
  inferenceProfileSummaries: profiles,
};
fs.writeFileSync(positional[1], JSON.stringify(out, null, 2) + '\n');
