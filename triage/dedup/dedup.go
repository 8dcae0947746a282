package dedup

import (
	"fmt"
	"iter"
	"sort"
	"strings"
	"unicode"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/persian"
)

// Options tune the grouping. The zero value is not useful; start from DefaultOptions.
type Options struct {
	// MaxGapDays: a request further than this from every member of a group starts a new
	// episode (the same problem reported again months later is a new issue).
	MaxGapDays float64
	// MaxSpanDays: no issue spans longer than this from its first request.
	MaxSpanDays float64
	// FarMetres: two requests whose coordinates are further apart are different places
	// whatever their texts say. Coordinates are 20-150 m noisy, so this is generous.
	FarMetres float64
	// NearMetres: coordinates this close count as the same place when the texts do not
	// name one.
	NearMetres float64
	// MinSimStreet, MinSimArea and MinSimNone are the text similarity a newcomer needs when
	// the places agree only on the street (alley unknown on one side), only on the area, or
	// not at all (one side names no place). Near coordinates can stand in for it.
	MinSimStreet, MinSimArea, MinSimNone float64
	// Progress, when set, is told how many requests are placed, every thousand or so.
	Progress func(done, total int)
	// CoreSize: a newcomer is compared with this many founding members of a group, not
	// with whichever member happens to be closest, so groups cannot chain.
	CoreSize int
}

// longIssue is the number of reports from which an issue outlives twice the usual silence.
const longIssue = 5

// DefaultOptions are the settings the benchmarks and quality tests use.
func DefaultOptions() Options {
	// Two requests' coordinates are each 20-150 m off, so a request can be 200 m from the
	// mean of its issue's. Measured on the generator over three seeds, both wording halves
	// and 18,000 requests (gap 21→14, near 150→200, similarities 0.25/0.5/0.5 →
	// 0.15/0.35/0.35): recall and B³F1 up, precision unchanged, issue count 2-4 points nearer.
	// An episode ends with a silence, not a date: people kept reporting one unrepaired alley
	// for five months in an independent Rasht set, and a 90-day span cut it in two (span
	// 90→365 left the generator's figures unchanged).
	return Options{MaxGapDays: 14, MaxSpanDays: 365, FarMetres: 400, NearMetres: 200, CoreSize: 3,
		MinSimStreet: 0.15, MinSimArea: 0.35, MinSimNone: 0.35}
}

// Result is a complete machine grouping.
type Result struct {
	Issues  []tafkik.Issue
	Members []tafkik.Membership
	// Neighbourhoods is the area each request names (persian.Place.Area, key form), by
	// request id; "" for a request that names none.
	Neighbourhoods map[string]string
}

// Group separates reqs into issues. decisions are a clerk's constraints, applied in the order
// made; prev maps request id → issue id of the previous run, so that groups keep their ids.
func Group(reqs []tafkik.Request, decisions []tafkik.Decision, prev map[string]string, opt Options) Result {
	x := Build(reqs, decisions, opt)
	x.relabel(prev)
	return x.Result()
}

// Build groups a whole backlog into an index that new arrivals can then be added to.
// Its issue ids are fresh; Group also carries the previous run's ids over.
func Build(reqs []tafkik.Request, decisions []tafkik.Decision, opt Options) *Index {
	sorted := byTime(reqs)
	x := NewIndex(opt, decisions)
	// Requests that name their alley (and its street or area) are grouped first, strictly;
	// the vaguer ones («گلسار», «خیابان ۱۲۴») then join the issue they can only belong to.
	// Grouping the vague ones in time order would let an early «گلسار» swallow every later
	// precise report nearby.
	var vague []*feature
	done := 0
	tell := func() {
		done++
		if opt.Progress != nil && (done%1000 == 0 || done == len(sorted)) {
			opt.Progress(done, len(sorted))
		}
	}
	for f := range x.learn(sorted) {
		if p := f.place; p.Alley == "" || (p.Street == "" && (p.Area == "" || p.AreaGuess)) {
			// «کوچه ۱۰» alone is in every neighbourhood: vague too, and so is it with an area
			// guessed from the text's first word («بچه‌ها کوچه ۱۳ ...»)
			vague = append(vague, f)
			continue
		}
		x.place(f, true)
		tell()
	}
	x.mergeTwins()
	for _, f := range vague {
		x.place(f, false)
		tell()
	}
	x.reattach()
	x.joinRelated()
	x.followRefs()
	return x
}

// Resume rebuilds the index of a stored grouping without grouping anything again: each
// request sits in the issue issueOf gives it (request id → issue id), so a clerk's merges
// and splits, and every id, stay exactly as stored. New arrivals are then placed with Add,
// as Build's index would place them. reqs are the grouped requests only; one with no issue
// in issueOf starts an issue of its own.
func Resume(reqs []tafkik.Request, issueOf map[string]string, decisions []tafkik.Decision, opt Options) *Index {
	sorted := byTime(reqs)
	x := NewIndex(opt, decisions)
	byIssue := make(map[string]int32)
	done := 0
	for f := range x.learn(sorted) {
		fi := x.register(f)
		id := issueOf[f.req.ID]
		gi, ok := byIssue[id]
		if !ok || id == "" {
			if id == "" {
				id = "I-" + f.req.ID
			}
			gi = x.newGroup(f, x.newID(id))
			byIssue[id] = gi
		}
		x.join(gi, fi)
		f.score, f.reason = 1, ""
		x.learnAlleyLoc(f)
		if done++; opt.Progress != nil && (done%1000 == 0 || done == len(sorted)) {
			opt.Progress(done, len(sorted))
		}
	}
	return x
}

// byTime is a copy of reqs in the order grouping takes them: by time, then by id.
func byTime(reqs []tafkik.Request) []tafkik.Request {
	sorted := make([]tafkik.Request, len(reqs))
	copy(sorted, reqs)
	sort.SliceStable(sorted, func(i, j int) bool {
		if !sorted[i].CreatedAt.Equal(sorted[j].CreatedAt) {
			return sorted[i].CreatedAt.Before(sorted[j].CreatedAt)
		}
		return sorted[i].ID < sorted[j].ID
	})
	return sorted
}

// learn reads a whole backlog (in time order) into what grouping learns of the district
// (its pins, its place names, its lexicon) and yields each request's features in turn.
func (x *Index) learn(sorted []tafkik.Request) iter.Seq[*feature] {
	x.feats = make([]*feature, 0, len(sorted))
	// sized for the backlog up front: grown one doubling at a time, these maps of up to
	// one entry per request rehashed 0.05 s of every 100,000 requests' grouping
	x.byID, x.byRef = make(map[string]int32, len(sorted)), make(map[string]int32, len(sorted))
	x.ids = make(map[string]bool, len(sorted))
	x.learnPins(sorted)
	analyses := analyzeAll(x.withoutPinAddresses(sorted))
	texts := 0
	for i := range analyses {
		if len(analyses[i].Tokens) > 0 {
			texts++
		}
	}
	x.texts = texts*2 >= len(analyses)
	x.learnLexicon(analyses)
	toks := make([][]uint64, len(analyses))
	parallel(len(analyses), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			analyses[i].ReparseLatin(x.lex, x.fin)
			toks[i] = tokenSet(analyses[i].Tokens)
		}
	})
	x.learnNames(analyses)
	return x.featuresAhead(sorted, analyses, toks)
}

// featuresAhead yields featuresOf of each request in turn, computed on another core while
// the caller places the ones before: grouping is sequential, and featuresOf reads only what
// the learn passes left and the names it interns itself (in the requests' order, which
// interning depends on), never the groups place builds.
func (x *Index) featuresAhead(reqs []tafkik.Request, as []persian.Analysis, toks [][]uint64) iter.Seq[*feature] {
	return func(yield func(*feature) bool) {
		const batch = 256 // one hand-over per batch, not per request
		fs := make([]*feature, len(reqs))
		ready := make(chan int, len(reqs)/batch+1)
		stop, stopped := make(chan struct{}), make(chan struct{})
		defer func() { close(stop); <-stopped }() // interning must not outlive the loop
		go func() {
			defer close(stopped)
			defer close(ready)
			for i := range reqs {
				fs[i] = x.featuresOf(reqs[i], as[i], toks[i])
				if n := i + 1; n%batch == 0 || n == len(reqs) {
					select {
					case ready <- n:
					case <-stop:
						return
					}
				}
			}
		}()
		done := 0
		for n := range ready {
			for ; done < n; done++ {
				if !yield(fs[done]) {
					return
				}
			}
		}
	}
}

// feature is what grouping needs of one request, computed once.
type feature struct {
	req     tafkik.Request
	block   int32   // interned problem family (plus the category when the text names no problem)
	alt     int32   // a close second problem's family, -1 when none
	rels    []int32 // families often written for the same problem (persian.Related)
	weak    bool    // the problem is a guess: related to every family
	problem string
	conf    float64
	inText  bool   // the text itself names the problem (not only the operator's category)
	wide    bool   // the text speaks of the street, not an alley (persian.Analysis.StreetWide)
	rain    bool   // a flood of one rain (persian.Analysis.RainEvent)
	hazard  bool   // a network's damaged equipment at one spot, no cut (persian.Analysis.Hazard)
	facet   string // the part of the problem the text names (persian.Analysis.Facet)
	place   persian.Place
	tokens  []uint64 // tokenSet
	refs    []string // tracking codes of earlier requests the text names
	dates   []int32  // days the text cites by date (persian.Dates)
	spot    string   // the building the place is given by (spotKey), "" when none
	sig     *spotSig // what the landmark the place is given by names (landmarkSig), nil when none
	refKey  string   // the request id's digits (persian.RefKey)
	t       int64    // unix seconds
	group   int32
	score   float64
	reason  string
	// the problem's family is a supply cut (outage), one of a neighbourhood's (areaCut):
	// looked up once here, off place's path (see featuresAhead), not for every candidate
	outage, areaCut bool
	// pinStreet: the only place is a street an address gives with nothing finer, and the
	// request has a pin: an app's address filled from the pin, often the next street
	pinStreet bool
}

type group struct {
	id       string
	block    int32
	problem  string
	members  []int32
	place    persian.Place
	first    int64
	last     int64
	hasLoc   bool
	lat, lon float64 // mean of the members' coordinates
	times    []int64 // members' times, sorted
	nLoc     int
	keys     []ikey     // index keys the group is registered under
	wide     bool       // some report speaks of the street, not an alley
	hazard   bool       // every report is of a network's damaged equipment, none of a cut
	facet    string     // the part of the problem its reports name (feature.facet), "*" several
	spots    []string   // the buildings its reports give as the place (spotKey)
	sigs     []*spotSig // what its reports' landmarks name (landmarkSig)
	sigN     int        // how many of its reports give a landmark (landmarkSig)
	pinPlace bool       // every report's place is a pin's street (feature.pinStreet)
}

// Index groups requests one at a time; Group uses it for the whole backlog and the app uses
// it to place each new arrival without regrouping everything.
type Index struct {
	opt     Options
	feats   []*feature
	groups  []*group
	byID    map[string]int32
	byRef   map[string]int32  // request ids' digits (persian.RefKey) → feature
	byDay   map[int32][]int32 // local day → features created that day, for cited dates
	byKey   map[ikey][]entry  // groups by index key, ordered by first request
	blocks  map[string]int32
	names   map[string]string
	known   map[int][]string  // canonical names by length in letters
	bySkel  map[string]string // canonical Persian names by persian.Skeleton
	an      *persian.Analyzer
	catKeys map[string]string
	// texts: most of the district's requests have a text (not so Chicago's open data), so
	// one without is read by its category's problem like the others (see featuresOf)
	texts bool
	ids   map[string]bool // issue ids in use

	placeNames map[string]byte // learnt names a text may give bare: 'n' an area, 's' a street
	// streetUses: how many places name each name as a street; numberedArea: how many
	// name a numbered street of each area with a street word («گلسار، خیابان ۱۲۴»)
	streetUses, numberedArea map[string]int
	lex                      persian.Lexicon          // the names the district's addresses use, by kind of place
	pinAddr                  []string                 // addresses an app fills in from its default point (learnPins)
	fin                      persian.Finglish         // lex's names by how Finglish spells them
	former                   map[string]string        // a street's former name → its name (persian.Place.Former)
	pins                     map[[2]float64]int       // how many requests carry each exact pair of coordinates
	alleyAlias               map[[2]string]string     // street, alley → the alley's other name (learnAlleys)
	postPlace                map[string]persian.Place // postal code → the place other requests give with it
	textFreq                 map[string]int           // how many texts use each name-like word (persian.Analysis.Names)
	nameCount                map[string]int           // how many places of the backlog use each name (learnNames)
	rels                     map[int32][]int32
	withRel                  bool // candidates include related problems' issues (joinRelated)

	// streetAreas: how many places name each street with each area; areaUses: how many name
	// each area (learnNames)
	streetAreas map[string]map[string]int
	areaUses    map[string]int
	alleyLocs   map[[2]string]*alleyLoc // where each street's alley is by its reports' pins (learnAlleyLoc)

	cannot  map[string]map[string]bool
	mustSet map[string]int // request id → must-link set
	stamp   []uint32
	candBuf []int32 // reused between requests
	fitBuf  []cand
	levels  [4][]cand // choose's candidates by place level
	keyBuf  []ikey    // join's keys
	gBlock  []int32   // by group: block and last request time, kept next to each other in
	gLast   []int64   // memory for the candidate scan
	tick    uint32
}

// NewIndex returns an empty index that keeps the clerk's decisions.
func NewIndex(opt Options, decisions []tafkik.Decision) *Index {
	if opt.CoreSize <= 0 {
		opt = DefaultOptions()
	}
	x := &Index{opt: opt, byID: map[string]int32{}, byRef: map[string]int32{}, byKey: map[ikey][]entry{},
		blocks: map[string]int32{}, names: map[string]string{}, an: persian.NewAnalyzer(),
		catKeys: map[string]string{}, ids: map[string]bool{}}
	x.applyDecisions(decisions)
	return x
}

// Add places one request and returns its membership.
func (x *Index) Add(r tafkik.Request) tafkik.Membership {
	f := x.features(r)
	m := x.place(f, false)
	if g := x.groups[f.group]; len(g.members) == 1 && x.joinRelatedGroup(f.group, true) {
		// a related problem's issue at its alley, as the full grouping would see it
		m = tafkik.Membership{RequestID: r.ID, IssueID: x.groups[f.group].id, Score: round2(f.score), Reason: f.reason}
	}
	return m
}

// AddAll places a batch of arrivals the way Build places a backlog: the requests that name
// their alley first, the vaguer ones after them, then a second look at the small issues the
// batch opened (reattach), so that a street-only report that came in before the reports
// naming its alley still finds their issue. Requests placed before stay where they are. It
// returns the arrivals' memberships in time order.
func (x *Index) AddAll(reqs []tafkik.Request) []tafkik.Membership {
	from := len(x.groups)
	var vague []*feature
	fs := make([]*feature, 0, len(reqs))
	for _, r := range byTime(reqs) {
		f := x.features(r)
		fs = append(fs, f)
		if p := f.place; p.Alley == "" || (p.Street == "" && (p.Area == "" || p.AreaGuess)) {
			vague = append(vague, f)
			continue
		}
		x.place(f, true)
	}
	for _, f := range vague {
		x.place(f, false)
	}
	x.reattachFrom(from)
	out := make([]tafkik.Membership, 0, len(fs))
	for _, f := range fs {
		if g := x.groups[f.group]; len(g.members) == 1 {
			// a related problem's issue at its alley, as Add and the full grouping see it
			x.joinRelatedGroup(f.group, true)
		}
		out = append(out, tafkik.Membership{RequestID: f.req.ID, IssueID: x.groups[f.group].id,
			Score: round2(f.score), Reason: f.reason})
	}
	return out
}

// Assign is Add under the name the app uses for a new arrival.
func (x *Index) Assign(r tafkik.Request) tafkik.Membership { return x.Add(r) }

// KeepIDs gives the groups the issue ids of a previous run (request id → issue id), as
// Group does, so that requests assigned next land in the issues the store knows.
func (x *Index) KeepIDs(prev map[string]string) { x.relabel(prev) }

// relabel gives each group the previous issue id most of its members had, so an issue keeps
// its id (and with it its status and notes) across runs. Larger groups choose first.
func (x *Index) relabel(prev map[string]string) {
	if len(prev) == 0 {
		return
	}
	order := make([]int, len(x.groups))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return len(x.groups[order[a]].members) > len(x.groups[order[b]].members)
	})
	taken := map[string]bool{}
	newIDs := make([]string, len(x.groups))
	for _, gi := range order {
		g := x.groups[gi]
		votes := map[string]int{}
		for _, m := range g.members {
			if p := prev[x.feats[m].req.ID]; p != "" && !taken[p] {
				votes[p]++
			}
		}
		bestID, bestN := "", 0
		for id, n := range votes {
			if n > bestN || (n == bestN && id < bestID) {
				bestID, bestN = id, n
			}
		}
		if bestID != "" {
			taken[bestID] = true
			newIDs[gi] = bestID
		}
	}
	// groups with no previous id keep their own, unless a kept id already uses it
	for gi, g := range x.groups {
		if newIDs[gi] == "" {
			id, n := g.id, 2
			for taken[id] {
				id = fmt.Sprintf("%s-%d", g.id, n)
				n++
			}
			taken[id] = true
			newIDs[gi] = id
		}
	}
	x.ids = taken
	for gi, g := range x.groups {
		g.id = newIDs[gi]
	}
}

// Result is the grouping as issues and memberships, issues in order of first request.
func (x *Index) Result() Result {
	res := Result{Issues: make([]tafkik.Issue, 0, len(x.groups)), Members: make([]tafkik.Membership, 0, len(x.feats))}
	for _, g := range x.groups {
		if len(g.members) > 0 { // a merged twin is empty
			res.Issues = append(res.Issues, x.issue(g))
		}
	}
	res.Neighbourhoods = make(map[string]string, len(x.feats))
	shown := x.areaNames()
	for _, f := range x.feats {
		reason := f.reason
		if reason == firstReason && f.t > x.groups[f.group].first {
			// the issue was opened with this report, and earlier ones that named less of
			// the place joined it afterwards (Build places the vague reports last): the
			// clerk sees them listed before it
			reason = openedReason
		}
		res.Members = append(res.Members, tafkik.Membership{RequestID: f.req.ID,
			IssueID: x.groups[f.group].id, Score: round2(f.score), Reason: reason})
		a := f.place.Area
		if a == "" {
			// «خیابان سعدی، کوچه ۱۴» alone: the neighbourhood the district's addresses put
			// that street in, when nine in ten of them agree (areaOf)
			a = x.areaOf(&f.place)
		}
		if a != "" {
			if d := shown[a]; d != "" {
				a = d
			}
			res.Neighbourhoods[f.req.ID] = a
		} else {
			res.Neighbourhoods[f.req.ID] = ""
		}
	}
	return res
}

// areaNames gives each area (key form, «حاجیاباد») the form people read it in
// («حاجی‌آباد»): the spelling the requests' own addresses use most, preferring Persian letters
// and the ones with ZWNJ or madda. One form per area, so the app's filter lists each once.
func (x *Index) areaNames() map[string]string {
	const samples = 40 // enough to see the usual spelling
	counts := map[string]map[string]int{}
	seen := map[string]int{}
	for _, f := range x.feats {
		key := f.place.Area
		if key == "" || seen[key] >= samples {
			continue
		}
		src := f.req.Address
		if f.place.AreaGuess {
			src = f.req.Text
		}
		if d := rawName(src, key); d != "" {
			seen[key]++
			if counts[key] == nil {
				counts[key] = map[string]int{}
			}
			counts[key][d]++
		}
	}
	out := make(map[string]string, len(counts))
	for key, forms := range counts {
		best, bestScore := "", -1.0
		for form, n := range forms {
			score := float64(n)
			if strings.ContainsAny(form, "\u200cآ") {
				score *= 1.5
			}
			if strings.ContainsAny(form, "يكة") {
				score /= 4
			}
			if score > bestScore || (score == bestScore && form < best) {
				best, bestScore = form, score
			}
		}
		out[key] = best
	}
	return out
}

// rawName finds the words of s (as written) whose key is key: one to three words, so that
// «حاجی آباد» is found for «حاجیاباد».
func rawName(s, key string) string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("،,.-:;()/«»\"'؛", r)
	})
	for i := range words {
		for j := i + 1; j <= len(words) && j <= i+3; j++ {
			raw := strings.Join(words[i:j], " ")
			if strings.ReplaceAll(persian.Key(raw), " ", "") == key {
				return raw
			}
		}
	}
	return ""
}

func (x *Index) issue(g *group) tafkik.Issue {
	first := x.feats[g.members[0]].req
	firstAt, lastAt := first.CreatedAt, first.CreatedAt
	for _, m := range g.members {
		t := x.feats[m].req.CreatedAt
		if t.Before(firstAt) {
			firstAt = t
		}
		if t.After(lastAt) {
			lastAt = t
		}
	}
	place := strings.TrimSpace(first.Address)
	if place == "" {
		place = g.place.String()
	}
	title := persian.ProblemTitle(g.problem)
	if g.place.Alley != "" {
		title += "، کوچه " + g.place.Alley
	} else if g.place.Street != "" {
		title += "، خیابان " + g.place.Street
	} else if g.place.Area != "" {
		title += "، " + g.place.Area
	}
	return tafkik.Issue{
		ID: g.id, District: first.District, Title: title, Problem: g.problem,
		PlaceKey: g.place.Key(), Place: place, Status: tafkik.StatusNew,
		Agency: tafkik.AgencyMunicipality, Count: len(g.members),
		FirstAt: firstAt, LastAt: lastAt,
	}
}

// Len is the number of requests in the index.
func (x *Index) Len() int { return len(x.feats) }
