package jurisdiction

import (
	"fmt"
	"strings"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/rules"
)

// RuleDefault is the rule id of a flag no rule fired for: the request stays with the
// municipality.
const RuleDefault = "default"

// Engine flags requests with the rules of one file. It is immutable once built, so one
// engine may serve many goroutines; loading new rules means building a new engine.
type Engine struct {
	rules            []Rule
	version          string
	reviewBelow      float64
	noRuleConfidence float64
	margin           int
}

// Default returns the engine for the rules embedded in the binary.
func Default() (*Engine, error) {
	return Parse(rules.DefaultName, rules.Default)
}

// Version identifies the rules: the file's version and a short hash of its bytes.
func (e *Engine) Version() string { return e.version }

// Rules returns the engine's rules in file order.
func (e *Engine) Rules() []Rule { return append([]Rule(nil), e.rules...) }

// Hit is one rule that fired on a request, with the words that made it fire.
type Hit struct {
	RuleID   string
	Agency   tafkik.Agency
	Priority int
	Words    []string // as written in the request
	Category bool     // the operator's category agreed with the rule
}

// Explanation is a flag with every rule that fired, best first.
type Explanation struct {
	Flag tafkik.Flag
	Hits []Hit
}

// Flag decides the agency of one request.
func (e *Engine) Flag(r tafkik.Request) tafkik.Flag { return e.Explain(r).Flag }

// Explain decides the agency of one request and keeps every rule that fired.
func (e *Engine) Explain(r tafkik.Request) Explanation {
	doc := newDoc(r.Text)
	cat := strings.Join(termKey(r.Category), " ")
	var hits []Hit
	var best, second *Rule
	bestIdx := -1
	for i := range e.rules {
		rule := &e.rules[i]
		h, ok := e.fire(rule, doc, cat)
		if !ok {
			continue
		}
		hits = append(hits, h)
		if best == nil || better(rule, h, best, hits[bestIdx]) {
			best, bestIdx = rule, len(hits)-1
		}
	}
	for i, h := range hits {
		if i == bestIdx || h.Agency == best.Agency {
			continue
		}
		if second == nil || e.rules[e.index(h.RuleID)].Priority > second.Priority {
			second = &e.rules[e.index(h.RuleID)]
		}
	}
	f := tafkik.Flag{RequestID: r.ID, RulesVer: e.version}
	if best == nil {
		f.Agency, f.RuleID, f.Confidence = tafkik.AgencyMunicipality, RuleDefault, e.noRuleConfidence
		f.NeedsReview = f.Confidence < e.reviewBelow
		return Explanation{Flag: f}
	}
	bh := hits[bestIdx]
	f.Agency, f.RuleID, f.Words = best.Agency, best.ID, bh.Words
	conf := best.Confidence
	if bh.Category && !best.categoryOnly() {
		conf += 0.05
	}
	if second != nil && best.Priority-second.Priority < e.margin {
		// two agencies claim the text with about the same weight: a person should look
		conf -= 0.25
	}
	f.Confidence = clamp(conf)
	f.NeedsReview = f.Confidence < e.reviewBelow
	// best first, then the others in file order
	ordered := make([]Hit, 0, len(hits))
	ordered = append(ordered, bh)
	for i, h := range hits {
		if i != bestIdx {
			ordered = append(ordered, h)
		}
	}
	return Explanation{Flag: f, Hits: ordered}
}

func (e *Engine) index(id string) int {
	for i := range e.rules {
		if e.rules[i].ID == id {
			return i
		}
	}
	return -1
}

// better orders fired rules: priority, then words from the text over a category alone, then
// more words; file order breaks the remaining ties.
func better(r *Rule, h Hit, best *Rule, bh Hit) bool {
	if r.Priority != best.Priority {
		return r.Priority > best.Priority
	}
	if r.categoryOnly() != best.categoryOnly() {
		return !r.categoryOnly()
	}
	return len(h.Words) > len(bh.Words)
}

func clamp(c float64) float64 {
	switch {
	case c < 0.05:
		return 0.05
	case c > 0.99:
		return 0.99
	}
	return float64(int(c*100+0.5)) / 100
}

func (e *Engine) fire(r *Rule, d *doc, cat string) (Hit, bool) {
	h := Hit{RuleID: r.ID, Agency: r.Agency, Priority: r.Priority}
	for _, c := range r.Categories {
		if cat != "" && strings.Contains(cat, c) {
			h.Category = true
			break
		}
	}
	if r.categoryOnly() {
		return h, h.Category
	}
	sp, ok := findAny(r.Any, d.toks)
	if !ok {
		return h, false
	}
	spans := []span{sp}
	for _, g := range r.With {
		sp, ok := findAny(g, d.toks)
		if !ok {
			return h, false
		}
		spans = append(spans, sp)
	}
	if _, blocked := findAny(r.Not, d.toks); blocked {
		return h, false
	}
	for _, sp := range spans {
		w := d.words(sp)
		dup := false
		for _, x := range h.Words {
			dup = dup || x == w
		}
		if !dup {
			h.Words = append(h.Words, w)
		}
	}
	return h, true
}

func findAny(terms []term, toks []string) (span, bool) {
	for i := range terms {
		if sp, ok := terms[i].find(toks); ok {
			return sp, true
		}
	}
	return span{}, false
}

// doc is a request text split into comparison tokens that remember where they came from.
type doc struct {
	text   string
	toks   []string
	origin []int    // index into raw for each token
	raw    [][2]int // byte offsets of each word of the original text
}

func newDoc(text string) *doc {
	d := &doc{text: text}
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		for _, k := range strings.Fields(wordKey(w)) {
			d.toks = append(d.toks, k)
			d.origin = append(d.origin, len(d.raw))
		}
		d.raw = append(d.raw, [2]int{start, end})
		start = -1
	}
	for i, r := range text {
		if isSpace(r) {
			flush(i)
		} else if start < 0 {
			start = i
		}
	}
	flush(len(text))
	return d
}

// isSpace splits the original text into words; punctuation stays inside a word here and
// is trimmed when the words are shown.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0'
}

// words returns the original text covered by a span of tokens.
func (d *doc) words(sp span) string {
	if sp.to <= sp.from {
		return ""
	}
	a, b := d.raw[d.origin[sp.from]][0], d.raw[d.origin[sp.to-1]][1]
	return strings.TrimFunc(d.text[a:b], func(r rune) bool {
		return strings.ContainsRune(".,،؛;:!؟?()«»\"'-_/\\[]", r)
	})
}

// String describes a hit for logs and the command line.
func (h Hit) String() string {
	return fmt.Sprintf("%s → %s (priority %d): %s", h.RuleID, h.Agency, h.Priority, strings.Join(h.Words, "، "))
}
