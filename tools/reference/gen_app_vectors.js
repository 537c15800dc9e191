#!/usr/bin/env node
// Conformance vectors for application inference profiles, produced by synthesizing the pinned reference packages:
//
//   node tools/reference/gen_app_vectors.js [output.json]        (default: <repo>/tests/data/app-profile-vectors.json)
//
// For each package (alpha, genai) and each model source (foundation model, cross-region profile, another
// application profile, a default prompt router), with and without description and tags, it synthesizes a Stack
// holding an ApplicationInferenceProfile and a Role, and records:
//   * the profile's logical id and its CloudFormation Properties (tags in the order TagManager writes them);
//   * the Role's DefaultPolicy statements after profile.grantInvoke(role), and after profile.grantProfileUsage(role)
//     (each in its own stack);
// plus the grantProfileUsage statements of a profile imported with fromApplicationInferenceProfileAttributes.
// Values are kept exactly as resolved (Fn::Join / Fn::GetAtt / Ref objects). Deterministic: fixed case order,
// fixed key order, no timestamps, no paths. The C++ tests (tests/json/app_vectors.cpp) rebuild every case with the
// library and compare.
'use strict';

const fs = require('fs');
const path = require('path');
const { here, req, pkgVersion, failer, packages, cdk, iam } = require('./common');

const outPath = process.argv[2] || path.join(here, '..', '..', 'tests', 'data', 'app-profile-vectors.json');
const fail = failer('gen_app_vectors');

// Tags in input order; chosen to exercise ICU collation (case, '_' before '-', space, punctuation, digits).
const TAGS = [
  ['team', 'support'], ['CostCenter', 'cc-4410'], ['env', 'prod'], ['_x', 'underscore'], ['-x', 'hyphen'],
  ['a b', 'space'], ['a_b', 'u'], ['a-b', 'h'], ['a:b', 'colon'], ['a.b', 'dot'], ['a@b', 'at'], ['a/b', 'slash'],
  ['a+b', 'plus'], ['a=b', 'eq'], ['A', 'upper'], ['a', 'lower'], ['a10', 'ten'], ['a2', 'two'], ['ab', 'ab'],
  ['Z', 'zed'], ['b', 'bee'], ['B', 'Bee'],
];

const SOURCES = [
  { kind: 'foundation_model', modelId: 'amazon.nova-pro-v1:0', member: 'AMAZON_NOVA_PRO_V1' },
  { kind: 'cross_region_profile', geo: 'us', modelId: 'anthropic.claude-3-5-sonnet-20241022-v2:0', member: 'ANTHROPIC_CLAUDE_3_5_SONNET_V2_0' },
  { kind: 'cross_region_profile', geo: 'eu', modelId: 'amazon.nova-lite-v1:0', member: 'AMAZON_NOVA_LITE_V1' },
  { kind: 'application_profile', inner: { kind: 'cross_region_profile', geo: 'us', modelId: 'amazon.nova-pro-v1:0', member: 'AMAZON_NOVA_PRO_V1' } },
  { kind: 'application_profile', inner: { kind: 'foundation_model', modelId: 'anthropic.claude-3-haiku-20240307-v1:0', member: 'ANTHROPIC_CLAUDE_HAIKU_V1_0' } },
  { kind: 'prompt_router', router: 'ANTHROPIC_CLAUDE_V1', routerId: 'anthropic.claude:1', region: 'us-east-1' },
  { kind: 'prompt_router', router: 'META_LLAMA_3_1', routerId: 'meta.llama:1', region: 'eu-west-1' },
  // an unmapped region: alpha falls back to the bare model; genai builds "undefined.<id>" profiles (not reproduced)
  { kind: 'prompt_router', router: 'META_LLAMA_3_1', routerId: 'meta.llama:1', region: 'ca-central-1', only: 'alpha' },
];

const VARIANTS = [
  { key: 'bare', description: undefined, tags: undefined },
  { key: 'described-tagged', description: 'Cost tracking for the support chatbot team', tags: TAGS },
];

function invokable(lib, src) {
  if (src.kind === 'foundation_model') return lib.BedrockFoundationModel[src.member];
  if (src.kind === 'cross_region_profile') {
    return lib.CrossRegionInferenceProfile.fromConfig({
      geoRegion: src.geo, model: lib.BedrockFoundationModel[src.member],
    });
  }
  if (src.kind === 'prompt_router') return lib.PromptRouter.fromDefaultId(lib.DefaultPromptRouterIdentifier[src.router], src.region);
  fail(`unknown source kind ${src.kind}`);
}

function makeProfile(pkg, scope, id, name, source, description, tags) {
  const props = { modelSource: source };
  if (description !== undefined) props.description = description;
  if (pkg.key === 'alpha') {
    props.applicationInferenceProfileName = name;
    if (tags) props.tags = Object.fromEntries(tags);
  } else {
    props.inferenceProfileName = name;
    if (tags) props.tags = tags.map(([key, value]) => ({ key, value }));
  }
  return new pkg.lib.ApplicationInferenceProfile(scope, id, props);
}

function resourceNamed(template, name) {
  for (const [lid, r] of Object.entries(template.Resources || {})) {
    if (r.Type === 'AWS::Bedrock::ApplicationInferenceProfile' && r.Properties.InferenceProfileName === name) return [lid, r];
  }
  fail(`no profile named ${name}`);
}

function policyStatements(template) {
  const policies = Object.values(template.Resources || {}).filter((r) => r.Type === 'AWS::IAM::Policy');
  if (policies.length !== 1) fail(`expected one IAM policy, got ${policies.length}`);
  return policies[0].Properties.PolicyDocument.Statement;
}

// Builds the case in a fresh stack; `grant` is 'invoke' or 'usage'.
function synth(pkg, src, variant, grant) {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Vectors');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
  let source;
  let inner;
  if (src.kind === 'application_profile') {
    inner = makeProfile(pkg, stack, 'Inner', 'inner-profile', invokable(pkg.lib, src.inner), undefined, undefined);
    source = inner;
  } else {
    source = invokable(pkg.lib, src);
  }
  const profile = makeProfile(pkg, stack, 'Profile', 'app-profile', source, variant.description, variant.tags);
  if (grant === 'invoke') profile.grantInvoke(role);
  else profile.grantProfileUsage(role);
  const template = app.synth().getStackByName('Vectors').template;
  const [logicalId, resource] = resourceNamed(template, 'app-profile');
  const out = { logicalId, properties: resource.Properties, statements: policyStatements(template) };
  if (inner) out.innerLogicalId = resourceNamed(template, 'inner-profile')[0];
  return out;
}

const cases = [];
for (const pkg of packages) {
  for (const src of SOURCES) {
    if (src.only && src.only !== pkg.key) continue;
    for (const variant of VARIANTS) {
      const invoke = synth(pkg, src, variant, 'invoke');
      const usage = synth(pkg, src, variant, 'usage');
      if (JSON.stringify(invoke.properties) !== JSON.stringify(usage.properties)) fail('properties differ between stacks');
      const rec = {
        package: pkg.key,
        source: Object.fromEntries(Object.entries(src).filter(([k]) => k !== 'only')),
        variant: variant.key,
        name: 'app-profile',
      };
      if (variant.description !== undefined) rec.description = variant.description;
      if (variant.tags) rec.tags = variant.tags.map(([key, value]) => ({ key, value }));
      rec.logicalId = invoke.logicalId;
      if (invoke.innerLogicalId) rec.innerLogicalId = invoke.innerLogicalId;
      rec.properties = invoke.properties;
      rec.grantInvoke = invoke.statements;
      rec.grantProfileUsage = usage.statements;
      cases.push(rec);
    }
  }
}

// Imported profiles: grantProfileUsage differs between the packages (see docs/application-profiles.md).
const imports = [];
for (const pkg of packages) {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Vectors');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
  const arn = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p';
  const p = pkg.lib.ApplicationInferenceProfile.fromApplicationInferenceProfileAttributes(stack, 'Imported', {
    inferenceProfileArn: arn, inferenceProfileIdentifier: 'ignored-identifier',
  });
  p.grantProfileUsage(role);
  const template = app.synth().getStackByName('Vectors').template;
  imports.push({
    package: pkg.key,
    inferenceProfileArn: arn,
    inferenceProfileId: p.inferenceProfileId,
    type: p.type,
    grantProfileUsage: policyStatements(template),
  });
}

const doc = {
  description: 'Application inference profiles as the pinned reference packages synthesize them (Properties, grantInvoke and grantProfileUsage statements). Generated by tools/reference/gen_app_vectors.js; do not edit.',
  packages: {
    alpha: { name: '@aws-cdk/aws-bedrock-alpha', version: pkgVersion('@aws-cdk/aws-bedrock-alpha') },
    genai: { name: '@cdklabs/generative-ai-cdk-constructs', version: pkgVersion('@cdklabs/generative-ai-cdk-constructs') },
    'aws-cdk-lib': { name: 'aws-cdk-lib', version: pkgVersion('aws-cdk-lib') },
  },
  cases,
  imports,
};
fs.writeFileSync(outPath, JSON.stringify(doc, null, 1) + '\n');
