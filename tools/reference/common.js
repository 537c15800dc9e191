// What the vector scripts of this directory share: resolving the pinned packages next to this file (never a
// globally installed copy), their versions, a quiet jsii, and the two reference packages' bedrock modules.
'use strict';

const fs = require('fs');
const path = require('path');

const here = __dirname;
const req = (name) => require(require.resolve(name, { paths: [here] }));

function pkgVersion(name) {
  return JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`, { paths: [here] }), 'utf8')).version;
}

// Returns a fail(msg) that prints "<script>: msg" and exits non-zero.
function failer(script) {
  return (msg) => {
    process.stderr.write(`${script}: ${msg}\n`);
    process.exit(1);
  };
}

// jsii deprecation warnings (genai's deprecated scope option) go to stderr; keep runs quiet and deterministic.
process.env.JSII_DEPRECATED = 'quiet';

const packages = [
  { key: 'alpha', name: '@aws-cdk/aws-bedrock-alpha', lib: req('@aws-cdk/aws-bedrock-alpha') },
  { key: 'genai', name: '@cdklabs/generative-ai-cdk-constructs', lib: req('@cdklabs/generative-ai-cdk-constructs').bedrock },
];

module.exports = { here, req, pkgVersion, failer, packages, cdk: req('aws-cdk-lib'), iam: req('aws-cdk-lib/aws-iam') };
