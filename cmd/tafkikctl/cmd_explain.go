package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/jurisdiction"
)

func init() {
	register(command{
		name:    "explain",
		summary: "why a request is flagged for an agency: explain --db PATH [--rules FILE] ID; explain --rules FILE checks a rules file",
		run:     runExplain,
	})
}

func runExplain(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file")
	rulesPath := fs.String("rules", "", "jurisdiction rules file (default: the embedded rules)")
	ids, err := parseFlagsAndFiles(fs, args)
	if err != nil {
		return err
	}
	if *dbPath == "" && len(ids) == 0 && *rulesPath != "" {
		// a district editing its rules checks them before putting them in force
		eng, err := loadRules(*rulesPath)
		if err != nil {
			return err
		}
		fmt.Printf("%s: %d rules, version %s\n", *rulesPath, len(eng.Rules()), eng.Version())
		return nil
	}
	if *dbPath == "" || len(ids) != 1 {
		return &exitError{code: 2, err: errors.New("usage: tafkikctl explain --db PATH [--rules FILE] REQUEST_ID, or explain --rules FILE")}
	}
	eng, err := loadRules(*rulesPath)
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	return explain(ctx, os.Stdout, db, eng, ids[0])
}

// loadRules returns the district's rules when a file is given, else the embedded default.
func loadRules(path string) (*jurisdiction.Engine, error) {
	if path == "" {
		return jurisdiction.Default()
	}
	return jurisdiction.Load(path)
}

func explain(ctx context.Context, w io.Writer, db *store.DB, eng *jurisdiction.Engine, id string) error {
	r, err := db.Request(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "request / درخواست: %s\n", r.ID)
	fmt.Fprintf(w, "  created / ثبت: %s   category / موضوع: %s\n", r.CreatedAt.Format("2006-01-02 15:04"), r.Category)
	fmt.Fprintf(w, "  text / متن: %s\n", r.Text)
	if r.Address != "" {
		fmt.Fprintf(w, "  address / نشانی: %s\n", r.Address)
	}
	stored, err := db.Flag(ctx, id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		fmt.Fprintln(w, "\nstored flag / پرچم ثبت‌شده: none yet (run triage) / هنوز بررسی نشده")
	case err != nil:
		return err
	default:
		fmt.Fprintln(w, "\nstored flag / پرچم ثبت‌شده:")
		printFlag(w, stored)
		if stored.Decided {
			fa, en := jurisdiction.Label(stored.Agency)
			fmt.Fprintf(w, "  clerk decision / تصمیم کارشناس: %s / %s [%s] by %s at %s\n", fa, en, stored.Agency,
				stored.DecidedBy, stored.DecidedAt.Format("2006-01-02 15:04"))
			hist, err := db.History(ctx, "flag", id)
			if err != nil {
				return err
			}
			for _, ev := range hist {
				fmt.Fprintf(w, "    %s %s %s %s\n", ev.At.Format("2006-01-02 15:04"), ev.Actor, ev.Action, ev.After)
			}
		}
	}
	x := eng.Explain(r)
	fmt.Fprintf(w, "\nrules now / قواعد فعلی (%s):\n", eng.Version())
	printFlag(w, x.Flag)
	if len(x.Vented) > 0 {
		// the caller's venting before the request («برق هم که ... بگذریم، ...»): its agencies
		// did not count
		fmt.Fprintf(w, "  set aside as venting before the request / کنار گذاشته به‌عنوان درددل پیش از درخواست: %s\n",
			quoteWords(x.Vented))
	}
	if len(x.Hits) == 0 {
		fmt.Fprintln(w, "  no rule fired: the request stays with the municipality / هیچ قاعده‌ای فعال نشد: در حیطه شهرداری")
	}
	for i, h := range x.Hits {
		mark := " "
		if i == 0 {
			mark = "*"
		}
		fa, _ := jurisdiction.Label(h.Agency)
		cat := ""
		if h.Category {
			cat = "  (category agrees / موضوع هم‌خوان)"
		}
		if h.Aside {
			cat += "  (a second complaint, after «ضمنا» or «۲-»: does not decide / موضوع فرعی)"
		}
		fmt.Fprintf(w, "  %s %-30s %-12s %-22s priority %3d  words: %s%s\n", mark, h.RuleID, h.Agency, fa,
			h.Priority, quoteWords(h.Words), cat)
	}
	if stored.RuleID == jurisdiction.RuleFollowUp {
		// a follow-up is flagged from the request it cites, which needs the whole district
		fmt.Fprintf(w, "  the stored flag follows the request this one cites (%s): its own words decide nothing / پرچم از درخواستِ پیروشده آمده است\n",
			strings.Join(stored.Words, ", "))
	} else if stored.RuleID == jurisdiction.RuleIssueMajority && len(stored.Words) > 0 {
		fmt.Fprintf(w, "  its own words name nothing: the stored flag follows the members of issue %s that name the problem / متن چیزی را نام نمی‌برد: پرچم از درخواست‌های هم‌مسئله آمده است\n", stored.Words[0])
		if err := explainIssueVote(ctx, w, db, eng, stored.Words[0]); err != nil {
			return err
		}
	} else if !stored.Decided && !stored.NeedsReview && x.Flag.NeedsReview && stored.Agency == x.Flag.Agency && stored.RuleID == x.Flag.RuleID {
		ms, err := db.Memberships(ctx)
		if err != nil {
			return err
		}
		if m, ok := ms[id]; ok {
			fmt.Fprintf(w, "  no review asked: the members of issue %s that name the problem agree with it / بررسی لازم نیست: درخواست‌های هم‌مسئله همین دستگاه را نام می‌برند\n", m.IssueID)
			if err := explainIssueVote(ctx, w, db, eng, m.IssueID); err != nil {
				return err
			}
		}
	} else if !stored.Decided && stored.RuleID != "" && (stored.Agency != x.Flag.Agency || stored.RuleID != x.Flag.RuleID) {
		fmt.Fprintln(w, "  note: the stored flag came from other rules; re-run triage to update it / پرچم ثبت‌شده با قواعد دیگری است")
	}
	return nil
}

// explainIssueVote shows how the members of an issue that named their problem voted: a
// request whose own text names nothing takes their agency, and an unsure flag they agree
// with needs no review.
func explainIssueVote(ctx context.Context, w io.Writer, db *store.DB, eng *jurisdiction.Engine, issueID string) error {
	rows, _, err := db.IssueMembers(ctx, issueID)
	if err != nil {
		return err
	}
	members := make([]tafkik.Request, len(rows))
	flags := map[string]tafkik.Flag{}
	for i, r := range rows {
		members[i] = r.Request
		if f, err := db.Flag(ctx, r.ID); err == nil {
			flags[r.ID] = f
		}
	}
	tally := eng.IssueTally(members, flags)
	var votes []string
	for _, a := range tafkik.Agencies {
		if n := tally[a]; n > 0 {
			fa, _ := jurisdiction.Label(a)
			votes = append(votes, fmt.Sprintf("%s [%s] %d", fa, a, n))
		}
	}
	fmt.Fprintf(w, "  their votes / رأی آن‌ها (%d requests in the issue; a clerk's decision weighs more): %s\n", len(rows), strings.Join(votes, "، "))
	return nil
}

func printFlag(w io.Writer, f tafkik.Flag) {
	fa, en := jurisdiction.Label(f.Agency)
	review := "no / خیر"
	if f.NeedsReview {
		review = "YES / بله"
	}
	fmt.Fprintf(w, "  agency / دستگاه: %s / %s [%s]\n", fa, en, f.Agency)
	fmt.Fprintf(w, "  confidence / اطمینان: %.2f   needs review / نیاز به بررسی: %s\n", f.Confidence, review)
	fmt.Fprintf(w, "  rule / قاعده: %s   words / واژه‌ها: %s\n", f.RuleID, quoteWords(f.Words))
	if f.RulesVer != "" {
		fmt.Fprintf(w, "  rules version / نسخه قواعد: %s\n", f.RulesVer)
	}
}

func quoteWords(ws []string) string {
	if len(ws) == 0 {
		return "-"
	}
	q := make([]string, len(ws))
	for i, s := range ws {
		q[i] = "«" + s + "»"
	}
	return strings.Join(q, "، ")
}
