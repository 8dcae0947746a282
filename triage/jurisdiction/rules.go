package jurisdiction

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/tafkik/tafkik"
)

// Rule sends requests whose text matches it to one agency.
//
// It fires when one Any term matches (or, for a rule with no Any, when the operator's
// category matches), when every With group has a match, and when no Not term matches.
// Among the rules that fire, the highest Priority wins.
type Rule struct {
	ID         string
	Agency     tafkik.Agency
	Priority   int
	Confidence float64
	Any        []term
	With       [][]term
	Not        []term
	Categories []string // comparison forms of the operator's categories this rule agrees with
	// Near, when set, wants every with-word within Near tokens of the any-word: «چاله» and
	// «برق» in one text are a power trench only when they belong to one sentence's thought.
	Near int
	Line int // where the rule starts in its file
}

// categoryOnly rules fire on the operator's category alone: a weak hint, never trusted
// without a clerk when it is the only evidence.
func (r *Rule) categoryOnly() bool { return len(r.Any) == 0 }

// Settings that a rules file may set in its header.
const (
	defaultReviewBelow = 0.6
	defaultConfidence  = 0.9
	defaultNoRule      = 0.8
	defaultMargin      = 10
)

// ParseError is one problem in a rules file.
type ParseError struct {
	File   string
	Line   int
	Reason string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason) }

// maxErrors keeps a badly broken file from producing a wall of messages.
const maxErrors = 10

// Load reads a rules file. On any error it returns no engine: the caller keeps the one it had.
func Load(path string) (*Engine, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load rules: %w", err)
	}
	return Parse(path, data)
}

// Parse builds an engine from the text of a rules file; name is used in error messages.
// Every problem is reported as name:line: reason (joined, at most ten).
//
// The format is one "key: value" per line, # starts a comment, blank lines are ignored:
//
//	version: 2026-11-28.1          header: version, review-below, default-confidence, margin
//	rule: water.sewage             starts a rule
//	agency: water                  one of the agency codes
//	priority: 90                   the highest priority among rules that fire wins
//	confidence: 0.95               how far a flag from this rule is trusted (0..1]
//	any: فاضلاب، منهول، چاه فاضلاب   terms separated by «،» or «,»; one must match
//	with: لوله، شبکه                each with line is a group; one term of each must match
//	not: آب باران                   none may match
//	category: فاضلاب                the operator's categories that agree with this rule
//	near: 6                        with-words must be within 6 tokens of the any-word
//
// A term «=word» must end where the word ends; «word*» may be followed by anything; a plain
// term may carry a common suffix (ها، های، ی، ...) and, in words of four letters or more, a
// typo. «~term» may also be a place name («خیابان معلم», «فلکه گاز»): it does not count right
// after a place word, and a rule that fired on such a word alone ranks below municipal topics.
// Terms are compared in normalised form (persian.Key, word by word). Words after «ضمنا» and
// the like are an aside: a rule that fires only there never decides the agency.
//
// A rule with no any terms but a category fires on the operator's category alone, when it is
// the same once normalised; such rules should carry a low confidence.
func Parse(name string, data []byte) (*Engine, error) {
	e := &Engine{
		reviewBelow:      defaultReviewBelow,
		noRuleConfidence: defaultNoRule,
		margin:           defaultMargin,
		version:          "",
	}
	var errs []error
	var cur *Rule
	lineFailed := false // a line of the current rule was reported: its check would only echo it
	fail := func(line int, format string, args ...any) {
		lineFailed = lineFailed || cur != nil
		if len(errs) < maxErrors {
			errs = append(errs, &ParseError{File: name, Line: line, Reason: fmt.Sprintf(format, args...)})
		}
	}
	ids := map[string]int{}
	ruleConf := defaultConfidence
	finish := func() {
		if cur == nil {
			return
		}
		if err := checkRule(cur); err != "" && !lineFailed {
			fail(cur.Line, "rule %s: %s", cur.ID, err)
		}
		// a plain word is better evidence than a word that may be a place name: try it first
		sort.SliceStable(cur.Any, func(i, j int) bool { return !cur.Any[i].place && cur.Any[j].place })
		e.rules = append(e.rules, *cur)
		cur = nil
	}
	for n, line := range strings.Split(string(data), "\n") {
		lineNo := n + 1
		line = stripComment(line)
		if strings.TrimSpace(line) == "" {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			fail(lineNo, "expected \"key: value\", got %q", strings.TrimSpace(line))
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		if key == "rule" {
			finish()
			if value == "" {
				fail(lineNo, "rule without an id")
			} else if first, dup := ids[value]; dup {
				fail(lineNo, "duplicate rule id %q (first at line %d)", value, first)
			}
			ids[value] = lineNo
			cur = &Rule{ID: value, Priority: 50, Confidence: ruleConf, Line: lineNo}
			lineFailed = false
			continue
		}
		if cur == nil {
			switch key {
			case "version":
				e.version = value
			case "review-below", "default-confidence", "rule-confidence":
				f, err := strconv.ParseFloat(value, 64)
				if err != nil || f < 0 || f > 1 {
					fail(lineNo, "%s must be a number from 0 to 1, got %q", key, value)
					continue
				}
				switch key {
				case "review-below":
					e.reviewBelow = f
				case "default-confidence":
					e.noRuleConfidence = f
				default:
					ruleConf = f
				}
			case "margin":
				m, err := strconv.Atoi(value)
				if err != nil || m < 0 {
					fail(lineNo, "margin must be a whole number ≥ 0, got %q", value)
					continue
				}
				e.margin = m
			default:
				fail(lineNo, "unknown header key %q (a rule starts with \"rule:\")", key)
			}
			continue
		}
		switch key {
		case "agency":
			a, err := tafkik.ParseAgency(value)
			if err != nil {
				fail(lineNo, "unknown agency %q (want one of %s)", value, agencyList())
				continue
			}
			cur.Agency = a
		case "priority":
			p, err := strconv.Atoi(value)
			if err != nil || p < 0 || p > 1000 {
				fail(lineNo, "priority must be a whole number from 0 to 1000, got %q", value)
				continue
			}
			cur.Priority = p
		case "near":
			m, err := strconv.Atoi(value)
			if err != nil || m < 1 || m > 100 {
				fail(lineNo, "near must be a whole number from 1 to 100, got %q", value)
				continue
			}
			cur.Near = m
		case "confidence":
			f, err := strconv.ParseFloat(value, 64)
			if err != nil || f <= 0 || f > 1 {
				fail(lineNo, "confidence must be a number above 0 and at most 1, got %q", value)
				continue
			}
			cur.Confidence = f
		case "any", "with", "not":
			terms, bad := parseTerms(value)
			if bad != "" {
				fail(lineNo, "%s", bad)
				continue
			}
			switch key {
			case "any":
				cur.Any = append(cur.Any, terms...)
			case "with":
				cur.With = append(cur.With, terms)
			case "not":
				cur.Not = append(cur.Not, terms...)
			}
		case "category":
			for _, c := range splitList(value) {
				k := strings.Join(termKey(c), " ")
				if k == "" {
					fail(lineNo, "category %q is empty once normalised", c)
					continue
				}
				cur.Categories = append(cur.Categories, k)
			}
		case "note":
			// for people reading the file
		default:
			fail(lineNo, "unknown key %q", key)
		}
	}
	finish()
	if len(errs) == 0 && len(e.rules) == 0 {
		fail(1, "no rules")
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sum := sha256.Sum256(data)
	if e.version == "" {
		e.version = "unversioned"
	}
	e.version += "+" + hex.EncodeToString(sum[:4])
	e.vocab = vocabOf(e.rules)
	return e, nil
}

func agencyList() string {
	s := make([]string, len(tafkik.Agencies))
	for i, a := range tafkik.Agencies {
		s[i] = string(a)
	}
	return strings.Join(s, ", ")
}

func stripComment(line string) string {
	if i := strings.Index(line, "#"); i >= 0 {
		return line[:i]
	}
	return line
}

func splitList(v string) []string {
	f := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '،' })
	out := f[:0]
	for _, s := range f {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func parseTerms(v string) ([]term, string) {
	items := splitList(v)
	if len(items) == 0 {
		return nil, "empty list of terms"
	}
	terms := make([]term, 0, len(items))
	for _, it := range items {
		t := newTerm(it)
		if len(t.parts) == 0 {
			return nil, fmt.Sprintf("term %q is empty once normalised", it)
		}
		terms = append(terms, t)
	}
	return terms, ""
}

// checkRule finds rules that are incomplete or can never fire.
func checkRule(r *Rule) string {
	if r.Agency == "" {
		return "no agency"
	}
	if len(r.Any) == 0 && len(r.Categories) == 0 {
		return "no any terms and no category: it can never fire"
	}
	if len(r.Any) == 0 && len(r.With) > 0 {
		return "with needs any terms: a category-only rule cannot require words"
	}
	groups := append([][]term{r.Any}, r.With...)
	for gi, g := range groups {
		if len(g) == 0 {
			continue
		}
		blocked := 0
		for _, t := range g {
			if forbidden(r.Not, t) != "" {
				blocked++
			}
		}
		if blocked == len(g) {
			what := "any"
			if gi > 0 {
				what = fmt.Sprintf("with group %d", gi)
			}
			return fmt.Sprintf("every %s term is also forbidden by not (e.g. %q): it can never fire",
				what, forbidden(r.Not, g[0]))
		}
	}
	return ""
}

// forbidden returns the not term that matches wherever t matches, if any.
func forbidden(not []term, t term) string {
	d := docOf(t.parts)
	for _, n := range not {
		if _, ok := n.find(d, len(d.toks)); ok {
			return n.raw
		}
	}
	return ""
}
