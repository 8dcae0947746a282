package jurisdiction

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	// vocab holds every word of the rules' terms and of the place readings: two of them
	// typed without the space between («منهولفاضلاب», «جلویاداره») are read apart.
	vocab map[string]bool
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
	Priority int      // the rule's priority, less secondaryPenalty for an aside
	Words    []string // as written in the request
	Category bool     // the operator's category agreed with the rule
	// Aside: the rule fired only on what the writer added after «ضمنا» and the like, a second
	// problem next to the one the request is about.
	Aside bool
	// PlaceOnly: the rule fired only on words that say where the problem is («کنار تیر برق»,
	// «روبروی مخابرات»), not what it is.
	PlaceOnly bool
	// Hedged: a word the rule fired on is in a clause the writer only guesses or asks.
	Hedged bool
	// Background: a word the rule fired on says when the complaint happened.
	Background bool

	categoryOnly bool
	order        int
	first        int // the token where the rule's first word was found
	// lead: that first word is not a place, a landmark or context before «مشکل اینه که»
	lead bool
}

// placePriority caps a rule that fired only on a word that may be a place name (a «~» term).
const placePriority = 40

// weakPriority: an outside rule below it is a weak sign (a bare agency word, an accident,
// a dark street); the operator's municipal category outweighs it.
const weakPriority = 60

// surePriority: an outside rule from it up is a sure sign («بوی گاز», «قطعی برق», «فاضلاب از
// منهول»), whatever municipal topic the text names before it.
const surePriority = 85

// headPriority: municipal rules from it up name a topic specific enough to head a complaint;
// municipality.street's words («پیاده رو», «سگ», «آسفالت») are as often where or whose
// («ماشینا رو پیاده رو پارک میکنن», «سگ همسایه»).
const headPriority = 50

// placeConfidence: a municipal request that names another agency's thing as a place; a clerk
// should look, as with an aside.
const placeConfidence = 0.5

// secondaryPenalty puts a rule that fired only in an aside below every rule that fired on
// the main complaint.
const secondaryPenalty = 100

// asideConfidence: when only an aside names another agency, a clerk should look.
const asideConfidence = 0.3

// Explanation is a flag with every rule that fired, best first.
type Explanation struct {
	Flag tafkik.Flag
	Hits []Hit
	// Vented is what the writer vented before turning to the request («برق هم که هر روز قطع
	// میشه بماند»), as written: no rule read it (vent.go).
	Vented []string
	// another: the writer said this request is about something else than an earlier one they
	// cite (markEarlier), so it is no follow-up of it.
	another bool
}

// Flag decides the agency of one request.
func (e *Engine) Flag(r tafkik.Request) tafkik.Flag { return e.Explain(r).Flag }

// Explain decides the agency of one request and keeps every rule that fired, best first.
func (e *Engine) Explain(r tafkik.Request) Explanation {
	text := r.Text
	if strings.TrimSpace(text) == "" {
		// a request with no text (the app's category and pin alone): the category the citizen
		// or the operator chose says what it is about («قطع برق»)
		text = r.Category
	}
	d := newDocWith(text, r.Address, e.vocab)
	cat := strings.Join(termKey(r.Category), " ")
	hits := e.fireAll(d, cat)
	if d.alsoAside && (len(hits) == 0 || hits[0].Aside) {
		// what comes before the «هم» clause names nothing a rule knows («کسی نیومده، چراغ هم
		// خاموشه»): the clause is the complaint
		d.aside, d.alsoAside = d.outside, false
		hits = e.fireAll(d, cat)
	}
	if d.plain != nil && !namesAny(hits) {
		// the writer only vented («برق هم که هر روز قطع میشه بماند، رسیدگی کنید»): what they
		// vented about is all the text names
		d.negated, d.plain = d.plain, nil
		hits = e.fireAll(d, cat)
	}
	f := tafkik.Flag{RequestID: r.ID, RulesVer: e.version}
	if len(hits) == 0 || hits[0].Aside {
		// Nothing in the main complaint names an agency: most requests are the municipality's.
		// An aside that names one («ضمنا بوی گاز میاد») is for a clerk to see, not to decide.
		f.Agency, f.RuleID, f.Confidence = tafkik.AgencyMunicipality, RuleDefault, e.noRuleConfidence
		if len(hits) > 0 && hits[0].Agency.Outside() {
			f.Confidence -= asideConfidence
		}
		f.Confidence = clamp(f.Confidence)
		f.NeedsReview = f.Confidence < e.reviewBelow
		return Explanation{Flag: f, Hits: hits, Vented: d.vented(), another: d.another}
	}
	best := hits[0]
	if best.PlaceOnly {
		// «بوی شدید گاز کنار رگولاتور»: the place is not the complaint, but another word of
		// an outside agency may be
		for _, h := range hits[1:] {
			if h.Agency.Outside() && !h.PlaceOnly && !h.categoryOnly && !h.Aside {
				best = h
				break
			}
		}
	}
	if best.Agency.Outside() && (best.PlaceOnly || best.Priority < weakPriority && (municipalCategory(hits) || best.Agency == tafkik.AgencyPower && parkAddress(r.Address)) ||
		municipalHead(hits, best) || best.Hedged && municipalSure(hits, headPriority) ||
		best.Background && municipalSure(hits, 0)) {
		// «کیسه زباله کنار علمک گاز»: the other agency's thing is where, not what; and a weak
		// sign does not outweigh an operator who filed the request as municipal work. The
		// request stays here, and a clerk sees it.
		f.Agency, f.RuleID, f.Confidence = tafkik.AgencyMunicipality, RuleDefault, placeConfidence
		for _, h := range hits {
			if h.Agency == tafkik.AgencyMunicipality {
				f.RuleID, f.Words = h.RuleID, h.Words
				break
			}
		}
		f.NeedsReview = true
		return Explanation{Flag: f, Hits: hits, Vented: d.vented(), another: d.another}
	}
	rule := &e.rules[best.order]
	f.Agency, f.RuleID, f.Words = best.Agency, best.RuleID, best.Words
	conf := rule.Confidence
	if best.Category && !best.categoryOnly {
		conf += 0.05
	}
	// «آسفالت خرابه، ضمنا بوی گاز میاد»: the request is the municipality's, and its aside is
	// for another agency; a clerk should see it, as when the aside stands alone
	asideOut := !best.Agency.Outside() && outsideAside(hits)
	if asideOut {
		conf -= asideConfidence
	}
	for _, h := range hits[1:] {
		if h.Agency != best.Agency {
			if best.Priority-h.Priority < e.margin {
				// two agencies claim the text with about the same weight: a person should look
				conf -= 0.25
			}
			break
		}
	}
	f.Confidence = clamp(conf)
	f.NeedsReview = f.Confidence < e.reviewBelow || asideOut
	return Explanation{Flag: f, Hits: hits, Vented: d.vented(), another: d.another}
}

// vented returns the runs of words hidden as venting, as written; none when the text named
// nothing else and the venting was read after all.
func (d *doc) vented() []string {
	if d.plain == nil {
		return nil
	}
	var out []string
	for i := 0; i < len(d.toks); {
		if !d.vent[i] {
			i++
			continue
		}
		j := i
		for j < len(d.toks) && d.vent[j] {
			j++
		}
		if w := d.words(span{i, j}); w != "" {
			out = append(out, w)
		}
		i = j
	}
	return out
}

// fireAll tries every rule on d and returns those that fired, best first.
func (e *Engine) fireAll(d *doc, cat string) []Hit {
	var hits []Hit
	for i := range e.rules {
		if h, ok := e.fire(&e.rules[i], d, cat); ok {
			h.order = i
			hits = append(hits, h)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return better(hits[i], hits[j]) })
	return hits
}

// namesAny reports whether a rule fired on the text's words, not on the category alone.
func namesAny(hits []Hit) bool {
	for _, h := range hits {
		if !h.categoryOnly {
			return true
		}
	}
	return false
}

// municipalHead reports whether a municipal topic comes before every word of an outside rule
// that is not a sure sign: «شاخه افتاده رو ماشین پارک شده», «چمن زنی پارک سر و صدا میکنه».
// The first topic a writer names is mostly what the request is about; the outside words
// after it say where or what else.
func municipalHead(hits []Hit, best Hit) bool {
	if best.Priority >= surePriority || best.categoryOnly || best.Aside {
		return false
	}
	for _, h := range hits {
		if h.Agency == tafkik.AgencyMunicipality && !h.categoryOnly && !h.Aside && h.lead &&
			h.Priority >= headPriority && h.first < best.first {
			return true
		}
	}
	return false
}

// municipalSure reports whether a municipal topic of at least priority min is named outside
// any guess or background: «کانال آب‌های سطحی پر شده (شاید فاضلاب باشد)» (min excludes the
// broad street words there), «چاله ... دیشب که برق رفته بود» (any municipal topic).
func municipalSure(hits []Hit, min int) bool {
	for _, h := range hits {
		if h.Agency == tafkik.AgencyMunicipality && !h.categoryOnly && !h.Aside && !h.Hedged &&
			!h.Background && h.Priority >= min {
			return true
		}
	}
	return false
}

// municipalCategory reports whether the operator's category is one only municipal work is
// filed under (a municipality rule that fired on the category alone).
// parkAddress reports whether the request's address field puts it in a park («گلسار، پارک
// کودک، خیابان ۱۷۱», «داخل پارک معلم»). A lamp or darkness with no place in the text
// («روشنایی داخل محل خاموش است») is then the park's, as under a park's category (rasht25,
// rasht29). A park named as a landmark («کنار پارک محله», «پشت بوستان لاله») or a street's
// name («کوچه بوستان») puts it outside.
func parkAddress(address string) bool {
	ks := termKey(address)
	for i, k := range ks {
		if parkWords[k] && (i == 0 || ks[i-1] == "داخل" || !locatives[ks[i-1]] && !placeWords[ks[i-1]] && !parkNear[ks[i-1]]) {
			return true
		}
	}
	return false
}

// parkNear before a park in an address put the spot beside it.
var parkNear = setOf("روبه", "روبهروی", "مقابل", "ورودی", "درب", "به", "نزدیک")

var parkWords = setOf("پارک", "بوستان")

func municipalCategory(hits []Hit) bool {
	for _, h := range hits {
		if h.categoryOnly && h.Category && h.Agency == tafkik.AgencyMunicipality {
			return true
		}
	}
	return false
}

// outsideAside reports whether a rule of another agency than the municipality fired only in
// an aside.
func outsideAside(hits []Hit) bool {
	for _, h := range hits {
		if h.Aside && h.Agency.Outside() {
			return true
		}
	}
	return false
}

// better orders fired rules: priority, then words from the text over a category alone, then
// more words; file order breaks the remaining ties.
func better(a, b Hit) bool {
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	if a.categoryOnly != b.categoryOnly {
		return !a.categoryOnly
	}
	if len(a.Words) != len(b.Words) {
		return len(a.Words) > len(b.Words)
	}
	return a.order < b.order
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

// fire tries the rule on the main complaint first, then on the whole text with its asides.
func (e *Engine) fire(r *Rule, d *doc, cat string) (Hit, bool) {
	h := Hit{RuleID: r.ID, Agency: r.Agency, Priority: r.Priority, categoryOnly: r.categoryOnly()}
	for _, c := range r.Categories {
		if cat != "" && cat == c {
			h.Category = true
			break
		}
	}
	if r.categoryOnly() {
		return h, h.Category
	}
	limit := d.aside
	spans, placeWith, ok := r.match(d, limit)
	if !ok && d.aside < len(d.toks) {
		limit = len(d.toks)
		spans, placeWith, ok = r.match(d, limit)
		h.Aside = true
		h.Priority -= secondaryPenalty
	}
	if !ok {
		return h, false
	}
	if r.Agency.Outside() && (d.inLocus(spans, placeWith) || d.inContext(spans)) {
		// «سطل زباله کنار تیر برق»: the word is where the problem is; the rule counts only
		// if its words are found elsewhere too
		d.skipLocus = true
		alt, _, found := r.match(d, limit)
		d.skipLocus = false
		if found {
			spans = alt
		} else {
			h.PlaceOnly = true
		}
	} else if len(r.With) == 0 && r.anyIsPlace(d, spans[0]) {
		// «مخابرات کوچه ۵ آسفالت خراب»: a word that may name a place, and nothing else, is
		// weaker than any word of a municipal topic
		h.Priority = min(h.Priority, placePriority)
	}
	if h.PlaceOnly {
		h.Priority = min(h.Priority, placePriority)
	}
	for _, sp := range spans {
		// one of the rule's words guessed or said as when is enough: «درخت ... (سیم برق
		// نزدیکه؟)» has the wire only in a question
		h.Hedged = h.Hedged || d.hedge[sp.from]
		h.Background = h.Background || d.background[sp.from]
	}
	h.first = spans[0].from
	for _, sp := range spans[1:] {
		h.first = min(h.first, sp.from)
	}
	h.lead = !d.place[h.first] && !d.locus[h.first] && !d.context[h.first]
	if r.Agency == tafkik.AgencyMunicipality && r.Near == 0 {
		// «درخت کهنسال کج شده، راه ماشین‌ها بسته شده، لطفاً هرس کنید»: the rule's word found
		// first in its list («هرس») may come last in the text; the topic is named where any
		// of its words first says what, not where
		for from := 0; from < h.first; {
			sp, ok := findEarliest(r.Any, d, from, min(limit, h.first))
			if !ok {
				break
			}
			if !d.place[sp.from] && !d.locus[sp.from] && !d.context[sp.from] {
				h.first, h.lead = sp.from, true
				break
			}
			from = sp.from + 1
		}
	}
	for _, sp := range spans {
		w := d.words(sp)
		if w != "" && !slices.Contains(h.Words, w) {
			h.Words = append(h.Words, w)
		}
	}
	return h, true
}

// match reports whether the rule's words are all in the first n tokens of d, and where;
// placeWith tells, for each span, whether a «~» term of a with-group matched it. A rule with
// Near wants its with-words within Near tokens of an any-word: it tries each any-word in turn.
func (r *Rule) match(d *doc, n int) (spans []span, placeWith []bool, ok bool) {
	for from := 0; ; {
		var sp span
		ok := false
		if r.Near == 0 {
			sp, _, ok = findAnyIn(r.Any, d, from, n, n)
		} else {
			sp, ok = findEarliest(r.Any, d, from, n)
		}
		if !ok {
			return nil, nil, false
		}
		spans, placeWith = []span{sp}, []bool{false}
		found := true
		for _, g := range r.With {
			lo, hi := 0, n
			if r.Near > 0 {
				lo, hi = d.reach(sp, r.Near, n)
			}
			wsp, t, ok := findAnyIn(g, d, lo, hi, n, spans...)
			if ok && r.Near > 0 && d.sentence != nil && d.sentence[wsp.from] != d.sentence[sp.from] {
				// «پارکینگ را مغازه کرده‌اند. از هفته پیش مانده»: near words share a sentence
				for ok && d.sentence[wsp.from] != d.sentence[sp.from] && wsp.from+1 < hi {
					wsp, t, ok = findAnyIn(g, d, wsp.from+1, hi, n, spans...)
				}
				ok = ok && d.sentence[wsp.from] == d.sentence[sp.from]
			}
			if !ok {
				found = false
				break
			}
			spans, placeWith = append(spans, wsp), append(placeWith, t.place)
		}
		if found {
			if _, blocked := findAny(r.Not, d, n); blocked {
				return nil, nil, false // tried last: not lists are long, and most rules never get here
			}
			return spans, placeWith, true
		}
		if r.Near == 0 {
			return nil, nil, false
		}
		from = sp.from + 1
	}
}

// reach returns the tokens [lo, hi) within near words of sp, the words that say where
// («فست‌فودی خیابان شهید مفتح روبه‌روی بانک ملی تمیز نیست») not counted: a place between a
// thing and what is wrong with it does not set them apart.
func (d *doc) reach(sp span, near, n int) (lo, hi int) {
	lo = sp.from
	for k := 0; lo > 0 && k < near; lo-- {
		if !d.place[lo-1] && !d.locus[lo-1] && !placeWords[d.toks[lo-1]] && !locatives[d.toks[lo-1]] {
			k++
		}
	}
	hi = sp.to
	for k := 0; hi < n && k < near; hi++ {
		if !d.place[hi] && !d.locus[hi] && !placeWords[d.toks[hi]] && !locatives[d.toks[hi]] {
			k++
		}
	}
	return lo, hi
}

// anyIsPlace reports whether the rule's any-words at sp were matched only by a «~» term.
func (r *Rule) anyIsPlace(d *doc, sp span) bool {
	for i := range r.Any {
		t := &r.Any[i]
		if t.place {
			return true // plain terms sort first: none of them matched
		}
		if got, ok := t.find(d, len(d.toks)); ok && got == sp {
			return false
		}
	}
	return false
}

func findAny(terms []term, d *doc, n int, avoid ...span) (span, bool) {
	sp, _, ok := findAnyIn(terms, d, 0, n, n, avoid...)
	return sp, ok
}

// findEarliest finds the match of any term that starts first at or after token from.
func findEarliest(terms []term, d *doc, from, n int) (span, bool) {
	best, found := span{}, false
	for i := range terms {
		hi := n
		if found {
			hi = best.from
		}
		if sp, ok := terms[i].findIn(d, from, hi, n); ok && (!found || sp.from < best.from) {
			best, found = sp, true
		}
	}
	return best, found
}

// findAnyIn finds the first term that matches starting at a token in [lo, hi), and which.
func findAnyIn(terms []term, d *doc, lo, hi, n int, avoid ...span) (span, *term, bool) {
	for i := range terms {
		if sp, ok := terms[i].findIn(d, lo, hi, n, avoid...); ok {
			return sp, &terms[i], true
		}
	}
	return span{}, nil, false
}

// doc is a request text split into comparison tokens that remember where they came from.
type doc struct {
	text   string
	toks   []string
	origin []int    // index into raw for each token
	raw    [][2]int // byte offsets of each word of the original text
	// place marks tokens that name a place: the words right after «خیابان», «کوچه»,
	// «روبروی», «جنب» and the like, where «معلم» is a street and «مخابرات» a building.
	place []bool
	runes []int // letters in each token
	// byFirst lists the tokens that start with each letter, in order: a term is only tried
	// where it could start.
	byFirst map[rune][]int
	// homToks are toks with the letters that sound alike folded (homophoneKey), nil when no
	// token changes; homByFirst indexes them as byFirst does toks.
	homToks    []string
	homByFirst map[rune][]int
	// homChanged indexes only the tokens folding changed: a term folding leaves as it is
	// can only match anew from one of them.
	homChanged map[rune][]int
	// aside is the first token of what the writer added after «ضمنا» and the like; the main
	// complaint is toks[:aside].
	aside int
	// alsoAside: the aside is a later clause whose subject takes «هم» («... جوی‌ها هم گرفته»,
	// alsoClause), and outside is where it began before that clause was set aside.
	alsoAside bool
	outside   int
	// negated marks the words the writer set aside with «... نه،» («فاضلاب نه، آب بارونه»,
	// «دزدگیر ماشین نه، دستگاه رستوران»): what they name is what the request is not about.
	negated []bool
	// office marks the name of an office named as a place («کنار شرکت آب و فاضلاب»).
	office []bool
	// locus marks the thing after «کنار», «جلوی», «زیر», «پای» ...: where the problem is
	// («کنار تیر برق», «جلوی نور چراغ»), seldom what it is.
	locus []bool
	// context marks what comes before «مشکل اینه که» and the like: the writer says the
	// complaint starts after it («تیر برق وسط پیاده روه، مشکلم اینه که موزاییکا کنده شده»).
	context []bool
	// hedge marks a clause the writer guesses or asks in («شاید فاضلاب باشد», «احتمالا لوله
	// شکسته», «(سیم برق نزدیک است؟)»).
	hedge []bool
	// background marks a clause that says when («دیشب که برق رفته بود»).
	background []bool
	// verb is each token, or a verb prefix written apart joined to its verb (joinVerbs).
	verb []string
	// another: the text says it is about something else than an earlier request it cites.
	another bool
	// sentence numbers the sentences: a rule's near words must share one.
	sentence []int
	// vent marks what the writer vents before turning to the request (vent.go); plain is
	// negated without it, for a text that turns out to name nothing else.
	vent, plain []bool
	// arabic: the text was typed on an Arabic keyboard (typedArabic).
	arabic bool
	// skipLocus makes terms pass over locus and context words while a rule is tried again
	// without them.
	skipLocus bool
}

// newDoc reads a request's text; address is the request's address field, whose words the
// text may repeat.
func newDoc(text, address string) *doc { return newDocWith(text, address, nil) }

// newDocWith reads a request's text as newDoc does, and reads apart two words of vocab typed
// without the space between them (splitJoined).
func newDocWith(text, address string, vocab map[string]bool) *doc {
	d := &doc{text: text, arabic: typedArabic(text)}
	start := -1
	var commaAfter []bool // the word ended with punctuation
	var question []bool   // ... with a question mark
	sentence, stop := 0, false
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		// «است.مخابرات», «سلام.برق»: sentences run together without a space still end
		// where their punctuation is; a one-letter abbreviation («خ.», «ک.») ends nothing
		for _, piece := range splitSentences(w) {
			n := len(d.toks)
			for _, key := range strings.Fields(wordKey(piece)) {
				for _, k := range splitJoined(key, vocab) {
					d.toks = append(d.toks, k)
					d.origin = append(d.origin, len(d.raw))
					commaAfter = append(commaAfter, false)
					question = append(question, false)
				}
			}
			// «بوی گاز میآید - هیچکس جوابگو نیست»: punctuation written apart ends the word
			// before it as if it were attached
			// «بن‌بست ۱ خ. نگارستان رو بسته»: a one-letter abbreviation's full stop ends nothing
			if last, _ := utf8.DecodeLastRuneInString(piece); len(d.toks) > 0 && (len(d.toks) > n || isPunct(piece)) &&
				strings.ContainsRune(",،-.;؛!؟?:", last) && !(last == '.' && utf8.RuneCountInString(piece) == 2 && unicode.IsLetter([]rune(piece)[0])) {
				commaAfter[len(d.toks)-1] = true
				question[len(d.toks)-1] = question[len(d.toks)-1] || last == '؟' || last == '?'
				stop = stop || strings.ContainsRune(".;؛!؟?", last)
			}
			for k := n; k < len(d.toks); k++ {
				d.sentence = append(d.sentence, sentence)
			}
			if stop {
				sentence++
				stop = false
			}
		}
		d.raw = append(d.raw, [2]int{start, end})
		start = -1
	}
	for i, r := range text {
		switch {
		case isSpace(r):
			flush(i)
			if (r == '\n' || r == '\r') && len(commaAfter) > 0 {
				commaAfter[len(commaAfter)-1] = true // a line ends a sentence as a full stop does
				if !stop && len(d.sentence) > 0 && d.sentence[len(d.sentence)-1] == sentence {
					sentence++
				}
			}
		case start < 0:
			start = i
			if r == '(' && len(commaAfter) > 0 {
				commaAfter[len(commaAfter)-1] = true // «... است (شاید فاضلاب باشد)»
			}
		}
	}
	flush(len(text))
	d.unsquare(commaAfter)
	d.index()
	d.markPlaces(commaAfter)
	d.markNegated(commaAfter)
	d.markContext()
	d.markClauses(commaAfter, question)
	d.markAddress(address)
	d.markVenting(commaAfter)
	d.markCompared(commaAfter)
	d.markEarlier(commaAfter)
	d.markLesser(commaAfter)
	if d.vent != nil {
		d.plain = d.negated
		d.negated = make([]bool, len(d.toks))
		for i := range d.negated {
			d.negated[i] = d.plain[i] || d.vent[i]
		}
	}
	d.aside = len(d.toks)
	for i := 1; i < len(d.toks); i++ {
		// «... تاریکهدر ضمن ...»: «در ضمن» run on to the word before it
		runOn := d.toks[i] == "ضمن" && strings.HasSuffix(d.toks[i-1], "در") && d.toks[i-1] != "در" && i+1 < len(d.toks) && d.toks[i+1] != "اینکه" && d.toks[i+1] != "این"
		if asideMarkers[d.toks[i]] || runOn || d.addsNext(i, commaAfter) || d.anotherThing(i) ||
			i+1 < len(d.toks) && asidePairs[[2]string{d.toks[i], d.toks[i+1]}] {
			d.aside = i
			break
		}
	}
	// «۱- زباله جمع نمیشه ۲- چراغ کوچه هم خاموشه»: a numbered list is filed under its first
	// item, and what follows «۲-» is a second complaint, read as an aside
	if k := d.secondItem(); k > 0 && k < d.aside {
		d.aside = k
	}
	// «هم آشغال‌ها مونده هم ماشینا دوبله پارک میکنند»: both named, the first is what the
	// caller called about, and the second is read as an aside
	if k := d.bothAnd(); k > 0 && k < d.aside {
		d.aside = k
	}
	// «چراغ برق سر کوچه خاموشه، جوی‌ها هم گرفته»: a second problem added with «هم», «too»
	if k := d.alsoClause(); k > 0 && k < d.aside {
		d.outside, d.aside, d.alsoAside = d.aside, k, true
	}
	return d
}

// alsoClause returns the first token of a later clause that adds a second problem with «هم»,
// «too», after its subject of one to three words («روشنایی معبر نداریم جوی‌ها هم گرفته»,
// «آب از کنار کنتور میاد بیرون، جوی آب هم پره»), or 0. A complaint must be stated before it,
// ended by a finished verb; a «هم» after a person, a time or a place («ما هم», «الان هم»,
// «کوچه ما هم») or before «که» (vent.go) says something else. The clause is an aside only
// when the complaint before it names something a rule knows (Explain).
func (d *doc) alsoClause() int {
	n := len(d.toks)
	for i := 2; i < n-1; i++ {
		if d.toks[i] != "هم" || d.toks[i+1] == "که" || d.vent != nil && d.vent[i] ||
			alsoNotSubject[d.toks[i-1]] || d.place[i-1] {
			continue
		}
		k := i - 1
		for k > 0 && i-k < 3 && d.sentence[k-1] == d.sentence[k] && !d.endsClause(k-1) &&
			!finishedVerb(d.toks[k-1]) && !d.place[k-1] && !alsoNotSubject[d.toks[k-1]] {
			k--
		}
		if k < 2 || alsoNotSubject[d.toks[k]] || alsoBut[d.toks[k-1]] {
			continue // «پلیس راهنمایی نیست ولی چراغ قرمز هم کار نمیکنه»: after «ولی» is the point
		}
		for j := k - 1; j > 0; j-- {
			if (finishedVerb(d.toks[j]) || alsoStated[d.toks[j]]) && !d.negated[j] {
				return k
			}
		}
	}
	return 0
}

// alsoBut before the clause make it what the writer means.
var alsoBut = setOf("ولی", "اما", "ولیکن", "لیکن", "منتها", "بلکه")

// alsoStated end a complaint as a verb does, in 137 messages: «چراغ کوچه خاموشه».
var alsoStated = setOf("خاموشه", "خاموش", "سوخته", "قطعه", "پره", "کجه", "تاریکه", "ترکیده", "شکسته", "خرابه")

// alsoNotSubject before «هم» make it «we too», «still», «again», not a second thing.
var alsoNotSubject = setOf("ما", "من", "منم", "ماهم", "شما", "ایشان", "ایشون", "اونا", "آنها", "اینجا", "اونجا",
	"آنجا", "الان", "الآن", "هنوز", "باز", "بازم", "دوباره", "قبلا", "قبلاً", "امروز", "دیروز", "دیشب", "امشب",
	"بار", "دفعه", "بارها", "همسایه", "همسایهها", "مون", "مان", "تو", "به", "از",
	"با", "را", "رو", "و", "یا", "که", "اینبار", "این", "اون", "آن")

// bothAnd returns the second «هم» of «هم ... هم ...» naming two problems, or 0. The first
// «هم» must open the text or a clause (after a stop, a greeting or a place), where it says
// «both» and not «too» («چراغ کوچه هم خاموشه»); the second comes at least three words on
// («هم جوی گرفته هم ...», «هم شبا صدای موتورا نمیذاره بخوابیم هم ...»).
func (d *doc) bothAnd() int {
	first := -1
	for i, t := range d.toks {
		if t != "هم" {
			continue
		}
		if i+1 < len(d.toks) && d.toks[i+1] == "که" || d.vent != nil && d.vent[i] {
			return 0 // «زباله‌ها هم که دیر جمع میشه»: a grievance before the request (vent.go)
		}
		if first < 0 {
			if i == 0 || d.sentence[i] != d.sentence[i-1] || d.endsClause(i-1) || greetings[d.toks[i-1]] ||
				d.place[i-1] {
				first = i
				continue
			}
			return 0
		}
		if i-first < 3 {
			return 0
		}
		return i
	}
	return 0
}

// greetings end the opening words of a message: «سلام هم ...», «با سلام و احترام هم ...».
var greetings = setOf("سلام", "احترام", "ادب", "نباشید", "نباشین", "بخیر", "درود", "خدمت")

// addsNext reports whether «تازه» at token i adds a second problem, «what's more»: opening a
// sentence («... شکسته. تازه سگ‌ها هم ...»), or after a comma or a finished verb when typed in
// haste («بوی زباله کل کوچه رو گرفته، تازه بوی گاز میاد», «لاشه گربه افتاده تازه کابل تلفن
// قطع شده»). Before a participle it is «just» («تازه آسفالت شده», «تازه ساخته شده»), and so
// after «هم» or a noun («گاز شهری هم تازه اومده», «سبزیجات تازه»).
func (d *doc) addsNext(i int, brk []bool) bool {
	if d.toks[i] != "تازه" {
		return false
	}
	if d.sentence[i] != d.sentence[i-1] {
		return i >= 3
	}
	if !brk[i-1] && !finishedVerb(d.toks[i-1]) {
		return false
	}
	for k := i + 1; k <= i+2 && k < len(d.toks); k++ {
		if justDone[d.toks[k]] {
			return false
		}
	}
	return true
}

// finishedVerb reports whether a token is a verb that ends a clause, as colloquial 137
// messages end them («افتاده», «میاد», «نمیشه», «کثیفه»).
func finishedVerb(t string) bool {
	if clauseVerbs[t] {
		return true
	}
	return (strings.HasPrefix(t, "می") || strings.HasPrefix(t, "نمی")) && utf8.RuneCountInString(t) >= 4 && !miNouns[t]
}

var (
	clauseVerbs = setOf("شده", "شد", "شدن", "شدند", "شدہ", "کرده", "کردن", "کردند", "کرد", "کردیم", "افتاده", "گرفته",
		"مونده", "مانده", "هست", "است", "نیست", "داره", "دارد", "دارن", "دارند", "نداره", "ندارد", "نداریم", "داریم",
		"کنید", "کنین", "بکنید", "بشیم", "بشن", "بشه", "زده", "ریخته", "رفته", "اومده", "امده", "خورده", "نیومده",
		"نیامده", "خرابه", "کثیفه", "بازه", "شکسته")
	// miNouns start with «می» and are no verb.
	miNouns = setOf("میوه", "میوهها", "میدان", "میدون", "میرزا", "میز", "میله", "میلگرد", "میکسر", "میهمان", "میخ",
		"مین", "میراث", "میلاد", "میهن", "میزان", "میانه", "میانی", "میدانی")
	// justDone after «تازه» make it «just»: «تازه آسفالت شده», «تازه ساخته شده».
	justDone = setOf("شده", "شد", "شدن", "شدند", "کرده", "کردن", "کردند", "کرد", "کردیم", "ساخته", "اومده", "امده",
		"رسیده", "کاشته", "گذاشته", "نصب", "اومدن", "امدن", "اومدیم", "امدیم")
)

// anotherThing reports whether «یه چیز دیگه (هم)» starts at token i, a second problem the
// writer adds («... یه چیز دیگه هم، روشنایی کوچه قطعه»), as «مشکل دیگه» does. «درخواست
// قبلیم ... یه چیز دیگه بود» says what an earlier request was about instead.
func (d *doc) anotherThing(i int) bool {
	n, t := len(d.toks), d.toks[i]
	j := i + 1
	switch {
	case t == "چیزدیگه" || t == "چیزدیگر" || t == "چیزدیکه":
	case (t == "یه" || t == "یک") && j+1 < n && d.toks[j] == "چیز" && otherTopics[d.toks[j+1]]:
		j += 2
	default:
		return false
	}
	return j >= n || !pastWords[d.toks[j]] && !copulas[d.toks[j]]
}

// copulas say what something is: «یه چیز دیگه است».
var copulas = setOf("است", "هست", "بوده", "نیست", "ست")

// secondItem returns the token that opens the second item of a numbered list («۱- ... ۲-
// ...», «1) ... 2)», «اولا ... ثانیا»), or 0. A «۱-» after a place word is an alley's or a
// block's («کوچه ۱- ...»), no item.
func (d *doc) secondItem() int {
	first := false
	for i, t := range d.toks {
		// «اولا ... ثانیا», «اول اینکه ... دوم اینکه»; «بن‌بست اول: ...» is a dead end's name
		that := i+1 < len(d.toks) && d.toks[i+1] == "اینکه"
		// «مشکل اول ...، مشکل دوم ...»
		problem := i > 0 && d.toks[i-1] == "مشکل"
		if (t == "اولا" || (t == "اول" || t == "یکی") && that || t == "اول" && problem) && !first {
			first = true
			continue
		}
		if first && (t == "ثانیا" || t == "دوما" || t == "دوم" && (that || problem)) {
			if problem {
				return i - 1
			}
			return i
		}
		afterPlace := i > 0 && (placeWords[d.toks[i-1]] || d.toks[i-1] == "فاز" || d.toks[i-1] == "بلوک") && !d.endsClause(i-1)
		// once «۱-» opened a list, «محله ۲-» is its second item, not the second quarter
		if t != "1" && t != "2" || !d.itemMark(i) || afterPlace && !first {
			continue
		}
		if t == "1" {
			first = true
		} else if first {
			return i
		}
	}
	return 0
}

// endsClause reports whether token i ends a word written with punctuation after it
// («کوچه.», «(بن‌بست)»).
func (d *doc) endsClause(i int) bool {
	if d.raw == nil || d.origin == nil || i+1 < len(d.toks) && d.origin[i+1] == d.origin[i] {
		return false
	}
	r := d.raw[d.origin[i]]
	last, _ := utf8.DecodeLastRuneInString(d.text[r[0]:r[1]])
	return strings.ContainsRune(",،.;؛:!؟?)", last)
}

// itemMark reports whether token i, a number, was written as a list's mark: «۲-», «۲)»,
// «۲.» or «۲ -».
func (d *doc) itemMark(i int) bool {
	if d.raw == nil || d.origin == nil || i > 0 && d.origin[i-1] == d.origin[i] {
		return false
	}
	// the number opens its written word («۲-», «(۲)», «۲.چراغ», «۲ـ»): what follows its digits
	// there, or after a space, is the mark
	r := d.raw[d.origin[i]]
	w := strings.TrimLeft(d.text[r[0]:r[1]], "(")
	rest := strings.TrimLeftFunc(w, unicode.IsDigit)
	if len(rest) == len(w) {
		return false
	}
	if rest == "" {
		rest = strings.TrimLeft(d.text[r[1]:], " ")
		return strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, ") ") || strings.HasPrefix(rest, "ـ ")
	}
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "ـ")
}

// officeRunsOn reports whether an office's name, at prev, runs on to cur: «شرکت توزیع برق»,
// «اداره آب و فاضلاب»; a second utility named right after the first («کنار اداره گاز آب از زیر
// آسفالت فواره میزنه») is the complaint, save the water company's «آب فاضلاب» without «و».
func officeRunsOn(prev, cur string) bool {
	if !officeNames[cur] {
		return false
	}
	return !utilityNames[prev] || !utilityNames[cur] || (prev == "آب" || prev == "اب") && cur == "فاضلاب"
}

// utilityNames name a utility in an office's name.
var utilityNames = setOf("برق", "گاز", "آب", "اب", "فاضلاب", "مخابرات", "آبفا", "ابفا", "پست")

// isPunct reports whether a word is punctuation alone («-», «،», «؟؟»).
func isPunct(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// splitSentences cuts a word at punctuation inside it that ends a sentence or a clause,
// keeping the punctuation with the piece before it.
func splitSentences(w string) []string {
	var out []string
	from := 0
	for i, r := range w {
		if !strings.ContainsRune(".،,;؛!؟?", r) || i == 0 {
			continue
		}
		end := i + utf8.RuneLen(r)
		if end >= len(w) || utf8.RuneCountInString(strings.Trim(w[from:i], ".،,;؛!؟?()")) < 2 {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(w[end:]); unicode.IsDigit(next) || strings.ContainsRune(".،,;؛!؟?", next) {
			continue // «3.5», «!!!»
		}
		out = append(out, w[from:end])
		from = end
	}
	return append(out, w[from:])
}

// placeWords are followed by a place's name; placeTitles by more of it («خیابان شهید ...»).
var (
	placeWords = setOf("خیابان", "خیابون", "خ", "کوچه", "کوچهی", "ک", "بلوار", "بل", "ب", "میدان", "میدون",
		"فلکه", "فلکهی", "بنبست", "بست", "چهارراه", "کوی", "شهرک", "محله", "محلهی", "روبروی", "روبهروی", "روبرو",
		"مقابل", "جنب", "نبش", "کنار", "پشت", "نزدیک", "حوالی", "محدوده", "جلوی", "جلو", "نرسیده", "سمت",
		"روبه", "بغل", "بعد", "قبل", "ساکن", "ساکنین", "ساکنان", "اهالی", "falake", "falakeh", "felake", "felakeh", "khiaban", "khiabane", "meydan", "meydane", "bolvar",
		"kenar", "kenare", "jolo", "jelo", "jeloo", "jeloye", "jelooye", "jeloe", "poshte", "roberooye", "roberoye", "roberoo", "ruberuye")
	// landmarkWords are followed by their own name too («پارک پلیس», «بیمارستان رازی»), but
	// are themselves a name after a place word («خیابان پارک»).
	landmarkWords = setOf("پارک", "بوستان", "مسجد", "بیمارستان", "مدرسه", "بازار")
	placeTitles   = setOf("شهید", "امام", "ایت", "ایتالله", "الله", "دکتر", "حاج", "حاجی", "سردار", "استاد",
		"سید", "شیخ", "میرزا", "به", "روی", "از", "اداره", "شرکت", "ساختمان", "مرکز", "ایستگاه", "پمپ", "مطب",
		"چپ", "راست", "دور", "دفتر", "edare", "edareye", "sherkat")
	// personTitles start a person's name, which is most often a street's or a school's.
	personTitles = setOf("شهید", "سردار", "امام", "دکتر", "ایتالله", "حکیم", "استاد", "میرزا")
	// officeTitles name a building after a place word («جلوی اداره ...»): no word of the
	// office's name is the complaint's topic, whatever rule it belongs to.
	officeTitles = setOf("اداره", "شرکت", "ساختمان", "مرکز", "دفتر")
	// officeNames run on an office's name: «شرکت توزیع برق», «اداره کل گاز استان».
	officeNames = setOf("توزیع", "نیروی", "ملی", "کل", "منطقه", "استان", "شهرستان", "گیلان", "رشت",
		"برق", "گاز", "آب", "اب", "فاضلاب", "مخابرات", "آبفا", "ابفا", "پست", "و", "گازرسانی", "مخابراتی")
	// locatives put a thing as the place of the complaint; locusTail words run its name on
	// («پای تیر چراغ برق», «کنار پست برق»).
	locatives = setOf("بعد", "قبل", "کنار", "جلوی", "جلو", "پشت", "زیر", "پای", "بغل", "نزدیک", "نزدیکی", "روبروی",
		"روبهروی", "مقابل", "جنب", "نبش", "بالاتر", "پایینتر", "پائینتر", "حوالی", "اطراف", "مثل", "مانند", "نرسیده", "سمت", "روبه", "سر", "دیوار", "kenar", "kenare", "jolo", "jelo", "jeloo", "jeloye", "jelooye", "jeloe", "poshte", "zire")
	locusTail = setOf("برق", "گاز", "آب", "مخابرات", "تلفن", "چراغ", "فشار", "قوی", "ضعیف", "شهری", "فاضلاب",
		"تقلیل", "تنظیم", "ایستگاه", "اداره", "شرکت", "پست", "بانک", "چپ", "راست", "روی", "بنزین", "سوخت",
		"bargh", "gaz", "mokhaberat", "دبستان", "دبیرستان", "هنرستان", "دخترانه", "پسرانه")
	// schoolNames run a school's name on after the place it names («کوچه مدرسه دبستان دخترانه
	// نرگس»): the school is where, its level and its pupils are part of its name.
	// nameBreaks are things, not a landmark's name, before a place word («لامپ خیابان»).
	nameBreaks = setOf("چراغ", "لامپ", "تیر", "سیم", "کابل", "لوله", "جوی", "اسفالت", "چاله", "زباله", "درخت", "اب",
		"برق", "گاز", "فاضلاب", "منهول", "تلفن", "سر", "ته", "وسط", "اول", "اخر", "داخل", "تو", "توی",
		"ما", "من", "شما", "اونا", "انها", "خونه", "خانه", "منزل", "در", "درب", "خونمون", "خانهمان")
	schoolHeads = setOf("مدرسه", "مدرسهی", "دبستان", "دبیرستان", "هنرستان")
	schoolNames = setOf("دبستان", "دبیرستان", "هنرستان", "دخترانه", "پسرانه", "ابتدایی", "متوسطه", "غیرانتفاعی")
	// «شهروند افزود:» is how an operator writes down what the caller added.
	asideMarkers = setOf("ضمنا", "درضمن", "همچنین", "بعلاوه", "ضمنن", "ضنا", "ضما", "زمنا", "راستی", "افزود", "افزودند")
	asidePairs   = map[[2]string]bool{{"در", "ضمن"}: true, {"ضمن", "اینکه"}: true, {"ضمن", "این"}: true,
		{"به", "علاوه"}: true, {"علاوه", "بر"}: true, {"مشکل", "دیگه"}: true, {"مشکل", "دیگر"}: true,
		{"مورد", "دیگر"}: true, {"مورد", "دیگه"}: true, {"اینم", "بگم"}: true, {"اینم", "بگویم"}: true}
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// unsquare reads a colloquial «میدن» («می‌دن», they give) after a noun as the verb it is
// («موتورسوارها نبش ۱۱۱ ویراژ میدن», «گاز میدن»): the spelling table reads it as «میدان» with
// a letter dropped («میدن مصلی»), which it is only opening a clause or after a locative or a
// preposition («سر میدن», «تا میدن»). Read as a square it made the words before it a place.
func (d *doc) unsquare(commaAfter []bool) {
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k] != "میدان" || commaAfter[k-1] || d.origin[k-1] == d.origin[k] ||
			k+1 < len(d.toks) && d.origin[k+1] == d.origin[k] {
			continue
		}
		r := d.raw[d.origin[k]]
		if f := strings.Fields(fold(d.text[r[0]:r[1]])); len(f) != 1 || f[0] != "میدن" {
			continue
		}
		if prev := d.toks[k-1]; locatives[prev] || placeWords[prev] || squarePreps[prev] {
			continue
		}
		d.toks[k] = "میدن"
	}
}

// squarePreps before «میدن» make it the square («تا میدن», «به میدن»).
var squarePreps = setOf("به", "تا", "از", "در", "دور", "اطراف", "حوالی", "طرف", "سمت", "نزدیک", "این", "همین", "همون", "همان", "اون", "آن")

func (d *doc) markPlaces(commaAfter []bool) {
	d.place = make([]bool, len(d.toks))
	d.office = make([]bool, len(d.toks))
	for i := 0; i < len(d.toks); i++ {
		if !placeWords[d.toks[i]] && !slipOf(d.toks[i], d.runes[i], longPlaceWords) && !(landmarkWords[d.toks[i]] && !d.place[i]) || commaAfter[i] {
			continue // «سر کوچه. پارک شب‌ها تاریکه»: the sentence ended
		}
		j := i + 1
		for j < len(d.toks) && placeTitles[d.toks[j]] {
			d.place[j] = true
			j++
		}
		titled := j > i+1
		// «سر کوچه برق خونه‌ها قطع میشه»: an alley is not named after the power or the water
		// («کوچه برق، چاله های زیادی دارد» is one, said on its own before a comma)
		// «همون کوچه مخابرات» is the alley named after it
		utility := !titled && alleyWords[d.toks[i]] && j < len(d.toks) && utilityWords[d.toks[j]] && !commaAfter[j] &&
			(i == 0 || !sameWords[d.toks[i-1]])
		if j < len(d.toks) && !placeWords[d.toks[j]] && !utility {
			d.place[j] = true
			if titled && officeTitles[d.toks[j-1]] {
				// «کنار شرکت آب و فاضلاب», «جلوی اداره برق»: the office names where, not what;
				// its name runs on with «و»
				d.office[j] = true
				for k := j + 1; k < len(d.toks) && k <= j+3 && !commaAfter[k-1] && officeRunsOn(d.toks[k-1], d.toks[k]); k++ {
					d.place[k], d.office[k] = true, true
				}
			}
		}
	}
	d.locus = make([]bool, len(d.toks))
	for i := 0; i+1 < len(d.toks); i++ {
		if !locatives[d.toks[i]] && !slipOf(d.toks[i], d.runes[i], longLocatives) || commaAfter[i] || d.toks[i] == "سر" && !placeAfterHead(d.toks[i+1]) {
			continue
		}
		if i+2 < len(d.toks) && (d.toks[i+1] == "به" || d.toks[i+1] == "از") {
			i++ // «نرسیده به ...», «سمت چپ از ...»
		} else if afterWords[d.toks[i]] {
			continue // «بعد برق رفت» says when
		}
		if i > 0 && afterWords[d.toks[i-1]] && !afterPlace(d.toks[i+1]) {
			continue // «بعد از ظهر», «بعد از حفاری گاز» say when
		}
		d.locus[i+1] = true
		if officeTitles[d.toks[i+1]] {
			// «بالاتر از اداره آب و فاضلاب»: the office names where, and its name runs on
			// with «و», as after a place word
			for k := i + 2; k < len(d.toks) && k <= i+4 && !commaAfter[k-1] && officeRunsOn(d.toks[k-1], d.toks[k]); k++ {
				d.locus[k], d.place[k], d.office[k] = true, true, true
			}
		}
		if alleyWords[d.toks[i+1]] {
			continue // «سر کوچه برق ...»: the alley's head, and then what is wrong there
		}
		for k := i + 2; k < len(d.toks) && k <= i+5 && !commaAfter[k-1] && locusTail[d.toks[k]]; k++ {
			// «کنار ترانس برق»: the agency word is part of the place's name
			d.locus[k], d.place[k] = true, true
		}
	}
	for i := 1; i+2 < len(d.toks); i++ {
		// «روبروی درمانگاه تامین اجتماعی خیابان آج‌بیشه», «پشت قنادی شیرین سرا خیابان
		// چمارسرا»: the words between a landmark and the next place word are its name
		if !d.locus[i] || d.locus[i-1] || commaAfter[i] || placeWords[d.toks[i]] || nameBreaks[d.toks[i]] {
			continue
		}
		for k := i + 1; k < len(d.toks) && k <= i+3; k++ {
			if placeWords[d.toks[k]] && !locatives[d.toks[k]] {
				// a name, not a word of any rule: «نشانی شیرین» is no sweet shop
				for m := i + 1; m < k; m++ {
					d.locus[m], d.place[m] = true, true
				}
				break
			}
			// «نبش آتش‌نشانی چراغ‌های خیابان»: the street's lights are no name
			if commaAfter[k] || nameBreaks[d.toks[k]] || strings.HasSuffix(d.toks[k], "ها") || strings.HasSuffix(d.toks[k], "های") {
				break
			}
		}
	}
	for i := 0; i+1 < len(d.toks); i++ {
		if !(d.place[i] || d.locus[i]) || !schoolHeads[d.toks[i]] {
			continue
		}
		for k := i + 1; k < len(d.toks) && k <= i+3 && !commaAfter[k-1] && schoolNames[d.toks[k]]; k++ {
			d.place[k], d.locus[k] = true, d.locus[k] || d.locus[i]
		}
	}
	// «بلوار معلم معلم», «معلم، معلم، کوچه حمام»: a name said twice (the street and its
	// neighbourhood); «سردار جنگل» at the start: a title starts a person's name, and a person
	// names a street. A utility named twice is the operator's summary and the caller's words
	// («ترانشه حفاری آبفا - آبفا کوچه رو کنده»), no place.
	for i := 0; i+1 < len(d.toks); i++ {
		if d.toks[i+1] == d.toks[i] && !isDigits(d.toks[i]) && d.runes[i] >= 3 && !landmarkWords[d.toks[i]] && !placeWords[d.toks[i]] && !utilityNames[d.toks[i]] {
			d.place[i], d.place[i+1] = true, true
		}
		if personTitles[d.toks[i]] && !commaAfter[i] {
			d.place[i+1] = true
		}
	}
	// «ساکنین معلم، خیابان معلم»: a word named as a place once names the place wherever the
	// text repeats it
	names := map[string]bool{}
	for i, t := range d.toks {
		if d.place[i] && i > 0 && placeWords[d.toks[i-1]] && !landmarkWords[t] && !placeWords[t] && !isDigits(t) && d.runes[i] >= 3 {
			names[t] = true
		}
	}
	for i, t := range d.toks {
		if names[t] {
			d.place[i] = true
		}
	}
	// «خیابان زرجوب زر جوب»: a name written both joined and apart is a name, and so are its
	// halves («جوب» there is no gutter)
	joined := make(map[string]bool, len(d.toks))
	for _, t := range d.toks {
		joined[t] = true
	}
	for i := 0; i+1 < len(d.toks); i++ {
		if !commaAfter[i] && joined[d.toks[i]+d.toks[i+1]] {
			d.place[i], d.place[i+1] = true, true
		}
	}
	// «بلوار فرزانگان معلم، ...»: a street, then its neighbourhood, before a comma
	for i := 1; i < len(d.toks); i++ {
		if d.place[i-1] && !commaAfter[i-1] && commaAfter[i] && !placeWords[d.toks[i]] && !landmarkWords[d.toks[i]] &&
			d.runes[i] >= 3 && !isDigits(d.toks[i]) && i >= 2 && placeWords[d.toks[i-2]] {
			d.place[i] = true
		}
	}
	// «معلم، کوچه ۵»: a name before a comma and a place word, when it stands alone as a part
	// of the address («..., معلم، کوچه ۵»); «ترمیم حفاری آبفا، خیابان معلم» names the
	// water company's dig, and «شکایت از مدرسه - خیابان ...» the school
	for i := 0; i+1 < len(d.toks); i++ {
		alone := i == 0 || commaAfter[i-1] || d.place[i-1] || placeWords[d.toks[i-1]] || cityWords[d.toks[i-1]]
		if commaAfter[i] && placeWords[d.toks[i+1]] && alone {
			d.place[i] = true
		}
		// «علف هرز واقع در معلم خیابان فرزانگان»: a neighbourhood, then its street
		if i > 0 && (d.toks[i-1] == "در" || d.toks[i-1] == "واقع") && (streetWords[d.toks[i+1]] || commaAfter[i] && (placeWords[d.toks[i+1]] || d.toks[i+1] == "دور")) &&
			!placeWords[d.toks[i]] && !landmarkWords[d.toks[i]] && !isDigits(d.toks[i]) {
			d.place[i] = true
		}
	}
}

// longPlaceWords and longLocatives are typed with a slip often enough to be read through it
// («ربوروی کلانتری», «رووبروی اداره گاز»); shorter ones would catch real words.
var (
	longPlaceWords = longOf(placeWords)
	longLocatives  = longOf(locatives)
)

func longOf(set map[string]bool) []string {
	var out []string
	for w := range set {
		if utf8.RuneCountInString(w) >= 5 {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// slipOf reports whether tok is one of the words typed with a slip (two letters swapped, one
// doubled).
func slipOf(tok string, runes int, words []string) bool {
	if runes < 5 {
		return false
	}
	for _, w := range words {
		if slip(tok, w) {
			return true
		}
	}
	return false
}

// afterWords say where only with «از» and a thing that stands somewhere: «بعد از پست برق»,
// not «بعد برق رفت» or «بعد از حفاری گاز».
var (
	afterWords = setOf("بعد", "قبل")
	afterHeads = setOf("پست", "تیر", "ترانس", "کیوسک", "جعبه", "علمک", "مطب", "داروخانه", "نانوایی", "بانک",
		"درمانگاه", "سوپر", "سوپرمارکت", "پل", "دبستان", "دبیرستان")
)

// afterPlace reports whether «بعد از» before tok names a place.
func afterPlace(tok string) bool {
	return afterHeads[tok] || placeTitles[tok] && tok != "به" && tok != "از" && tok != "روی" || landmarkWords[tok] || placeWords[tok]
}

// sameWords point back at a place already known: «همون کوچه مخابرات».
var sameWords = setOf("همون", "همان", "همین", "همونجا")

// alleyWords are places too small to be named after a utility; utilityWords name one.
var (
	alleyWords   = setOf("کوچه", "کوچهی", "ک", "بنبست", "محله", "محلهی")
	utilityWords = setOf("برق", "گاز", "اب", "آب", "فاضلاب", "تلفن", "مخابرات")
)

// streetWords follow a neighbourhood's name in an address.
var streetWords = setOf("خیابان", "خیابون", "خ", "بلوار", "بل", "کوچه", "ک", "بنبست", "میدان", "فلکه")

// cityWords may open an address before the neighbourhood's name («رشت معلم، کوچه ۵»).
var cityWords = setOf("رشت", "گیلان", "استان", "شهر", "منطقه", "ناحیه")

// headTimeWords after «سر» say when («سر شب برق رفت»), not where («سر داروخانه»).
// Nor before a utility's thing: «سر لوله آب», «سر تیر برق» are its end or top.
var headTimeWords = setOf("شب", "صبح", "ظهر", "ساعت", "وقت", "کار", "موقع", "راه", "این", "اون", "همین", "و", "به",
	"لوله", "سیم", "کابل", "کنتور", "شیر", "ترانس", "تیر", "منهول", "چاه", "علمک")

// placeAfterHead reports whether «سر» before tok says where («سر کوچه», «سر اداره گاز»).
func placeAfterHead(tok string) bool { return !headTimeWords[tok] && !isDigits(tok) }

// markNegated marks the clause before a «نه» that ends it with punctuation or ends the text
// («... فکر کردن لوله آب ترکیده ولی نه»). Only «نه»: «آب نیست،» is a water cut, not a
// denial; and «... یا نه» asks, it does not deny.
func (d *doc) markNegated(commaAfter []bool) {
	d.negated = make([]bool, len(d.toks))
	for i := 1; i < len(d.toks); i++ {
		if d.toks[i] != "نه" || !commaAfter[i] && i != len(d.toks)-1 || d.toks[i-1] == "یا" {
			continue
		}
		for j := i - 1; j >= 0 && !commaAfter[j]; j-- {
			d.negated[j] = true
			if contrastWords[d.toks[j]] && j < i-1 {
				// «کوچه ۱۵ رو درست کردید ولی ما رو نه»: the «نه» denies only what follows the
				// «ولی»; the complaint before it stands
				break
			}
		}
	}
}

// problemWords and thisWords make «مشکل(م) اینه که»: what the writer says the complaint is.
var (
	problemWords = setOf("مشکل", "مشکلم", "مشکلمون", "مشکلمان", "مشکلش", "مشکلشون", "مشکلات", "مساله", "مسئله",
		"موضوع", "منظورم", "عرضم", "درخواستم", "شکایتم")
	thisWords = setOf("این", "اینه", "اینست", "اینجاست", "اینجاس")
	// contrastWords before a problem word («ولی الان مشکل ... است») say the same
	contrastWords = setOf("ولی", "اما", "ولیکن", "لیکن", "منتها")
	nowWords      = setOf("الان", "فعلا", "اصل", "اصلی")
)

// markContext marks what comes before «مشکل اینه که», «مشکل ما اینه»: the writer names the
// complaint after it, and what they said before is where or around it.
func (d *doc) markContext() {
	d.context = make([]bool, len(d.toks))
	for i := 1; i+1 < len(d.toks); i++ {
		if !problemWords[d.toks[i]] {
			continue
		}
		j := i + 1
		for j < len(d.toks) && j <= i+2 && !thisWords[d.toks[j]] {
			j++ // «مشکل اصلی اینه», «مشکل ما اینه»
		}
		if j >= len(d.toks) || !thisWords[d.toks[j]] {
			// «مخابرات هم تلفن را درست نکرده ولی الان مشکل زباله است»
			c := i - 1
			if c > 0 && nowWords[d.toks[c]] {
				c--
			}
			if !contrastWords[d.toks[c]] {
				continue
			}
		}
		for k := range i {
			d.context[k] = true
		}
		return
	}
}

// inLocus reports whether a rule's any-word, or a with-word that may name a place («مانده»
// ... «بغل نانوایی»), sits where the writer says where.
func (d *doc) inLocus(spans []span, placeWith []bool) bool {
	for k, sp := range spans {
		if d.locus[sp.from] && (k == 0 || placeWith[k]) {
			return true
		}
	}
	return false
}

// inContext reports whether a rule matched any word before «مشکل اینه که».
func (d *doc) inContext(spans []span) bool {
	for _, sp := range spans {
		if d.context[sp.from] {
			return true
		}
	}
	return false
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

// docOf makes a doc of tokens already keyed, with no places and no aside: a rule's own words.
func docOf(toks []string) *doc {
	d := &doc{toks: toks, place: make([]bool, len(toks)), negated: make([]bool, len(toks)), hedge: make([]bool, len(toks)),
		background: make([]bool, len(toks)),
		office:     make([]bool, len(toks)), locus: make([]bool, len(toks)), context: make([]bool, len(toks)),
		aside: len(toks)}
	d.index()
	return d
}

func (d *doc) index() {
	d.runes = make([]int, len(d.toks))
	d.byFirst = make(map[rune][]int, len(d.toks))
	for i, t := range d.toks {
		d.runes[i] = utf8.RuneCountInString(t)
		r := firstRune(t)
		d.byFirst[r] = append(d.byFirst[r], i)
	}
	d.homToks, d.homByFirst, d.homChanged = nil, nil, nil
	for i, t := range d.toks {
		h := homophoneToken(t, d.runes[i])
		if h == t {
			continue
		}
		if d.homToks == nil {
			d.homToks = slices.Clone(d.toks)
		}
		d.homToks[i] = h
	}
	if d.homToks != nil {
		d.homByFirst = make(map[rune][]int, len(d.toks))
		d.homChanged = make(map[rune][]int)
		for i, t := range d.homToks {
			r := firstRune(t)
			d.homByFirst[r] = append(d.homByFirst[r], i)
			if t != d.toks[i] {
				d.homChanged[r] = append(d.homChanged[r], i)
			}
		}
	}
}

// FlagAll flags every request, in order; the pipeline hands the result to store.SaveFlags,
// which keeps every flag a clerk decided. A request that only follows up another by its
// number («پیگیری درخواست ۱۴۰۴۰۹۲۱۰۰۰۴») takes that request's agency (see followUps).
func (e *Engine) FlagAll(reqs []tafkik.Request) []tafkik.Flag {
	out, _, _ := e.flagAll(reqs)
	return out
}

// flagAll is FlagAll, and which requests' texts named nothing (see namesNothing) and which
// name another agency's problem in an aside (see outsideAside).
func (e *Engine) flagAll(reqs []tafkik.Request) (out []tafkik.Flag, blank, aside []bool) {
	out = make([]tafkik.Flag, len(reqs))
	blank = make([]bool, len(reqs))
	aside = make([]bool, len(reqs))
	// each request is read on its own and the engine is read-only: the cores share the work
	// (an 18,000-request district is some seconds of rules)
	workers := min(runtime.GOMAXPROCS(0), max(1, len(reqs)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(reqs); i += workers {
				x := e.Explain(reqs[i])
				out[i] = x.Flag
				blank[i] = namesNothing(x) && !x.another
				aside[i] = outsideAside(x.Hits)
			}
		}()
	}
	wg.Wait()
	followUps(reqs, out, blank, e.reviewBelow)
	return out, blank, aside
}
