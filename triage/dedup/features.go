package dedup

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/persian"
)

// typoMaxFreq: a word this many texts use is a word of its own, not a typo of a place name.
const typoMaxFreq = 5

// weakProblem is the confidence under which a request's problem is taken for a guess (on
// the dev sets, 0.5 cut the issue count 0.5-1 point more than 0.4 at the same B³F1; 0.55 cost
// 0.001-0.003 B³F1).
const weakProblem = 0.5

// tokenSet is a text's distinct words as 64-bit hashes (FNV-1a), sorted: two texts' words are
// compared by merging two lists of integers, and the set needs no dictionary shared by all
// requests, so it is made with the analysis on every core. Two of a district's few tens of
// thousands of words share a hash with odds of about one in ten billion.
func tokenSet(words []string) []uint64 {
	out := make([]uint64, 0, len(words))
	for _, w := range words {
		h := uint64(14695981039346656037)
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= 1099511628211
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (x *Index) features(r tafkik.Request) *feature {
	if r.HasLocation {
		if x.pins == nil {
			x.pins = map[[2]float64]int{}
		}
		x.pins[[2]float64{r.Lat, r.Lon}]++
	}
	addr := r.Address
	if rest, ok := x.pinAddress(r); ok {
		addr = rest
	}
	a := x.an.AnalyzeForReparse(r.Text, addr, r.Category)
	a.ReparseLatin(x.lex, x.fin)
	return x.featuresOf(r, a, tokenSet(a.Tokens))
}

// lexMin is how often a district's addresses must use a name for a place of one kind
// before a text's bare mention of it after a place word is read as that place.
const lexMin = 3

// learnLexicon learns the place names the district's addresses use, and as what kind of
// place, so that texts can be read with them (persian.Lexicon).
func (x *Index) learnLexicon(as []persian.Analysis) {
	type use struct {
		name string
		kind byte
	}
	count := map[use]int{}
	for i := range as {
		p := as[i].AddressPlace()
		if p.Area != "" {
			count[use{p.Area, persian.LexArea}]++
		}
		if p.Street != "" {
			count[use{p.Street, persian.LexStreet}]++
		}
		for _, a := range [2]string{p.Alley, p.AlleyName} {
			a, _, _ = strings.Cut(a, "/")
			if a != "" && !unicode.IsDigit(firstRune(a)) {
				count[use{a, persian.LexAlley}]++
			}
		}
	}
	x.lex = persian.Lexicon{}
	for u, n := range count {
		if n >= lexMin && !unicode.IsDigit(firstRune(u.name)) {
			x.lex[u.name] |= u.kind
		}
	}
	x.fin = x.lex.Finglish()
}

// analyzeAll analyses requests on every core: it is the part of grouping that grows with
// the length of the texts, and each request is independent of the others. Their places are
// read by ReparseLatin, once the district's lexicon is learnt (see AnalyzeForReparse).
func analyzeAll(reqs []tafkik.Request) []persian.Analysis {
	out := make([]persian.Analysis, len(reqs))
	ans := make([]*persian.Analyzer, workers(len(reqs)))
	parallelW(len(reqs), func(w, lo, hi int) {
		if ans[w] == nil {
			ans[w] = persian.NewAnalyzer()
		}
		for i := lo; i < hi; i++ {
			out[i] = ans[w].AnalyzeForReparse(reqs[i].Text, reqs[i].Address, reqs[i].Category)
		}
	})
	return out
}

// workers is how many goroutines parallel uses for n items.
func workers(n int) int {
	if n < 2000 {
		return 1
	}
	return min(runtime.GOMAXPROCS(0), 8)
}

// parallel runs work over [0, n) on every core (on one for a small n).
func parallel(n int, work func(lo, hi int)) {
	parallelW(n, func(_, lo, hi int) { work(lo, hi) })
}

// parallelW is parallel telling work which worker runs it. The range is dealt in chunks as
// workers come free, not cut in one piece per core: on a shared machine one core is often
// slower, and its half would keep the other waiting. Each chunk is a share of what is left,
// so the last ones are small and no worker waits long for the other's last chunk (with
// chunks of a sixteenth of each worker's share, the analysis of 100,000 requests ended
// with one core idle for up to a chunk of 75 ms).
func parallelW(n int, work func(w, lo, hi int)) {
	nw := workers(n)
	if nw == 1 {
		work(0, 0, n)
		return
	}
	const minChunk = 64
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range nw {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Load())
				if lo >= n {
					return
				}
				hi := min(lo+max((n-lo)/(nw*4), minChunk), n)
				if next.CompareAndSwap(int64(lo), int64(hi)) {
					work(w, lo, hi)
				}
			}
		}()
	}
	wg.Wait()
}

// featuresOf interns what grouping compares often: blocks, words and place names.
func (x *Index) featuresOf(r tafkik.Request, a persian.Analysis, tokens []uint64) *feature {
	if a.Place.ForOther {
		// («برای منزل مادرم در ...») the coordinates are the writer's, not the problem's
		r.HasLocation, r.Lat, r.Lon = false, 0, 0
	}
	a.Place.Area, a.Place.AreaAlt = x.intern(a.Place.Area), x.intern(a.Place.AreaAlt)
	a.Place.Street, a.Place.Alley = x.intern(a.Place.Street), x.intern(a.Place.Alley)
	a.Place.AlleyName = x.intern(a.Place.AlleyName)
	if alt := a.Place.Alt; alt != nil {
		c := *alt
		c.Area, c.AreaAlt, c.Street = x.intern(c.Area), x.intern(c.AreaAlt), x.intern(c.Street)
		c.Alley, c.AlleyName = x.intern(c.Alley), x.intern(c.AlleyName)
		if len(x.former) > 0 {
			x.renamed(&c)
		}
		a.Place.Alt = &c
	}
	if a.Place.Street == "" && a.Place.Alley == "" && a.Postcode != "" {
		// «کدپستی ۴۱۶۶۸۶۱۰۱۶» and no more: the place others give with that code
		if p, ok := x.postPlace[a.Postcode]; ok {
			a.Place = p
		}
	}
	if len(x.former) > 0 {
		x.renamed(&a.Place)
	}
	if p := &a.Place; p.AlleyName == "" && p.Alley != "" && len(x.alleyAlias) > 0 {
		// «کوچه ۷» where the district's writers also call alley 7 of this street «لاله»
		alley, _, _ := strings.Cut(p.Alley, "/")
		p.AlleyName = x.alleyAlias[[2]string{p.Street, alley}]
	}
	if p := &a.Place; p.Street == "" && p.AlleyName != "" && !unicode.IsDigit(firstRune(p.AlleyName)) &&
		x.placeNames[p.AlleyName] == 's' {
		// «کوچه ۷ بهار حمیدیان», «کوچه زارع شقایق منظریه»: the name after the alley's, a
		// street the district's addresses name, is the street, not the alley's other name
		p.Street, p.AlleyName = p.AlleyName, ""
	}
	if p := &a.Place; p.Area != "" && !p.AreaGuess && strings.HasPrefix(p.Street, "متری") && len(p.Street) > len("متری") &&
		strings.Trim(p.Street[len("متری"):], "0123456789") == "" {
		// «شالکو، ۲۰ متری، کوچه ۱۵»: the road of that width of the neighbourhood, as
		// «۲۰ متری شالکو» names it (persian reads it «متری20شالکو»)
		p.Street += p.Area
	}
	if p := &a.Place; p.Street == "" && p.Area == "" && p.AlleyName != "" && unicode.IsDigit(firstRune(p.Alley)) &&
		!unicode.IsDigit(firstRune(p.AlleyName)) && x.placeNames[p.AlleyName] == 'n' {
		// «کوچه ۴ سلیمانداراب», «کوچه ١ جماران»: the name after a numbered alley, a
		// neighbourhood the district's addresses name, is where the alley is
		p.Area, p.AlleyName = p.AlleyName, ""
	}
	if p := &a.Place; p.Street == "" && p.Area != "" && p.AreaAlt != "" && x.placeNames[p.AreaAlt] == 's' {
		// «منظریه، نامجو، کوچه عدالت», «لاکانی تختی کوچه ۸»: the second name, a street the
		// district's addresses name, is the street
		p.Street, p.AreaAlt = p.AreaAlt, ""
	}
	if p := &a.Place; p.Street == "" && p.Area != "" && p.Alley != "" && x.placeNames[p.Area] == 's' {
		// «نوری کوچه ۲»: a name the district's addresses give a street, written bare
		// before its alley, is that street, not a neighbourhood
		p.Street, p.Area, p.AreaGuess = p.Area, "", false
	}
	if p := &a.Place; p.StreetBare && p.Alley == "" && p.Area != "" && unicode.IsDigit(firstRune(p.Street)) && x.unnumbered(p.Area) {
		// «پاستور ۷» where the district's addresses call پاستور a street and number no
		// street of it: alley 7 of that street, not its seventh street («گلسار 124»)
		p.Street, p.Alley, p.StreetBare = p.Area, p.Street, false
	}
	if p := &a.Place; p.StreetBare && p.DeadEnd && p.Area != "" && unicode.IsDigit(firstRune(p.Street)) && !strings.Contains(p.Alley, "/") &&
		x.unnumbered(p.Area) {
		// «مطهری ۸ بن‌بست یکم»: so is the number before a dead end, the dead end off that alley
		p.Street, p.Alley, p.StreetBare, p.DeadEnd = p.Area, p.Street+"/"+p.Alley, false, false
	}
	if (a.Place.Area == "" || a.Place.Street == "") && a.Place.Alt == nil && len(x.placeNames) > 0 {
		x.bareName(&a)
	}
	if r.HasLocation && !x.pinned(r) {
		r.HasLocation = false // an app's default point says nothing of where the problem is
	}
	f := &feature{req: r, t: r.CreatedAt.Unix(), group: -1, problem: a.Problem, conf: a.Confidence, inText: a.ProblemInText, place: a.Place,
		wide: a.StreetWide, rain: a.RainEvent, hazard: a.Hazard, facet: a.Facet}
	if ap, p := a.AddressPlace(), a.Place; r.HasLocation && p.Street != "" && p.Alley == "" && p.Landmark == "" && p.Plate == "" &&
		p.Alt == nil && ap.Street == p.Street && ap.Alley == "" && ap.Landmark == "" && ap.Plate == "" {
		f.pinStreet = true
	}
	block := persian.Family(f.problem)
	if len(a.Tokens) == 0 && strings.TrimSpace(r.Text) == "" && (!x.texts || f.problem == persian.ProblemOther) {
		// No text at all (as in Chicago's open data): the operator's category is all we
		// know, so it is the block itself; mixing categories on a guess would hide a problem.
		// (A text of only filler or emoji, «همین جا 🤬», is a citizen's: its category's
		// problem is read as any other's. So is a request with no text in a district whose
		// requests have texts, the app's category and pin alone, when the category names a
		// problem: it joins that problem's issue there.)
		block += "|cat:" + x.categoryKey(r.Category)
	}
	f.block, f.alt = x.blockID(block), -1
	if a.Problem2 != "" && len(a.Tokens) > 0 {
		f.alt = x.blockID(persian.Family(a.Problem2))
	}
	if len(a.Tokens) > 0 {
		f.rels = x.relatedBlocks(f.block)
		// a problem the text does not name, or names only faintly, may be any other one
		// written vaguely: as «other» it is related to every family. One the operator's
		// category names («آسفالت» over «هنوز کسی نیومده») stays that problem, related only
		// to its own relatives: such a report joined the alley's rubbish or dogs of the same
		// days for 2-6% of its pairs (asphalt, potholes, flooding, lights; over 203 labelled
		// sets B³F1 +.0011, every group of authors up, issues +0.9 points).
		if !a.ProblemInText || a.Confidence < weakProblem {
			if persian.Family(f.problem) == persian.ProblemOther {
				f.rels = x.relatedBlocks(x.blockID(persian.ProblemOther))
			}
			f.weak = true
		}
	}
	f.tokens = tokens
	f.refs, f.dates = a.Refs, a.Dates
	f.spot = x.intern(spotKey(f.place))
	f.sig = landmarkSig(f.place)
	f.refKey = persian.RefKey(r.ID)
	f.outage, f.areaCut = outage[persian.Family(f.problem)], areaCut[persian.Family(f.problem)]
	return f
}

// intern returns one shared copy of each place name, so that comparing two equal names is
// a pointer comparison. A name one typo away from a name already known («شریتی», «گلار»)
// becomes that name: the index looks places up by exact name, and Match would call the two
// the same anyway.
func (x *Index) intern(s string) string {
	if s == "" {
		return s
	}
	if c, ok := x.names[s]; ok {
		return c
	}
	c := s
	n := utf8.RuneCountInString(s)
	if n == 3 && x.nameCount[s] <= rareName && s[0] >= utf8.RuneSelf {
		// «لاه», «تتی», «وحد»: a rare three-letter name that is a frequent four-letter one
		// with a letter dropped («لاله», «تختی», «وحدت»), when exactly one fits
		found := ""
		for _, k := range x.known[4] {
			if x.nameCount[k] >= 3*rareName && dropsOne(k, s) {
				if found != "" {
					found = ""
					break
				}
				found = k
			}
		}
		if found != "" {
			c = found
		}
	}
	if n >= 4 && !strings.ContainsAny(s, "0123456789") {
		// («بوستان/5» is not «بوستان/6» misspelt: numbers are never folded)
	search:
		for _, m := range [3]int{n, n - 1, n + 1} {
			for _, k := range x.known[m] {
				if persian.SameName(k, s) && (x.nameCount[s] < 3 || x.nameCount[k] >= 3*x.nameCount[s]) {
					// (two names the addresses both use often are two names, «رضایی» and
					// «رجایی», not one misspelt)
					c = k
					break search
				}
			}
		}
	}
	latin := s[0] < utf8.RuneSelf
	sk := ""
	if !unicode.IsDigit(firstRune(s)) {
		sk = persian.Skeleton(s)
	}
	if c == s && latin && sk != "" {
		// «motahari» typed in Finglish is «مطهری»
		if k, ok := x.bySkel[sk]; ok {
			c = k
		}
	}
	if c == s {
		if x.known == nil {
			x.known = map[int][]string{}
			x.bySkel = map[string]string{}
		}
		x.known[n] = append(x.known[n], s)
		if _, ok := x.bySkel[sk]; sk != "" && !latin && !ok {
			x.bySkel[sk] = s
		}
	}
	x.names[s] = c
	return c
}

// unnumbered reports whether the district's addresses call name a street and (all but
// never) number streets of it: «مطهری ۱۶» is then alley 16 of مطهری, where «گلسار ۱۲۴» is
// گلسار's street 124. (Two addresses of 486 writing «مطهری، ۱۶» do not make مطهری a
// neighbourhood of numbered streets.)
func (x *Index) unnumbered(name string) bool {
	n := x.streetUses[name]
	return n >= lexMin && x.numberedArea[name]*50 <= n
}

// rareName is how many times a backlog may use a short name for it to be taken for a typo.
const rareName = 2

// dropsOne reports whether short is long with one letter left out.
func dropsOne(long, short string) bool {
	for i := range long {
		_, size := utf8.DecodeRuneInString(long[i:])
		if long[:i]+long[i+size:] == short {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// learnNames interns a backlog's place names most frequent first, so that the form most
// people write is the one a typo is folded into.
func (x *Index) learnNames(as []persian.Analysis) {
	count := map[string]int{}
	asArea, asStreet, inText := map[string]int{}, map[string]int{}, map[string]int{}
	numbered := map[string]int{}
	streetAreas := map[string]map[string]int{}
	for i := range as {
		p := &as[i].Place
		for _, s := range [4]string{p.Area, p.AreaAlt, p.Street, p.AlleyName} {
			if s != "" {
				count[s]++
			}
		}
		if p.Area != "" && !p.AreaGuess {
			asArea[p.Area]++
		}
		if p.Area != "" && !p.AreaGuess && !p.AreaStreet && p.Street != "" && !p.StreetBare {
			if streetAreas[p.Street] == nil {
				streetAreas[p.Street] = map[string]int{}
			}
			streetAreas[p.Street][p.Area]++
		}
		if p.Street != "" {
			asStreet[p.Street]++
			if p.Area != "" && !p.StreetBare && unicode.IsDigit(firstRune(p.Street)) {
				numbered[p.Area]++
			}
		}
		for _, w := range as[i].Names {
			inText[w]++
		}
	}
	// A name the district's places use at least three times, and that its texts do not use
	// far more often than its places do (so «گاز» of «فلکه گاز» is not one), names that
	// place when a text gives it bare.
	x.textFreq = inText
	x.streetUses, x.numberedArea = asStreet, numbered
	x.streetAreas, x.areaUses = streetAreas, asArea
	x.placeNames = map[string]byte{}
	for s := range count {
		a, st := asArea[s], asStreet[s]
		if a+st < 3 || inText[s] > 3*(a+st) || unicode.IsDigit(firstRune(s)) {
			continue
		}
		if a >= st {
			x.placeNames[s] = 'n'
		} else {
			x.placeNames[s] = 's'
		}
	}
	x.nameCount = count
	names := make([]string, 0, len(count))
	for s := range count {
		names = append(names, s)
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return names[i] < names[j]
	})
	for _, s := range names {
		x.intern(s)
	}
	x.learnFormer(as)
	x.learnAlleys(as)
	x.learnPostcodes(as)
}

// learnPostcodes learns the place each postal code stands for from the requests that give
// both («... کوچه ۵، کد پستی ۴۱۶۶۸۶۱۰۱۶»), so that a request giving only the code («کدپستی
// ۴۱۶۶۸۶۱۰۱۶»: a building) is at that place. A code given with two places is no guide.
func (x *Index) learnPostcodes(as []persian.Analysis) {
	x.postPlace = map[string]persian.Place{}
	bad := map[string]bool{}
	for i := range as {
		a := &as[i]
		if a.Postcode == "" || bad[a.Postcode] || a.Place.Alt != nil || (a.Place.Street == "" && a.Place.Alley == "") {
			continue
		}
		p := a.Place
		p.Landmark, p.Plate = "", ""
		if q, ok := x.postPlace[a.Postcode]; ok {
			if q.Match(p) < 3 {
				bad[a.Postcode] = true
				delete(x.postPlace, a.Postcode)
			} else if q.Alley == "" && p.Alley != "" {
				x.postPlace[a.Postcode] = p
			}
			continue
		}
		x.postPlace[a.Postcode] = p
	}
}

// learnAlleys learns the alleys the district's writers name by both their number and their
// name («کوچه لاله (۷)», «کوچه ۷ لاله»), or by two names («کوچه شهید قربانی (حمام)»: an old
// alley's martyr's and its old one), street by street, so that a report naming either is at
// that alley. A number or a name given two others is no guide.
func (x *Index) learnAlleys(as []persian.Analysis) {
	// street, name → the other name; "" once a name was given two others
	type pairs map[[2]string]string
	add := func(seen pairs, times map[[2]string]int, street, a, b string) {
		k := [2]string{street, a}
		if prev, ok := seen[k]; ok && prev != b {
			seen[k] = ""
			return
		}
		seen[k] = b
		times[k]++
	}
	numbered, named := pairs{}, pairs{}
	times := map[[2]string]int{}
	alone := map[[2]string]bool{} // street, alley some writer names by this name alone
	for i := range as {
		p := &as[i].Place
		// «بن‌بست اول کوچه ۹ (مریم)»: the other name is the alley's, not the dead end's
		alley, _, _ := strings.Cut(p.Alley, "/")
		if p.Street == "" || alley == "" {
			continue
		}
		st, a := x.intern(p.Street), x.intern(alley)
		if p.AlleyName == "" {
			alone[[2]string{st, a}] = true
			continue
		}
		if strings.Contains(p.AlleyName, "/") {
			continue
		}
		b := x.intern(p.AlleyName)
		switch da, db := unicode.IsDigit(firstRune(a)), unicode.IsDigit(firstRune(b)); {
		case da != db:
			add(numbered, times, st, a, b)
			add(numbered, times, st, b, a)
		case !da && x.placeNames[a] == 0 && x.placeNames[b] == 0:
			// (a name after the alley's that the district gives a street or a
			// neighbourhood is where the alley is, not its other name)
			add(named, times, st, a, b)
			add(named, times, st, b, a)
		}
	}
	x.alleyAlias = map[[2]string]string{}
	// both ways or not at all: «کوچه ۴ آج‌بیشه» and «کوچه ۲۶ آج‌بیشه» give the
	// neighbourhood after two alleys, which is neither's name
	for k, v := range numbered {
		if v != "" && numbered[[2]string{k[0], v}] == k[1] {
			x.alleyAlias[k] = v
		}
	}
	// Two names must come from two writers, and each be used alone by some other:
	// «کوچه داروخانه سینا» is one name in two words. A name the alley's number has already is
	// left as it is.
	// (a pair is judged on the numbered aliases alone, never on named ones installed in this
	// loop, whose order is the map's)
	var both [][2]string
	for k, v := range named {
		w := [2]string{k[0], v}
		if v != "" && named[w] == k[1] && times[k] >= 2 && alone[k] && alone[w] &&
			x.alleyAlias[k] == "" && x.alleyAlias[w] == "" {
			both = append(both, k)
		}
	}
	for _, k := range both {
		x.alleyAlias[k] = named[k]
	}
}

// learnFormer learns which streets the district's writers also call by a former name
// («خیابان امام (شاه سابق)»), so that a place naming the street by its former name alone
// («لاکانی، خیابان شاه») is on it. A former name writers give two streets is no guide.
func (x *Index) learnFormer(as []persian.Analysis) {
	seen := map[string]string{}
	for i := range as {
		p := &as[i].Place
		if p.Former == "" {
			continue
		}
		cur := p.Street
		if cur == "" {
			cur = p.Area
		}
		old, cur := x.intern(p.Former), x.intern(cur)
		if old == cur {
			continue
		}
		if prev, ok := seen[old]; ok && prev != cur {
			seen[old] = ""
			continue
		}
		seen[old] = cur
	}
	x.former = map[string]string{}
	for old, cur := range seen {
		if cur != "" {
			x.former[old] = cur
		}
	}
}

// defaultPin is how many requests may carry one exact pair of coordinates before the pair is
// taken for an app's default point (where it puts a request when the phone gives no fix):
// real positions are 20-150 m noisy and never repeat to the last digit, while a caller
// sending one report twice, or twice on one day, repeats them a couple of times.
const defaultPin = 5

// learnPins counts the requests at each exact pair of coordinates (defaultPin), and learns
// the addresses an app fills in from its default point («رشت، میدان شهرداری»): one address
// that many of the point's requests carry word for word.
func (x *Index) learnPins(reqs []tafkik.Request) {
	x.pins = map[[2]float64]int{}
	for i := range reqs {
		if reqs[i].HasLocation {
			x.pins[[2]float64{reqs[i].Lat, reqs[i].Lon}]++
		}
	}
	at := map[[2]float64]map[string]int{}
	for i := range reqs {
		r := &reqs[i]
		if !r.HasLocation || x.pinned(*r) {
			continue
		}
		k := [2]float64{r.Lat, r.Lon}
		if at[k] == nil {
			at[k] = map[string]int{}
		}
		if a := strings.TrimSpace(r.Address); a != "" {
			at[k][a]++
		}
	}
	x.pinAddr = nil
	for k, addrs := range at {
		for a, n := range addrs {
			if n >= defaultPin && 3*n >= x.pins[k] {
				x.pinAddr = append(x.pinAddr, a)
			}
		}
	}
	// the longest first, so that a default address that begins another is not cut short
	sort.Slice(x.pinAddr, func(i, j int) bool { return len(x.pinAddr[i]) > len(x.pinAddr[j]) })
}

// pinAddress is what r's address says besides the default point's (learnPins): «رشت، میدان
// شهرداری - کوچه ۹ خیابان یاس» says «کوچه ۹ خیابان یاس», «رشت، میدان شهرداری» nothing. ok is
// false when r is not at a default point or its address is its own.
func (x *Index) pinAddress(r tafkik.Request) (string, bool) {
	if len(x.pinAddr) == 0 || !r.HasLocation || x.pinned(r) {
		return "", false
	}
	a := strings.TrimSpace(r.Address)
	for _, pa := range x.pinAddr {
		if rest, ok := strings.CutPrefix(a, pa); ok {
			// (the default address alone is kept: where an app's default point is a real
			// address many requests give, as a city's geocoded 311 data has, it is theirs)
			rest = strings.TrimLeft(rest, " -–،,؛;:")
			return rest, rest != ""
		}
	}
	return "", false
}

// withoutPinAddresses is reqs with the addresses an app filled in from its default point
// left out (pinAddress); reqs itself when there are none.
func (x *Index) withoutPinAddresses(reqs []tafkik.Request) []tafkik.Request {
	out := reqs
	for i := range reqs {
		if rest, ok := x.pinAddress(reqs[i]); ok {
			if &out[0] == &reqs[0] {
				out = slices.Clone(reqs)
			}
			out[i].Address = rest
		}
	}
	return out
}

// pinned reports whether r's coordinates say where it is: not an app's default point.
func (x *Index) pinned(r tafkik.Request) bool {
	return r.HasLocation && x.pins[[2]float64{r.Lat, r.Lon}] < defaultPin
}

// renamed puts a place's streets by their present names (learnFormer).
func (x *Index) renamed(p *persian.Place) {
	if cur, ok := x.former[p.Street]; ok {
		p.Street = cur
	}
	if cur, ok := x.former[p.Area]; ok {
		p.Area = cur
	}
}

// related reports whether f's problem and g's are related by name (persian.Related), not
// only because one of them is a guess.
func (x *Index) related(f *feature, g *group) bool {
	if f.weak || persian.Family(g.problem) == persian.ProblemOther {
		return false
	}
	return persian.Related(persian.Family(f.problem), persian.Family(g.problem))
}

// relatedBlocks are the blocks of the families related to block's (persian.Related).
func (x *Index) relatedBlocks(block int32) []int32 {
	if rs, ok := x.rels[block]; ok {
		return rs
	}
	var name string
	for n, b := range x.blocks {
		if b == block {
			name = n
		}
	}
	var rs []int32
	for _, fam := range persian.Families() {
		if persian.Related(name, fam) {
			rs = append(rs, x.blockID(fam))
		}
	}
	if x.rels == nil {
		x.rels = map[int32][]int32{}
	}
	x.rels[block] = rs
	return rs
}

func (x *Index) blockID(block string) int32 {
	b, ok := x.blocks[block]
	if !ok {
		b = int32(len(x.blocks))
		x.blocks[block] = b
	}
	return b
}

func (x *Index) categoryKey(c string) string {
	k, ok := x.catKeys[c]
	if !ok {
		k = persian.Key(c)
		x.catKeys[c] = k
	}
	return k
}

// actorNames are place names («میدان شهرداری») that a text says bare for who should act
// («از شهرداری خواهش می‌کنم»), not for where.
var actorNames = map[string]bool{"شهرداری": true}

// bareName fills the area or the street a request's address and text do not name, when its
// text holds exactly one name of that kind the district's places use («... جنب بانک در
// پاستور», «آسفالت بیستون خیابون فردوسی ...»).
func (x *Index) bareName(a *persian.Analysis) {
	var area, street string
	for _, w := range a.Names {
		k, ok := x.placeNames[w]
		if !ok {
			// a typo of a place name, unless many texts use the word as written: a
			// typo is rare, «پیگیری فوری» is common and no «نوری»
			if c, ok2 := x.names[w]; ok2 && x.textFreq[w] < typoMaxFreq {
				k, ok = x.placeNames[c]
				w = c
			}
		}
		if !ok || w == a.Place.Area || w == a.Place.Street || w == a.Place.AreaAlt || actorNames[w] {
			continue
		}
		if w == a.Place.Alley || w == a.Place.AlleyName || strings.HasPrefix(a.Place.Alley, w+"/") {
			// the alley's own name («صیقلان بلوار صیقلان کوچه یاس»), not a street
			continue
		}
		// two names of a kind: which one is the place is a guess
		switch {
		case k == 'n' && area == "":
			area = w
		case k == 'n' && area != w:
			return
		case k == 's' && street == "":
			street = w
		case k == 's' && street != w:
			return
		}
	}
	if area != "" && a.Place.Area == "" && a.Place.Street != area {
		a.Place.Area, a.Place.AreaGuess = area, true
	}
	if street != "" && a.Place.Street == "" && a.Place.Area != street {
		a.Place.Street = street
	}
}

// elsewhere reports whether one place gives only its area and the other only a street that
// the district's addresses put in other areas and never in that one («سعدی، بن‌بست حمام» /
// «خیابان دانش، کوچه حمام», دانش being ضیابری's): two alleys of one name, not one alley.
func (x *Index) elsewhere(p, q *persian.Place) bool {
	if p.Street != "" {
		p, q = q, p
	}
	if p.Street != "" || p.Area == "" || p.AreaGuess || q.Street == "" || q.Area != "" || p.Area == q.Street || x.areaUses[p.Area] < lexMin {
		return false
	}
	n := 0
	for a, k := range x.streetAreas[q.Street] {
		if a == p.Area || a == p.AreaAlt || persian.SameName(a, p.Area) {
			return false
		}
		n += k
	}
	return n >= lexMin
}

// areaOf is p's neighbourhood: its own, or the one the district's addresses put its street in
// (nine in ten of three at least), "" when neither says.
func (x *Index) areaOf(p *persian.Place) string {
	if p.Area != "" && !p.AreaGuess {
		return p.Area
	}
	if p.Street == "" {
		return ""
	}
	best, n, total := "", 0, 0
	for a, k := range x.streetAreas[p.Street] {
		total += k
		if k > n || (k == n && a < best) {
			best, n = a, k
		}
	}
	if total < lexMin || 10*n < 9*total {
		return ""
	}
	return best
}

// sameAreaKnown reports whether two places are in one neighbourhood, either given by its
// street (areaOf): «خیابان جانبازان، کوچه ۵» and «ولیعصر، بلوار ولیعصر» when جانبازان is
// ولیعصر's.
func (x *Index) sameAreaKnown(p, q *persian.Place) bool {
	a, b := x.areaOf(p), x.areaOf(q)
	return a != "" && b != "" && persian.SameName(a, b)
}
