// The ARN parser Node users have today, @aws-sdk/util-arn-parser (pinned in package.json/package-lock.json),
// on the same ARNs as bench_ratios (benchmarks/data/arns.tsv), against the same floor written in JS: one
// pass summing the bytes (the ARNs as Buffers). Interleaved like bench_ratios: each round times a batch of
// the parser and a batch of the floor back to back (alternating which goes first), in process CPU time;
// the row gives the medians and the median of the per-round ratios. Node cannot count allocations: that column is "-".
//
//   node benchmarks/node/arn_bench.js benchmarks/data/arns.tsv
//   BEDROCK_BENCH_ROUNDS (default 11), BEDROCK_BENCH_BATCH_MS (default 4)
"use strict";
const fs = require("fs");
const { parse } = require("@aws-sdk/util-arn-parser");

const file = process.argv[2];
const arns = fs.readFileSync(file, "utf8").split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.slice(l.indexOf("\t") + 1));
const buffers = arns.map((a) => Buffer.from(a, "utf8"));
const rounds = Number(process.env.BEDROCK_BENCH_ROUNDS) || 11;
const batchNs = BigInt(Number(process.env.BEDROCK_BENCH_BATCH_MS) || 4) * 1000000n;

let sink = 0;
function parser(n) {
  for (let i = 0; i < n; ++i)
    for (let k = 0; k < arns.length; ++k) sink += parse(arns[k]).resource.length;
}
function floor(n) {
  for (let i = 0; i < n; ++i)
    for (let k = 0; k < buffers.length; ++k) {
      const b = buffers[k];
      let sum = 0;
      for (let j = 0; j < b.length; ++j) sum = (sum + b[j]) | 0;
      sink += sum;
    }
}
for (const a of arns) {
  const p = parse(a);
  if (p.service !== "bedrock") throw new Error(`unexpected parse of ${a}`);
}

// Process CPU time (user + system, µs resolution, including V8's GC threads), or wall time with
// BEDROCK_BENCH_CLOCK=wall.
const wall = process.env.BEDROCK_BENCH_CLOCK === "wall";
function time(fn, n) {
  if (wall) {
    const t0 = process.hrtime.bigint();
    fn(n);
    return process.hrtime.bigint() - t0;
  }
  const c = process.cpuUsage();
  fn(n);
  const d = process.cpuUsage(c);
  return BigInt(d.user + d.system) * 1000n;
}
// The batch size: the fastest of three tries at each size, so that one burst of V8's compiler or GC
// threads (counted in the process CPU time) or one preemption cannot end the calibration early.
function calibrate(fn) {
  fn(20000); // warm up: let the JIT optimise before anything is timed
  let n = 1;
  for (;;) {
    const tries = [time(fn, n), time(fn, n), time(fn, n)];
    const t = tries.reduce((x, y) => (x < y ? x : y));
    if (t >= batchNs || n >= 2 ** 30) return n;
    n = Math.max(n + 1, Math.floor(n * Math.min(100, t === 0n ? 100 : (1.2 * Number(batchNs)) / Number(t))));
  }
}
const median = (v) => {
  const s = [...v].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const na = calibrate(parser), nb = calibrate(floor);
const a = [], b = [], q = [];
for (let r = 0; r < rounds; ++r) {
  let ta, tb;
  if (r % 2 === 0) { ta = time(parser, na); tb = time(floor, nb); }
  else { tb = time(floor, nb); ta = time(parser, na); }
  a.push(Number(ta) / (na * arns.length));
  b.push(Number(tb) / (nb * arns.length));
  q.push(a[a.length - 1] / b[b.length - 1]);
}
const version = require("@aws-sdk/util-arn-parser/package.json").version;
console.log(["row", "alternatives", `Node @aws-sdk/util-arn-parser ${version} parse`, "JS byte-sum scan",
  median(a).toFixed(1), median(b).toFixed(1), median(q).toFixed(2), "—", "-", "-",
  `node ${process.version}; splits only, validates nothing; 8.2× in issue 13 (sink ${sink % 10})`].join("\t"));
