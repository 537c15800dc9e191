#!/usr/bin/env node
// Compares data/aws-partitions.json (AWS SDK endpoint data) with the hand-typed tables of
// include/bedrock/partition.hpp and prints every difference as a Markdown list. A review aid for moving the
// region tables to generated code (issue 10, point 6); it reads the header as text and never changes it.
//
//   node tools/reference/diff_partitions.js [data/aws-partitions.json] [include/bedrock/partition.hpp]
//
// Exits 0 whether or not there are differences; exits 1 if a file cannot be read or the header's tables
// cannot be found.
'use strict';

const fs = require('fs');
const path = require('path');

const repo = path.join(__dirname, '..', '..');
const dataPath = process.argv[2] || path.join(repo, 'data', 'aws-partitions.json');
const hppPath = process.argv[3] || path.join(repo, 'include', 'bedrock', 'partition.hpp');
function fail(msg) {
  process.stderr.write(`diff_partitions: ${msg}\n`);
  process.exit(1);
}

const data = JSON.parse(fs.readFileSync(dataPath, 'utf8'));
const hpp = fs.readFileSync(hppPath, 'utf8');

// `{"aws", "amazonaws.com", "aws-global"},` rows of partition_table.
const table = new Map();
for (const m of hpp.matchAll(/\{"([a-z-]+)",\s*"([a-z0-9.-]+)",\s*"([a-z-]*)"\}/g)) table.set(m[1], { dns: m[2], global: m[3] });
if (table.size === 0) fail(`${hppPath}: no partition_table rows`);
// `inline constexpr std::array<std::string_view, N> aws_us_gov_regions{ ... };`
function list(name) {
  const m = hpp.match(new RegExp(`std::array<std::string_view,\\s*\\d+>\\s+${name}\\{([^}]*)\\}`));
  return m ? [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]) : null;
}

const out = [];
for (const p of data.partitions) {
  const ident = p.id.replace(/-/g, '_');
  const row = table.get(p.id);
  if (!row) { out.push(`- \`${p.id}\`: not in partition_table`); continue; }
  if (row.dns !== p.dnsSuffix) out.push(`- \`${p.id}\`: dnsSuffix ${row.dns} in the header, ${p.dnsSuffix} in the SDK`);
  const pseudo = p.regions.filter((r) => r.pseudo).map((r) => r.code);
  if ((pseudo[0] || '') !== row.global) out.push(`- \`${p.id}\`: pseudo region "${row.global}" in the header, "${pseudo.join(', ')}" in the SDK`);
  const have = list(`${ident}_regions`);
  if (!have) { out.push(`- \`${p.id}\`: no ${ident}_regions table in the header`); continue; }
  const want = p.regions.filter((r) => !r.pseudo).map((r) => r.code);
  const missing = want.filter((r) => !have.includes(r));
  const extra = have.filter((r) => !want.includes(r));
  if (missing.length) out.push(`- \`${p.id}\`: missing from regions(): ${missing.map((r) => `\`${r}\` (${p.regions.find((x) => x.code === r).description})`).join(', ')}`);
  if (extra.length) out.push(`- \`${p.id}\`: in regions() but not in the SDK: ${extra.map((r) => `\`${r}\``).join(', ')}`);
  // The header's bedrock_regions must be a subset of the partition's regions.
  const bedrock = list(`${ident}_bedrock_regions`) || [];
  const stray = bedrock.filter((r) => !want.includes(r));
  if (stray.length) out.push(`- \`${p.id}\`: bedrock_regions() not in the SDK's regions: ${stray.join(', ')}`);
}
for (const id of table.keys()) if (!data.partitions.some((p) => p.id === id)) out.push(`- \`${id}\`: in the header, not in the SDK`);
process.stdout.write(`Differences between ${path.relative(repo, hppPath)} and ${path.relative(repo, dataPath)} (${data.source.package} ${data.source.version}):\n`);
process.stdout.write(out.length ? out.join('\n') + '\n' : '- none\n');
