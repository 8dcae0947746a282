package jurisdiction

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tafkik/tafkik"
)

func TestLoadRefusesBadFiles(t *testing.T) {
	tests := []struct {
		file string
		want string // file:line: reason
	}{
		{"bad-agency.rules", "bad-agency.rules:4: unknown agency \"sewer\""},
		{"never-fires.rules", "never-fires.rules:1: rule a: every any term is also forbidden"},
		{"never-fires-phrase.rules", "never-fires-phrase.rules:1: rule a: every any term is also forbidden"},
		{"duplicate.rules", "duplicate.rules:5: duplicate rule id \"a\" (first at line 1)"},
		{"syntax.rules", "syntax.rules:3: expected \"key: value\""},
		{"priority.rules", "priority.rules:3: priority must be a whole number"},
		{"no-terms.rules", "no-terms.rules:1: rule a: no any terms and no category: it can never fire"},
		{"empty-list.rules", "empty-list.rules:3: empty list of terms"},
		{"no-agency.rules", "no-agency.rules:1: rule a: no agency"},
		{"header.rules", "header.rules:1: unknown header key \"colour\""},
		{"empty.rules", "empty.rules:1: no rules"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			e, err := Load(filepath.Join("testdata", tc.file))
			if err == nil {
				t.Fatalf("Load accepted a bad file, engine %v", e.Version())
			}
			if e != nil {
				t.Errorf("Load returned an engine with the error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
			if n := strings.Count(err.Error(), "\n") + 1; n != 1 {
				t.Errorf("%d errors for one mistake:\n%v", n, err)
			}
		})
	}
}

func TestLoadGoodFile(t *testing.T) {
	e, err := Load(filepath.Join("testdata", "good.rules"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(e.Version(), "ok-1+") {
		t.Errorf("version %q, want ok-1+hash", e.Version())
	}
	f := e.Flag(tafkik.Request{ID: "1", Text: "فاضلاب زده بیرون"})
	if f.Agency != tafkik.AgencyWater || f.RuleID != "a" || !f.NeedsReview || f.Confidence != 0.65 {
		t.Errorf("flag %+v: want water by a, 0.65, needing review (review-below 0.7)", f)
	}
	// a category-only rule fires on the operator's category alone
	f = e.Flag(tafkik.Request{ID: "2", Text: "مشکل داریم", Category: "انتظامی"})
	if f.Agency != tafkik.AgencyPolice || f.RuleID != "b" || !f.NeedsReview {
		t.Errorf("flag %+v: want police by b needing review", f)
	}
	f = e.Flag(tafkik.Request{ID: "3", Text: "آسفالت خراب"})
	if f.Agency != tafkik.AgencyMunicipality || f.RuleID != RuleDefault {
		t.Errorf("flag %+v: want municipality by default", f)
	}
}

// A caller that keeps its engine when a reload fails goes on flagging with the old rules.
func TestReloadKeepsPreviousEngine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "district.rules")
	good, _ := os.ReadFile(filepath.Join("testdata", "good.rules"))
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	var r Reloader
	if err := r.Reload(path); err != nil {
		t.Fatal(err)
	}
	before := r.Engine().Version()
	if err := os.WriteFile(path, []byte("rule: a\nagency: sewer\nany: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := r.Reload(path)
	if err == nil || !strings.Contains(err.Error(), "district.rules:2: unknown agency") {
		t.Fatalf("reload error %v, want district.rules:2: unknown agency", err)
	}
	if got := r.Engine().Version(); got != before {
		t.Errorf("engine changed to %q after a failed reload, want %q", got, before)
	}
}

func TestDefaultRulesParse(t *testing.T) {
	e := defaultEngine(t)
	if len(e.Rules()) < 20 {
		t.Errorf("default rules: %d, want the full set", len(e.Rules()))
	}
	seen := map[tafkik.Agency]bool{}
	for _, r := range e.Rules() {
		seen[r.Agency] = true
	}
	for _, a := range tafkik.Agencies {
		if !seen[a] {
			t.Errorf("no default rule for %s", a)
		}
	}
}
