// The ARN parser Go users have today, aws-sdk-go-v2's arn.Parse (Debian's golang-github-aws-aws-sdk-go-v2-dev
// sources under /usr/share/gocode, built offline in GOPATH mode by scripts/bench), on the same ARNs as
// bench_ratios (benchmarks/data/arns.tsv), against the same floor written in Go: one pass summing the
// bytes. Interleaved like bench_ratios: each round times a batch of the parser and a batch of the floor
// back to back (alternating which goes first), timed in process CPU time like bench_ratios; the row gives
// the medians, the median of the per-round ratios and the allocations per ARN (runtime.MemStats.Mallocs).
//
//	go run arn_bench.go benchmarks/data/arns.tsv
//	BEDROCK_BENCH_ROUNDS (default 11), BEDROCK_BENCH_BATCH_MS (default 4)
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/arn"
)

var sink int

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

func main() {
	text, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var arns []string
	for _, l := range strings.Split(string(text), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		arns = append(arns, l[strings.IndexByte(l, '\t')+1:])
	}
	for _, a := range arns {
		if p, err := arn.Parse(a); err != nil || p.Service != "bedrock" {
			fmt.Fprintln(os.Stderr, "unexpected parse of", a, err)
			os.Exit(2)
		}
	}
	rounds := envInt("BEDROCK_BENCH_ROUNDS", 11)
	batch := time.Duration(envInt("BEDROCK_BENCH_BATCH_MS", 4)) * time.Millisecond

	parser := func(n int) {
		for i := 0; i < n; i++ {
			for _, a := range arns {
				p, _ := arn.Parse(a)
				sink += len(p.Resource)
			}
		}
	}
	floor := func(n int) {
		for i := 0; i < n; i++ {
			for _, a := range arns {
				sum := 0
				for j := 0; j < len(a); j++ {
					sum += int(a[j])
				}
				sink += sum
			}
		}
	}
	// Process CPU time (getrusage, including the GC's threads), or wall time with BEDROCK_BENCH_CLOCK=wall.
	wall := os.Getenv("BEDROCK_BENCH_CLOCK") == "wall"
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	timeIt := func(f func(int), n int) time.Duration {
		if wall {
			t0 := time.Now()
			f(n)
			return time.Since(t0)
		}
		t0 := cpu()
		f(n)
		return cpu() - t0
	}
	calibrate := func(f func(int)) int {
		f(1000) // warm up
		n := 1
		for {
			// The fastest of three tries, so that one GC burst (counted in the process CPU time) or one
			// preemption cannot end the calibration early.
			t := timeIt(f, n)
			for k := 0; k < 2; k++ {
				if u := timeIt(f, n); u < t {
					t = u
				}
			}
			if t >= batch || n >= 1<<30 {
				return n
			}
			scale := 100.0
			if t > 0 {
				scale = 1.2 * float64(batch) / float64(t)
			}
			if scale > 100 {
				scale = 100
			}
			next := int(float64(n) * scale)
			if next <= n {
				next = n + 1
			}
			n = next
		}
	}
	allocs := func(f func(int), n int) float64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f(n)
		runtime.ReadMemStats(&after)
		return float64(after.Mallocs-before.Mallocs) / float64(n*len(arns))
	}

	na, nb := calibrate(parser), calibrate(floor)
	var a, b, q []float64
	for r := 0; r < rounds; r++ {
		var ta, tb time.Duration
		if r%2 == 0 {
			ta = timeIt(parser, na)
			tb = timeIt(floor, nb)
		} else {
			tb = timeIt(floor, nb)
			ta = timeIt(parser, na)
		}
		a = append(a, float64(ta.Nanoseconds())/float64(na*len(arns)))
		b = append(b, float64(tb.Nanoseconds())/float64(nb*len(arns)))
		q = append(q, a[len(a)-1]/b[len(b)-1])
	}
	fmt.Printf("row\talternatives\tGo aws-sdk-go-v2 %s arn.Parse\tGo byte-sum scan\t%.1f\t%.1f\t%.2f\t—\t%.2f\t%.2f\t%s; splits only, validates nothing; 2.95× in issue 13 (sink %d)\n",
		aws.SDKVersion, median(a), median(b), median(q), allocs(parser, 1000), allocs(floor, 1000), runtime.Version(), sink%10)
}
