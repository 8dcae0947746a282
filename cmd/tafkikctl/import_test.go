package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/store/exchange"
)

// buildTafkikctl builds the real command without cgo, as shipped: import's exit status,
// stderr and its behaviour under kill -9 can only be seen from outside the process.
func buildTafkikctl(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "tafkikctl")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type cmdResult struct {
	code           int
	stdout, stderr string
}

func runTafkikctl(t *testing.T, bin string, args ...string) cmdResult {
	t.Helper()
	return runTafkikctlIn(t, "", bin, args...)
}

// runTafkikctlIn is runTafkikctl in the working directory dir ("" for this one).
func runTafkikctlIn(t *testing.T, dir, bin string, args ...string) cmdResult {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return cmdResult{code: code, stdout: out.String(), stderr: errb.String()}
}

// writeRequestsJSONL writes n synthetic requests r000000... in the import format, mixing
// RFC 3339 and Jalali dates, Persian digits, locations and none. textTag changes every text,
// so a second file with another tag updates the same requests.
func writeRequestsJSONL(t testing.TB, path string, n int, textTag string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	cats := []string{"آسفالت", "پسماند", "روشنایی", "فضای سبز", "آب‌های سطحی"}
	streets := []string{"گلسار", "بلوار سمیه", "خیابان لاکانی", "کوچه شهید رجایی", "میدان صیقلان"}
	for i := range n {
		created := fmt.Sprintf(`"2026-%02d-%02dT%02d:%02d:00+03:30"`, 1+i%12, 1+i%28, i%24, i%60)
		if i%3 == 0 {
			created = fmt.Sprintf(`"۱۴۰۵/۰۲/%s ۰۹:۳۰"`, string([]rune("۰۱۲")[i%3])+string([]rune("۱۲۳۴۵۶۷۸۹")[i%9]))
		}
		loc := `"lat":null,"lon":null`
		if i%2 == 0 {
			loc = fmt.Sprintf(`"lat":37.%04d,"lon":49.%04d`, i%10000, (i*7)%10000)
		}
		fmt.Fprintf(w, `{"id":"r%06d","district":"3","created_at":%s,"category":%q,"text":"%s کوچه %d %s خراب است و رسیدگی نمی‌شود","address":"%s، پلاک %d",%s,"channel":"app","status":"new"}`+"\n",
			i, created, cats[i%len(cats)], cats[i%len(cats)], i%97, textTag, streets[i%len(streets)], i%300, loc)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func openStore(t testing.TB, path string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func countRequests(t testing.TB, path string) int {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, err := db.CountRequests(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportTwiceNoDuplicates(t *testing.T) {
	bin := buildTafkikctl(t)
	dir := t.TempDir()
	dbPath, file := filepath.Join(dir, "t.db"), filepath.Join(dir, "six.jsonl")
	writeRequestsJSONL(t, file, 6000, "a")
	for i, want := range []string{"6000 new, 0 updated, 0 unchanged", "0 new, 0 updated, 6000 unchanged"} {
		res := runTafkikctl(t, bin, "import", "--db", dbPath, file)
		if res.code != 0 || !strings.Contains(res.stdout, want) {
			t.Fatalf("import %d: exit %d, want 0 and %q\nstdout: %s\nstderr: %s", i+1, res.code, want, res.stdout, res.stderr)
		}
		if n := countRequests(t, dbPath); n != 6000 {
			t.Fatalf("after import %d: %d requests, want 6000", i+1, n)
		}
	}
	// Standard input, as in: curl .../export | tafkikctl import --db d.db -
	cmd := exec.Command(bin, "import", "--db", dbPath, "-")
	in, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	cmd.Stdin = in
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "6000 unchanged") {
		t.Fatalf("import from stdin: %v\n%s", err, out)
	}
	// A changed export updates in place.
	writeRequestsJSONL(t, file, 6000, "b")
	res := runTafkikctl(t, bin, "import", file, "--db", dbPath) // flags after the file work too
	if res.code != 0 || !strings.Contains(res.stdout, "0 new, 6000 updated") {
		t.Fatalf("re-import of changed rows: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	if n := countRequests(t, dbPath); n != 6000 {
		t.Fatalf("after update: %d requests, want 6000", n)
	}
}

func TestImportBadRows(t *testing.T) {
	wantStderr := []string{
		"testdata/broken.jsonl:2: bad JSON: the object is not closed on this line",
		"testdata/broken.jsonl:3: text: missing",
		"testdata/broken.jsonl:4: invalid UTF-8",
		"testdata/broken.jsonl:5: created_at: \"دیروز عصر\" is not a date",
		"testdata/broken.jsonl:6: created_at:",
		"testdata/broken.jsonl:7: lat:",
		"testdata/broken.jsonl:8: status: unknown status",
		"testdata/broken.jsonl:9: not a JSON object",
		"testdata/broken.jsonl:10: id: missing",
		"testdata/broken.jsonl:11: created_at:",
	}
	good := "../../store/exchange/testdata/good.jsonl"
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantCount  int
		wantStderr []string
	}{
		{"good rows import", []string{"testdata/broken.jsonl"}, 3, 4, wantStderr}, // (lines 7 and 8: a bad lat is read as no location, an unknown status as none)
		{"strict writes nothing", []string{"--strict", "testdata/broken.jsonl"}, 3, 0, wantStderr},
		{"strict with a good file too writes nothing", []string{"--strict", good, "testdata/broken.jsonl"}, 3, 0, wantStderr},
		{"unknown map field", []string{"--map", "colour=x", "testdata/broken.jsonl"}, 2, 0, nil},
		{"unknown format", []string{"--format", "pdf", "testdata/broken.jsonl"}, 2, 0, nil},
		{"format overrides the extension", []string{"--format", "csv", "testdata/noid.csv"}, 3, 0,
			[]string{"testdata/noid.csv:1: id: no column for id"}},
		{"a missing file does not stop the others", []string{"testdata/missing.jsonl", good}, 3, 4,
			[]string{"open testdata/missing.jsonl: no such file or directory"}},
		{"a file without an id column is rejected whole", []string{"../../store/exchange/testdata/semicolon.csv", "testdata/noid.csv"}, 3, 1,
			[]string{"testdata/noid.csv:1: id: no column for id"}},
	}
	bin := buildTafkikctl(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dbPath := filepath.Join(t.TempDir(), "t.db")
			// A database that already has rows must keep exactly them when --strict aborts.
			seed := filepath.Join(t.TempDir(), "seed.jsonl")
			writeRequestsJSONL(t, seed, 5, "seed")
			if res := runTafkikctl(t, bin, "import", "--db", dbPath, seed); res.code != 0 {
				t.Fatalf("seed import: %d %s", res.code, res.stderr)
			}
			res := runTafkikctl(t, bin, append([]string{"import", "--db", dbPath}, tt.args...)...)
			if res.code != tt.wantCode {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", res.code, tt.wantCode, res.stdout, res.stderr)
			}
			if n := countRequests(t, dbPath); n != 5+tt.wantCount {
				t.Errorf("%d requests, want %d", n, 5+tt.wantCount)
			}
			if tt.wantCode != 3 {
				return
			}
			lines := strings.Split(strings.TrimSpace(res.stderr), "\n")
			if len(lines) != len(tt.wantStderr)+1 {
				t.Fatalf("stderr has %d lines, want %d:\n%s", len(lines), len(tt.wantStderr)+1, res.stderr)
			}
			for i, want := range tt.wantStderr {
				if !strings.HasPrefix(lines[i], want) {
					t.Errorf("stderr line %d = %q, want prefix %q", i+1, lines[i], want)
				}
			}
		})
	}
}

// TestImportOtherDistricts: a district's database keeps out the rows of other districts and
// says so, with their counts; a row naming no district is the database's. The demo district's
// database is district 3's from its creation; a new database told its district with --district
// takes it. A new database given a file of several districts, with nothing saying which is its
// own, imports every row and says so; --district for another district than the database's is
// refused, with nothing imported.
func TestImportOtherDistricts(t *testing.T) {
	bin := buildTafkikctl(t)
	tests := []struct {
		name      string
		setup     []string // a tafkikctl command making the database first, "" for none
		args      []string // import's flags
		wantCode  int
		wantCount int
		wantErr   string
	}{
		{"a new database", nil, nil, 0, 5, "the requests name 3 districts (5: 2, 3: 1, 7: 1), all imported: this database has no district yet"},
		{"a new database told its district", nil, []string{"--district", "منطقه ۳"}, 0, 2, "3 requests of other districts (5: 2, 7: 1) not imported: this database is district 3's"},
		{"district 5's told another", []string{"demo", "--n", "10", "--district", "5"}, []string{"--district", "3"}, 1, 10, "nothing imported: store: wrong district: this database is district 5's, not 3's"},
		{"district 5's", []string{"demo", "--n", "10", "--district", "5"}, nil, 0, 10 + 3, "2 requests of other districts (3: 1, 7: 1) not imported: this database is district 5's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dbPath := filepath.Join(t.TempDir(), "t.db")
			if tt.setup != nil {
				if res := runTafkikctl(t, bin, append(tt.setup, "--db", dbPath)...); res.code != 0 {
					t.Fatalf("%v: %d %s", tt.setup, res.code, res.stderr)
				}
			}
			res := runTafkikctl(t, bin, append(append([]string{"import", "--db", dbPath}, tt.args...), "testdata/districts.jsonl")...)
			if res.code != tt.wantCode || !strings.Contains(res.stderr, tt.wantErr) {
				t.Errorf("exit %d, want %d and %q on stderr\nstdout: %s\nstderr: %s", res.code, tt.wantCode, tt.wantErr, res.stdout, res.stderr)
			}
			if n := countRequests(t, dbPath); n != tt.wantCount {
				t.Errorf("%d requests on record, want %d", n, tt.wantCount)
			}
		})
	}
}

// TestImportKill9 kills a 100,000-row import at several moments after it starts writing and
// checks the database is exactly as before: sound, same count, same texts.
func TestImportKill9(t *testing.T) {
	bin := buildTafkikctl(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "t.db")
	before, big := filepath.Join(dir, "before.jsonl"), filepath.Join(dir, "big.jsonl")
	writeRequestsJSONL(t, before, 1000, "before")
	if res := runTafkikctl(t, bin, "import", "--db", dbPath, before); res.code != 0 {
		t.Fatalf("first import: %d %s", res.code, res.stderr)
	}
	// The big file updates the 1,000 existing requests and adds 99,000.
	writeRequestsJSONL(t, big, 100000, "after")

	killed := 0
	for _, delay := range []time.Duration{0, 150 * time.Millisecond, 400 * time.Millisecond, 900 * time.Millisecond} {
		cmd := exec.Command(bin, "import", "--db", dbPath, big)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		writing := false
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "writing ") {
				writing = true
				break
			}
		}
		if !writing {
			cmd.Wait()
			t.Fatalf("import never reached the write")
		}
		time.Sleep(delay)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		go func() { _, _ = bufio.NewReader(stdout).WriteTo(new(bytes.Buffer)) }()
		err = cmd.Wait()
		ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if err == nil || !ws.Signaled() {
			t.Logf("delay %v: the import finished before the kill (%v)", delay, err)
			break
		}
		killed++

		db := openStore(t, dbPath)
		if verdict, err := db.Check(context.Background()); err != nil || verdict != "ok" {
			t.Fatalf("delay %v: integrity_check = %q, %v", delay, verdict, err)
		}
		if n, _ := db.CountRequests(context.Background()); n != 1000 {
			t.Fatalf("delay %v: %d requests after the kill, want 1000", delay, n)
		}
		r, err := db.Request(context.Background(), "r000500")
		if err != nil || !strings.Contains(r.Text, " before ") {
			t.Fatalf("delay %v: r000500 = %q, %v; want the text from before the import", delay, r.Text, err)
		}
		db.Close()
	}
	if killed == 0 {
		t.Fatal("no import was killed while writing: the test proved nothing")
	}
	t.Logf("killed %d imports mid-write; database unchanged each time", killed)
}

// BenchmarkImport100k runs the import command in-process on 100,000 JSONL rows into a fresh
// SQLite file: parse, validate, one transaction. Target: at most 3 s per op on the 2-core box.
func BenchmarkImport100k(b *testing.B) {
	file := filepath.Join(b.TempDir(), "big.jsonl")
	writeRequestsJSONL(b, file, 100000, "bench")
	cpu := processCPU()
	for i := 0; b.Loop(); i++ {
		dbPath := filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i))
		if err := runImport(context.Background(), []string{"--db", dbPath, file}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((processCPU()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkUpsert100k is the store's share of BenchmarkImport100k: the same 100,000 rows,
// already parsed, written by store.UpsertRequests into a fresh file.
func BenchmarkUpsert100k(b *testing.B) {
	file := filepath.Join(b.TempDir(), "big.jsonl")
	writeRequestsJSONL(b, file, 100000, "bench")
	batch := importBatch{index: map[string]int{}}
	if _, bad, err := importReadFile(file, "", exchange.Options{File: file}, os.Stderr, &batch); err != nil || bad > 0 {
		b.Fatal(err, bad)
	}
	ctx := context.Background()
	cpu := processCPU()
	for i := 0; b.Loop(); i++ {
		db, err := store.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.UpsertRequests(ctx, batch.reqs); err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
	b.ReportMetric((processCPU()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// TestImportWarningsCapped: rows read with something left out are listed up to maxWarnings a
// file, the rest counted; they are imported, and the import succeeds.
func TestImportWarningsCapped(t *testing.T) {
	bin := buildTafkikctl(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "w.jsonl")
	var b strings.Builder
	for i := range maxWarnings + 5 {
		fmt.Fprintf(&b, `{"id":"w%d","created_at":"2025-03-21T10:00:00Z","text":"چاله","status":"عجیب"}`+"\n", i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "t.db")
	res := runTafkikctl(t, bin, "import", "--db", dbPath, path)
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	lines := strings.Split(strings.TrimSpace(res.stderr), "\n")
	if len(lines) != maxWarnings+1 || lines[len(lines)-1] != path+": 5 more rows read with something left out, as above" {
		t.Errorf("stderr (%d lines):\n%s", len(lines), res.stderr)
	}
	if n := countRequests(t, dbPath); n != maxWarnings+5 {
		t.Errorf("%d requests imported, want %d", n, maxWarnings+5)
	}
}

// TestImportCheck: --check reads and reports a file, by district, and writes nothing: no
// database is needed, and one given is left as it was.
func TestImportCheck(t *testing.T) {
	bin := buildTafkikctl(t)
	dbPath := filepath.Join(t.TempDir(), "t.db")
	res := runTafkikctl(t, bin, "import", "--check", "--db", dbPath, "testdata/districts.jsonl")
	if res.code != 0 || !strings.Contains(res.stdout, "5 requests read, by district: 5: 2, 3: 1, 7: 1, none: 1; nothing written (--check)") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", res.code, res.stdout, res.stderr)
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Errorf("--check made the database: %v", err)
	}
	res = runTafkikctl(t, bin, "import", "--check", "testdata/broken.jsonl")
	if res.code != 3 || !strings.Contains(res.stderr, "testdata/broken.jsonl:5: created_at:") {
		t.Errorf("a file with bad rows: exit %d\nstderr: %s", res.code, res.stderr)
	}
}
