package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval"
)

func init() {
	register(command{
		name:    "score",
		summary: "score a triage export against the truth: score --truth T.csv --triage X.csv [--json] [--worst N]",
		run:     runScore,
	})
}

// scoreReport is what `score` prints; with --json it is one object with these keys.
type scoreReport struct {
	Requests        int     `json:"requests"`
	MissingInTriage int     `json:"missing_in_triage"`
	PairPrecision   float64 `json:"pairwise_precision"`
	PairRecall      float64 `json:"pairwise_recall"`
	BCubedPrecision float64 `json:"bcubed_precision"`
	BCubedRecall    float64 `json:"bcubed_recall"`
	BCubedF1        float64 `json:"bcubed_f1"`
	TruthIssues     int     `json:"truth_issues"`
	TriageIssues    int     `json:"triage_issues"`
	IssueCountError float64 `json:"issue_count_error"` // (triage - truth) / truth

	Agency eval.AgencyScore `json:"agency"`

	WorstSplits []eval.GroupError `json:"worst_splits,omitempty"` // true issues cut into pieces
	WorstMerges []eval.GroupError `json:"worst_merges,omitempty"` // triage issues joining true ones
}

func readAssignments(path string) (eval.Assignments, error) {
	f, err := os.Open(path)
	if err != nil {
		return eval.Assignments{}, err
	}
	defer f.Close()
	a, err := eval.ReadCSV(f)
	if err != nil {
		return a, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

func runScore(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	truthPath := fs.String("truth", "", "truth CSV (request_id,group_id,jurisdiction)")
	triagePath := fs.String("triage", "", "triage export CSV, same columns")
	asJSON := fs.Bool("json", false, "print one JSON object")
	worst := fs.Int("worst", 0, "also list the N true issues split worst and the N triage issues merged worst")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if *truthPath == "" || *triagePath == "" {
		return &exitError{code: 2, err: fmt.Errorf("--truth and --triage are required")}
	}
	rep, err := scoreFiles(*truthPath, *triagePath, *worst)
	if err != nil {
		return err
	}
	return printScore(os.Stdout, rep, *asJSON)
}

// scoreFiles scores a triage export against the truth, over the requests in the truth, and
// lists the worst splits and merges when worst > 0.
func scoreFiles(truthPath, triagePath string, worst int) (scoreReport, error) {
	truth, err := readAssignments(truthPath)
	if err != nil {
		return scoreReport{}, err
	}
	got, err := readAssignments(triagePath)
	if err != nil {
		return scoreReport{}, err
	}
	// The triage's groups are counted over the truth's requests only.
	scored := make(map[string]string, len(truth.Groups))
	rep := scoreReport{Requests: len(truth.Groups)}
	for id := range truth.Groups {
		if g, ok := got.Groups[id]; ok {
			scored[id] = g
		} else {
			rep.MissingInTriage++
		}
	}
	rep.PairPrecision, rep.PairRecall = eval.Pairwise(truth.Groups, scored)
	rep.BCubedPrecision, rep.BCubedRecall, rep.BCubedF1 = eval.BCubed(truth.Groups, scored)
	rep.TruthIssues = eval.Groups(truth.Groups)
	rep.TriageIssues = eval.Groups(scored) + rep.MissingInTriage
	if rep.TruthIssues > 0 {
		rep.IssueCountError = float64(rep.TriageIssues-rep.TruthIssues) / float64(rep.TruthIssues)
	}
	rep.Agency = eval.Agency(truth.Agencies, got.Agencies)
	if worst > 0 {
		rep.WorstSplits, rep.WorstMerges = eval.Worst(truth.Groups, scored, worst)
	}
	return rep, nil
}

func printScore(w io.Writer, rep scoreReport, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(w, "requests scored      %d", rep.Requests)
	if rep.MissingInTriage > 0 {
		fmt.Fprintf(w, " (%d missing from the triage export, each counted as its own issue)", rep.MissingInTriage)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "pairwise             precision %.4f  recall %.4f\n", rep.PairPrecision, rep.PairRecall)
	fmt.Fprintf(w, "B-cubed              precision %.4f  recall %.4f  F1 %.4f\n", rep.BCubedPrecision, rep.BCubedRecall, rep.BCubedF1)
	fmt.Fprintf(w, "distinct issues      triage %d  truth %d  (%+.1f%%)\n", rep.TriageIssues, rep.TruthIssues, 100*rep.IssueCountError)
	a := rep.Agency
	fmt.Fprintf(w, "jurisdiction         7-class accuracy %.4f\n", a.Accuracy)
	fmt.Fprintf(w, "outside              precision %.4f  recall %.4f\n", a.OutsidePrecision, a.OutsideRecall)
	fmt.Fprintf(w, "false-flag rate      %.4f  (municipal requests flagged as another agency's)\n", a.FalseFlagRate)
	fmt.Fprintln(w, "confusion (rows truth, columns flagged):")
	fmt.Fprintf(w, "  %-13s", "")
	for _, g := range tafkik.Agencies {
		fmt.Fprintf(w, "%13s", g)
	}
	fmt.Fprintln(w)
	truths := make([]tafkik.Agency, 0, len(a.Confusion))
	for t := range a.Confusion {
		truths = append(truths, t)
	}
	sort.Slice(truths, func(i, j int) bool { return agencyIndex(truths[i]) < agencyIndex(truths[j]) })
	for _, t := range truths {
		fmt.Fprintf(w, "  %-13s", t)
		for _, g := range tafkik.Agencies {
			fmt.Fprintf(w, "%13d", a.Confusion[t][g])
		}
		fmt.Fprintln(w)
	}
	for _, part := range []struct {
		title, unit string
		errs        []eval.GroupError
	}{
		{"true issues split worst", "pairs lost", rep.WorstSplits},
		{"triage issues merged worst", "false pairs", rep.WorstMerges},
	} {
		if len(part.errs) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s:\n", part.title)
		for _, e := range part.errs {
			fmt.Fprintf(w, "  %-16s %4d requests in %3d pieces, %6.0f %s; e.g. %s\n",
				e.Group, e.Size, e.Pieces, e.Pairs, part.unit, strings.Join(e.Sample, " "))
		}
	}
	return nil
}

func agencyIndex(a tafkik.Agency) int {
	for i, x := range tafkik.Agencies {
		if x == a {
			return i
		}
	}
	return len(tafkik.Agencies)
}
