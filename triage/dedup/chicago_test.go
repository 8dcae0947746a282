package dedup

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

// sharedData finds ../shared/data next to the repository root (the directory holding go.mod).
func sharedData(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
	return filepath.Join(dir, "..", "shared", "data")
}

// chicago reads the Chicago 311 sample as requests. It has no free text: the service type
// is the category, and the address, coordinates and creation time are all there is.
// It also returns the labelled duplicate → parent pairs.
func chicago(t testing.TB) ([]tafkik.Request, [][2]string) {
	path := filepath.Join(sharedData(t), "311", "chicago-v6vf-2021-01-01-sample.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("Chicago sample: %v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var reqs []tafkik.Request
	var dups [][2]string
	for _, r := range rows[1:] {
		at, err := time.Parse("2006-01-02T15:04:05.000", r[col["created_date"]])
		if err != nil {
			t.Fatalf("created_date %q: %v", r[col["created_date"]], err)
		}
		req := tafkik.Request{ID: r[col["sr_number"]], District: "chicago", CreatedAt: at,
			Category: r[col["sr_type"]], Address: r[col["street_address"]], Status: tafkik.StatusNew}
		lat, e1 := strconv.ParseFloat(r[col["latitude"]], 64)
		lon, e2 := strconv.ParseFloat(r[col["longitude"]], 64)
		if e1 == nil && e2 == nil {
			req.Lat, req.Lon, req.HasLocation = lat, lon, true
		}
		reqs = append(reqs, req)
		if r[col["duplicate"]] == "True" && r[col["parent_sr_number"]] != "" {
			dups = append(dups, [2]string{req.ID, r[col["parent_sr_number"]]})
		}
	}
	return reqs, dups
}

// TestChicagoDuplicates is must-show 3: of the labelled duplicate → parent pairs whose parent
// is in the file, at least 70% end up in one issue, and no issue mixes service types.
func TestChicagoDuplicates(t *testing.T) {
	reqs, dups := chicago(t)
	res := Group(reqs, nil, nil, DefaultOptions())
	got := byRequest(res)
	cat := map[string]string{}
	for _, r := range reqs {
		cat[r.ID] = r.Category
	}
	inFile, together := 0, 0
	for _, d := range dups {
		if _, ok := got[d[1]]; !ok {
			continue
		}
		inFile++
		if got[d[0]] == got[d[1]] {
			together++
		}
	}
	if inFile != 73 {
		t.Errorf("%d pairs with the parent in the file, want 73", inFile)
	}
	types := map[string]map[string]bool{}
	for id, g := range got {
		if types[g] == nil {
			types[g] = map[string]bool{}
		}
		types[g][cat[id]] = true
	}
	mixed := 0
	for _, ts := range types {
		if len(ts) > 1 {
			mixed++
		}
	}
	share := float64(together) / float64(inFile)
	t.Logf("Chicago: %d/%d labelled pairs grouped together (%.0f%%); %d issues from %d requests; %d issues mix request types",
		together, inFile, 100*share, len(res.Issues), len(reqs), mixed)
	if share < 0.70 {
		t.Errorf("only %.0f%% of labelled duplicate pairs grouped together, want ≥70%%", 100*share)
	}
	if mixed != 0 {
		t.Errorf("%d issues mix request types, want 0", mixed)
	}
}
