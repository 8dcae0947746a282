package client

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/center"
	"github.com/tafkik/tafkik/sync/protocol"
)

// The first-sync benchmark runs the center in a child process (this test binary re-executed),
// so that the client's peak memory is measured alone.
const benchCenterEnv = "TAFKIK_BENCH_CENTER"

func TestMain(m *testing.M) {
	if dir := os.Getenv(benchCenterEnv); dir != "" {
		if err := runBenchCenter(dir); err != nil {
			fmt.Fprintln(os.Stderr, "bench center:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runBenchCenter imports n requests of district 3 into a center, writes the same rows as one
// gzipped JSON file for the plain-download comparison, serves both on loopback, and writes
// "addr token" to dir/ready. It serves until its parent closes stdin.
func runBenchCenter(dir string) error {
	ctx := context.Background()
	n, _ := strconv.Atoi(os.Getenv("TAFKIK_BENCH_N"))
	db, err := center.Open(ctx, filepath.Join(dir, "center.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	var plain bytes.Buffer
	gz := gzip.NewWriter(&plain)
	enc := json.NewEncoder(gz)
	gz.Write([]byte("["))
	for i := 0; i < n; i += 5000 {
		reqs := districtRequests("3", i, min(5000, n-i))
		if _, err := db.ImportRequests(ctx, reqs); err != nil {
			return err
		}
		for j, r := range reqs {
			if i+j > 0 {
				gz.Write([]byte(","))
			}
			r.Version = 1
			enc.Encode(protocol.FromRequest(r))
		}
	}
	gz.Write([]byte("]"))
	gz.Close()
	tok, secret, err := center.NewToken("3", protocol.RoleClerk, "bench", time.Now())
	if err != nil {
		return err
	}
	if err := db.CreateToken(ctx, tok); err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/", center.NewServer(db).Handler())
	mux.HandleFunc("/plain.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(plain.Bytes())
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go http.Serve(ln, mux)
	if err := os.WriteFile(filepath.Join(dir, "ready.tmp"), []byte(ln.Addr().String()+" "+secret), 0o600); err != nil {
		return err
	}
	if err := os.Rename(filepath.Join(dir, "ready.tmp"), filepath.Join(dir, "ready")); err != nil {
		return err
	}
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // until the parent goes
	return nil
}

var benchCenter struct {
	once        sync.Once
	addr, token string
	err         error
	stdin       io.WriteCloser // held open: the child serves until it closes
}

func startBenchCenter(b *testing.B, n int) (string, string) {
	benchCenter.once.Do(func() {
		dir, err := os.MkdirTemp("", "tafkik-bench-")
		if err != nil {
			benchCenter.err = err
			return
		}
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), benchCenterEnv+"="+dir, "TAFKIK_BENCH_N="+strconv.Itoa(n))
		cmd.Stderr = os.Stderr
		benchCenter.stdin, _ = cmd.StdinPipe()
		if err := cmd.Start(); err != nil {
			benchCenter.err = err
			return
		}
		start := time.Now()
		for time.Since(start) < 15*time.Minute {
			if b, err := os.ReadFile(filepath.Join(dir, "ready")); err == nil {
				f := strings.Fields(string(b))
				benchCenter.addr, benchCenter.token = f[0], f[1]
				fmt.Fprintf(os.Stderr, "bench center: %d requests imported in %s\n", n, time.Since(start).Round(time.Second))
				return
			}
			if cmd.ProcessState != nil {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		benchCenter.err = fmt.Errorf("bench center did not start")
	})
	if benchCenter.err != nil {
		b.Fatal(benchCenter.err)
	}
	return "http://" + benchCenter.addr, benchCenter.token
}

// peakRSS resets (when reset is set) or reads this process's peak resident memory in MB.
func peakRSS(reset bool) float64 {
	if reset {
		_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
		return 0
	}
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			kb, _ := strconv.Atoi(strings.Fields(line)[1])
			return float64(kb) / 1024
		}
	}
	return -1
}

// BenchmarkFirstSync100k: a fresh database's first sync of a 100,000-request district from
// the center over loopback, against a plain download of the same rows as one JSON file
// (decoded, and also decoded and stored). Run with -benchtime=1x; TAFKIK_BENCH_N changes n.
func BenchmarkFirstSync100k(b *testing.B) {
	n := 100_000
	if v := os.Getenv("TAFKIK_BENCH_N"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	url, secret := startBenchCenter(b, n)
	ctx := context.Background()
	var syncDur, plainDur, plainStoreDur, feedDur time.Duration
	var peak float64
	for b.Loop() {
		db, err := store.Open(ctx, filepath.Join(b.TempDir(), "first.db"))
		if err != nil {
			b.Fatal(err)
		}
		c := New(url, Token(secret))
		if err := c.Open(); err != nil {
			b.Fatal(err)
		}
		eng := NewEngine(db, c)
		runtime.GC()
		peakRSS(true)
		t0 := time.Now()
		if err := eng.Sync(ctx); err != nil {
			b.Fatal(err)
		}
		syncDur = time.Since(t0)
		peak = peakRSS(false)
		if got, _ := db.CountRequests(ctx); got != n {
			b.Fatalf("synced %d requests, want %d", got, n)
		}
		db.Close()

		// The feed alone, pages read and decoded but not written: what the center and the
		// wire cost, apart from SQLite on the client.
		t3 := time.Now()
		for after, more := int64(0), true; more; {
			page, err := c.Changes(ctx, "3", after, eng.PageSize)
			if err != nil {
				b.Fatal(err)
			}
			after, more = page.Next, page.More
		}
		feedDur = time.Since(t3)

		// The same rows as one file: download and decode.
		t1 := time.Now()
		rows := plainDownload(b, url+"/plain.json")
		plainDur = time.Since(t1)
		if len(rows) != n {
			b.Fatalf("plain download: %d rows", len(rows))
		}
		// ... and store them, for a like-for-like comparison with a sync that ends on disk.
		db2, err := store.Open(ctx, filepath.Join(b.TempDir(), "plain.db"))
		if err != nil {
			b.Fatal(err)
		}
		reqs := make([]tafkik.Request, len(rows))
		for i, r := range rows {
			reqs[i] = r.Domain()
		}
		t2 := time.Now()
		if _, err := db2.UpsertRequests(ctx, reqs); err != nil {
			b.Fatal(err)
		}
		plainStoreDur = plainDur + time.Since(t2)
		db2.Close()
		c.Close()
	}
	b.ReportMetric(syncDur.Seconds(), "s/first-sync")
	b.ReportMetric(peak, "MB-peak-rss")
	b.ReportMetric(plainDur.Seconds(), "s/plain-download")
	b.ReportMetric(feedDur.Seconds(), "s/feed-read-only")
	b.ReportMetric(syncDur.Seconds()/plainDur.Seconds(), "x-vs-download")
	b.ReportMetric(syncDur.Seconds()/plainStoreDur.Seconds(), "x-vs-download+store")
	b.Logf("first sync of %d requests: %s, peak RSS %.0f MB; plain JSON download %s (ratio %.1f), download+store %s (ratio %.2f); feed pages read without writing %s",
		n, syncDur.Round(time.Millisecond), peak, plainDur.Round(time.Millisecond), syncDur.Seconds()/plainDur.Seconds(),
		plainStoreDur.Round(time.Millisecond), syncDur.Seconds()/plainStoreDur.Seconds(), feedDur.Round(time.Millisecond))
}

func plainDownload(b *testing.B, url string) []protocol.Request {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	gz, err := gzip.NewReader(resp.Body)
	if err != nil {
		b.Fatal(err)
	}
	var rows []protocol.Request
	if err := json.NewDecoder(gz).Decode(&rows); err != nil {
		b.Fatal(err)
	}
	return rows
}
