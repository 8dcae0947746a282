package dedup

import (
	"fmt"
	"iter"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

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
	sorted := make([]tafkik.Request, len(reqs))
	copy(sorted, reqs)
	sort.SliceStable(sorted, func(i, j int) bool {
		if !sorted[i].CreatedAt.Equal(sorted[j].CreatedAt) {
			return sorted[i].CreatedAt.Before(sorted[j].CreatedAt)
		}
		return sorted[i].ID < sorted[j].ID
	})
	x := NewIndex(opt, decisions)
	x.feats = make([]*feature, 0, len(sorted))
	// sized for the backlog up front: grown one doubling at a time, these maps of up to
	// one entry per request rehashed 0.05 s of every 100,000 requests' grouping
	x.byID, x.byRef = make(map[string]int32, len(sorted)), make(map[string]int32, len(sorted))
	x.ids = make(map[string]bool, len(sorted))
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
	x.learnPins(sorted)
	analyses := analyzeAll(x.withoutPinAddresses(sorted))
	x.learnLexicon(analyses)
	toks := make([][]uint64, len(analyses))
	parallel(len(analyses), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			analyses[i].ReparseLatin(x.lex, x.fin)
			toks[i] = tokenSet(analyses[i].Tokens)
		}
	})
	x.learnNames(analyses)
	for f := range x.featuresAhead(sorted, analyses, toks) {
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

// pinAstray: a request naming the same alley of the same street as an issue joins it with
// coordinates up to this many times FarMetres away (rasht's callers' pins went up to 1.5 km
// astray; 2x joined half the pieces 4x did; the other sets were unchanged).
const pinAstray = 4

// typoMaxFreq: a word this many texts use is a word of its own, not a typo of a place name.
const typoMaxFreq = 5

// relDays: two lone reports of related problems at one alley this close in days are taken
// for one issue (on the dev sets: issue count 0.4-1.2 points lower, B³F1 within ±.001).
const relDays = 3

// streetWords: a report naming only its street joins one of the street's several issues of
// its problem on words alone («زباله‌ها جمع نشده») within this many seconds of that issue's
// last report. Later, the same words say nothing of which stretch: such joins made 2-7 days
// apart were right for 30% of their pairs on the authors asked for an ordinary district and
// 51% on the others, against 53% and 64% the same or the next day. Over 203 sets
// (sixteenth session) B³F1 +.0007 for the ordinary-district authors, +.0014 for the fifteenth
// session's two, +.0004 for the sixteenth's, +.0001 for the others; issues +0.3 to +0.7
// points. Three days instead of a day and a half gave less everywhere.
const streetWords = 36 * 3600

// streetKnown: a report naming only its street, more than streetWords after the last report
// of the street's only issue of its problem and with no word or pin in common with it, joins
// it as "the only one there" only when it has this many reports. A smaller one is one
// alley's passing problem: such joins made 2-7 days apart with no words in common were right
// for 32-39% of their pairs on the authors asked for an ordinary district and 41-54% on the
// others. Over 203 sets (sixteenth session) B³F1 +.0007 for the ordinary-district authors
// (the twenty-seventh +.0024; the twenty-second -.0007), +.0009 for the fifteenth session's
// two, +.0004 for the sixteenth's, +.0003 for the others (our own -.0013); issues +0.4 to
// +0.7 points.
const streetKnown = 5

// sameDays says whether f comes within streetWords of c's issue's last report.
func (x *Index) sameDays(f *feature, c cand) bool {
	return abs64(f.t-x.groups[c.gi].last) <= streetWords
}

// vagueSink: from this many reports an issue is active in every week, so a report naming
// only its street or neighbourhood does not join it as the only issue of its problem there.
// On the dev sets 20 raised pairwise P by up to .007 (.897 -> .903 on the sixth author's dev
// seed) at an issue count 0.0-0.4 points higher and B³F1 within ±.001; 40 did half as much.
const vagueSink = 20

// weakProblem is the confidence under which a request's problem is taken for a guess (on
// the dev sets, 0.5 cut the issue count 0.5-1 point more than 0.4 at the same B³F1; 0.55 cost
// 0.001-0.003 B³F1).
const weakProblem = 0.5

// relSmall is the most reports an issue may have and still be taken for the same problem
// as a related one's issue at its alley, written the other way.
const relSmall = 2

// joinRelated moves a small group into the issue of a related problem (persian.Related)
// at the same alley in the same weeks: «خیابون کثیفه» among twenty reports of the rubbish
// there is the rubbish. Only when that issue is the only one there, is clearly larger, and
// no issue of the group's own problem is there: two issues people keep reporting at one
// alley, each in its own words, stay two.
func (x *Index) joinRelated() {
	for gi := range x.groups {
		x.joinRelatedGroup(int32(gi), false)
	}
}

// joinRelatedGroup is joinRelated for one group; it reports whether the group moved. once:
// the issue may take no second report of the group's problem this way. A new arrival is
// placed before the reports after it exist: the second one alike may be the start of an
// issue of its own, which the next full grouping will see.
func (x *Index) joinRelatedGroup(gi int32, once bool) bool {
	g := x.groups[gi]
	if len(g.members) == 0 || len(g.members) > relSmall {
		return false
	}
	target := int32(-1)
	for _, fi := range g.members {
		f := x.feats[fi]
		if x.mustSet[f.req.ID] != 0 || len(f.rels) == 0 || (f.place.Alley == "" && f.place.Street == "") {
			return false
		}
		x.withRel = true
		cs := x.compatible(f, gi)
		x.withRel = false
		t := int32(-1)
		for _, c := range cs {
			if c.rel && ownProblem(f, x.groups[c.gi]) {
				continue
			}
			switch {
			case c.m == 3 && !c.rel:
				t = -2 // an issue of its own problem is there
			case c.rel && t != -2 && (2*len(x.groups[c.gi].members) > 3*len(g.members) ||
				(len(x.groups[c.gi].members) >= len(g.members) && x.related(f, x.groups[c.gi]) &&
					x.groups[c.gi].activeNear(f.t, relDays*86400))):
				// (a group not clearly larger than this one is no issue it could be part
				// of, unless reported in the same days: a lone report joins two, or one
				// of the same days)
				if t >= 0 && t != c.gi {
					t = -2
				} else {
					t = c.gi
				}
			}
		}
		if t == -1 && !f.inText {
			// a text naming no problem («کسی جواب نمی‌دهد؟») is about the only issue its
			// alley reported in the same days
			for _, c := range cs {
				if c.rel && ownProblem(f, x.groups[c.gi]) {
					continue
				}
				if c.rel && len(x.groups[c.gi].members) >= len(g.members) && x.groups[c.gi].activeNear(f.t, relDays*86400) {
					if t != -1 {
						t = -2
						break
					}
					t = c.gi
				}
			}
		}
		x.fitBuf = cs[:0]
		if t < 0 || (target >= 0 && t != target) {
			return false
		}
		target = t
	}
	h := x.groups[target]
	if x.conflicting(g, h) {
		return false
	}
	if once {
		for _, m := range h.members {
			if x.feats[m].block == g.block {
				return false
			}
		}
	}
	members := g.members
	g.members = nil
	x.gBlock[gi] = -1
	for _, fi := range members {
		f := x.feats[fi]
		x.join(target, fi)
		days := int(math.Abs(float64(f.t-h.last)) / 86400)
		f.score = 0.6
		f.reason = fmt.Sprintf("همان کوچه، موضوع نزدیک (%s)؛ %s؛ %d روز فاصله", persian.ProblemTitle(f.problem), persian.ProblemTitle(h.problem), days)
	}
	return true
}

// ownProblem reports whether f's text names a problem of its own, surely, and h's reports name
// none that was recognised: a report of a flood or a fallen tree is not the unrecognised
// words of the alley's other issue. Over 246 sets (eighteenth session) such joins after
// grouping were right for 21-33% of the flood's, the tree's and the rubbish's reports on the
// authors asked for an ordinary district; refusing them was +.0002 mean B³F1 (pairwise
// precision +.0005), no author lower by more than .0003, one more set meeting every target.
func ownProblem(f *feature, h *group) bool {
	return f.inText && !f.weak && persian.Family(h.problem) == persian.ProblemOther &&
		persian.Family(f.problem) != persian.ProblemOther
}

// followRefs links, once every request is placed, a request that names an earlier one's
// tracking code with that request when placing could not: the earlier one was vague and
// placed after it, or either was left alone. Only a lone request moves; two issues with
// several reports each are not merged on one writer's word.
func (x *Index) followRefs() {
	for fi, f := range x.feats {
		if len(f.refs) == 0 || x.mustSet[f.req.ID] != 0 {
			continue
		}
		for _, code := range f.refs {
			oi, ok := x.byRef[code]
			if !ok || int(oi) == fi {
				continue
			}
			o := x.feats[oi]
			if o.group == f.group {
				break
			}
			fg, og := x.groups[f.group], x.groups[o.group]
			switch {
			case len(fg.members) == 1 && x.refFits(f, o, og):
				x.move(int32(fi), o.group, 0.95, x.refReason(f, o.group, code))
			case len(og.members) == 1 && x.mustSet[o.req.ID] == 0 && x.refFits(o, f, fg):
				x.move(oi, f.group, 0.95, fmt.Sprintf("درخواست %s پیرو همین است؛ %s", f.req.ID, persian.ProblemTitle(fg.problem)))
			default:
				continue
			}
			break
		}
	}
}

// move takes a lone request out of its group into gi.
func (x *Index) move(fi, gi int32, score float64, reason string) {
	f := x.feats[fi]
	old := x.groups[f.group]
	old.members = nil
	x.gBlock[f.group] = -1
	x.join(gi, fi)
	f.score, f.reason = score, reason
}

// reattach gives small groups of vague requests a second look, now that every issue has
// all its reports: a report that was a guess between two young issues may no longer be, and
// two «گلسار» reports that found only each other may belong to the issue everyone reports.
// A group moves only when each of its members would choose the same issue. A request that
// names its alley looks only at its alley, and only at a larger issue: it may have come before
// the issue of the problem it named second («چاله‌ها ... پیاده‌رو») formed there.
func (x *Index) reattach() {
	for gi, g := range x.groups {
		if len(g.members) == 0 || len(g.members) > 3 {
			continue
		}
		target := int32(-1)
		moves := make([]struct {
			score  float64
			reason string
		}, len(g.members))
		for k, fi := range g.members {
			f := x.feats[fi]
			if x.mustSet[f.req.ID] != 0 {
				target = -1
				break
			}
			// a request that names its alley moves only to its alley (a group of the
			// problem it named second may have formed there after it)
			precise := f.place.Alley != "" && (f.place.Street != "" || (f.place.Area != "" && !f.place.AreaGuess))
			cs := x.compatible(f, int32(gi))
			best, score, reason := x.choose(f, cs, precise)
			x.fitBuf = cs[:0]
			if precise && best >= 0 && len(x.groups[best].members) < len(g.members) {
				best = -1
			}
			if best < 0 || (k > 0 && best != target) {
				target = -1
				break
			}
			target = best
			moves[k].score, moves[k].reason = score, reason
		}
		if target < 0 {
			continue
		}
		members := g.members
		g.members = nil
		x.gBlock[gi] = -1
		for k, fi := range members {
			x.join(target, fi)
			x.feats[fi].score, x.feats[fi].reason = moves[k].score, moves[k].reason
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
	ids     map[string]bool // issue ids in use

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

// applyDecisions turns decisions into must-link sets and cannot-link pairs. A later decision
// overrides an earlier one about the same requests.
func (x *Index) applyDecisions(ds []tafkik.Decision) {
	x.cannot = map[string]map[string]bool{}
	sets := map[int]map[string]bool{}
	x.mustSet = map[string]int{}
	next := 0
	unlink := func(a, b string) {
		delete(x.cannot[a], b)
		delete(x.cannot[b], a)
	}
	link := func(a, b string) {
		if a == b {
			return
		}
		if x.cannot[a] == nil {
			x.cannot[a] = map[string]bool{}
		}
		if x.cannot[b] == nil {
			x.cannot[b] = map[string]bool{}
		}
		x.cannot[a][b], x.cannot[b][a] = true, true
	}
	leave := func(id string) {
		if s, ok := x.mustSet[id]; ok {
			delete(sets[s], id)
			delete(x.mustSet, id)
		}
	}
	for _, d := range ds {
		switch d.Kind {
		case tafkik.DecisionSame:
			for i, a := range d.RequestIDs {
				for _, b := range d.RequestIDs[i+1:] {
					unlink(a, b)
				}
			}
			// merge every set the requests are in
			next++
			ns := map[string]bool{}
			for _, id := range d.RequestIDs {
				if s, ok := x.mustSet[id]; ok {
					for m := range sets[s] {
						ns[m] = true
					}
					delete(sets, s)
				}
				ns[id] = true
			}
			for m := range ns {
				x.mustSet[m] = next
			}
			sets[next] = ns
		case tafkik.DecisionDifferent:
			if len(d.Others) == 0 {
				for i, a := range d.RequestIDs {
					leave(a)
					for _, b := range d.RequestIDs[i+1:] {
						link(a, b)
					}
				}
				continue
			}
			// a split: RequestIDs leave and stay together, Others stay
			next++
			ns := map[string]bool{}
			for _, a := range d.RequestIDs {
				leave(a)
				ns[a] = true
				x.mustSet[a] = next
				for _, b := range d.Others {
					link(a, b)
				}
			}
			sets[next] = ns
		}
	}
}

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
	if p := &a.Place; p.StreetBare && p.Alley == "" && p.Area != "" && unicode.IsDigit(firstRune(p.Street)) &&
		x.streetUses[p.Area] >= lexMin && x.numberedArea[p.Area] == 0 {
		// «پاستور ۷» where the district's addresses call پاستور a street and number no
		// street of it: alley 7 of that street, not its seventh street («گلسار 124»)
		p.Street, p.Alley, p.StreetBare = p.Area, p.Street, false
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
	if len(a.Tokens) == 0 && strings.TrimSpace(r.Text) == "" {
		// No text at all (as in Chicago's open data): the operator's category is all we
		// know, so it is the block itself; mixing categories on a guess would hide a problem.
		// (A text of only filler or emoji, «همین جا 🤬», is a citizen's: its category's
		// problem is read as any other's.)
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

const (
	cellLat = 0.0015 // about 165 m
	cellLon = 0.0019 // about 165 m at Rasht's and Chicago's latitudes
)

func cell(lat, lon float64) (int, int) {
	return int(math.Floor(lat / cellLat)), int(math.Floor(lon / cellLon))
}

// ikey is an index key: a place name at one level, or a coordinate cell, within a block.
type ikey struct {
	block  int32
	kind   byte // 'n' area, 's' street (or an area that may be a street), 'a' alley, 'c' cell
	name   string
	la, lo int32
}

// appendPlaceKeys appends the index keys of a place in a block to ks.
func appendPlaceKeys(ks []ikey, block int32, p persian.Place) []ikey {
	if p.Area != "" {
		ks = append(ks, ikey{block: block, kind: 'n', name: p.Area}, ikey{block: block, kind: 's', name: p.Area})
	}
	if p.Street != "" {
		ks = append(ks, ikey{block: block, kind: 's', name: p.Street})
	}
	// for the requests that name only their alley, by its number or name, and by its other
	// name (not its other number: a bare «کوچه ۲» could be on any street)
	for i, a := range p.AlleyIDs() {
		if a != "" && (i == 0 || !unicode.IsDigit(firstRune(a))) {
			ks = append(ks, ikey{block: block, kind: 'a', name: a})
		}
	}
	return ks
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

// place adds f to the index. strict: join only on the alley (or the street with similar
// words or coordinates); otherwise a looser place may do when it leaves no doubt.
func (x *Index) place(f *feature, strict bool) tafkik.Membership {
	r := f.req
	fi := int32(len(x.feats))
	x.feats = append(x.feats, f)
	x.byID[r.ID] = fi
	if k := f.refKey; k != "" {
		x.byRef[k] = fi
	}
	if x.byDay == nil {
		x.byDay = map[int32][]int32{}
	}
	x.byDay[localDay(f.t)] = append(x.byDay[localDay(f.t)], fi)

	best, bestScore, bestReason := int32(-1), 0.0, ""
	if gi, ok := x.mustGroup(r.ID); ok {
		best, bestScore, bestReason = gi, 1, "تصمیم کارشناس: همان موضوع"
	} else if gi, code, ok := x.refGroup(f); ok {
		best, bestScore, bestReason = gi, 0.95, x.refReason(f, gi, code)
	} else {
		cs := x.compatible(f, -1)
		best, bestScore, bestReason = x.choose(f, cs, strict)
		x.fitBuf = cs[:0]
		if best < 0 && len(f.dates) > 0 {
			best, bestScore, bestReason = x.dateGroup(f)
		}
		// A report that names neither a place nor coordinates («زباله‌ها جمع نشده») joins no
		// issue on a guess: "the issue the district is reporting this week" was right for 4% of
		// the pairs it made on the authors asked for an ordinary district (48% over all), so
		// it stays an issue of its own, for a clerk to place or call back about.
	}
	if best < 0 {
		gi := int32(len(x.groups))
		x.stamp = append(x.stamp, 0)
		x.gBlock = append(x.gBlock, f.block)
		x.gLast = append(x.gLast, f.t)
		g := &group{id: x.newID("I-" + r.ID), block: f.block, problem: f.problem, place: f.place,
			first: f.t, last: f.t}
		x.groups = append(x.groups, g)
		x.join(gi, fi)
		f.score, f.reason = 1, "نخستین درخواست این موضوع"
	} else {
		x.join(best, fi)
		f.score, f.reason = bestScore, bestReason
	}
	g := x.groups[f.group]
	return tafkik.Membership{RequestID: r.ID, IssueID: g.id, Score: round2(f.score), Reason: f.reason}
}

// refGroup finds the issue of an earlier request whose tracking code f's text names
// («پیرو درخواست شماره ...»): the writer says it is the same complaint, so the link holds
// across a silence longer than an episode's gap and whatever place either names, as long as
// the problem family fits, it is within refMaxDays and an issue's span, and no clerk said
// otherwise.
func (x *Index) refGroup(f *feature) (int32, string, bool) {
	for _, code := range f.refs {
		oi, ok := x.byRef[code]
		if !ok {
			continue
		}
		o := x.feats[oi]
		if o == f || o.group < 0 {
			continue
		}
		g := x.groups[o.group]
		if x.refFits(f, o, g) {
			return o.group, code, true
		}
	}
	return -1, "", false
}

// dateSim: the words a report must share with one of several issues of a cited day.
const dateSim = 0.25

// localDay is the day in Iran (UTC+3:30) of a unix time, as days since 1970-01-01.
func localDay(t int64) int32 { return int32((t + 12600) / 86400) }

// dateGroup finds the issue a report names by the date of an earlier report («تاریخ
// ۱۴۰۴/۰۸/۳۰ هم گزارش دادم»، «پیرو درخواست مورخ ...»): the only issue of its problem with a
// report that day (or the day either side, for a date written late at night) whose place
// does not contradict the report's, or, among several, the only one on its street.
func (x *Index) dateGroup(f *feature) (int32, float64, string) {
	cands := map[int32]int{}   // group → place match
	sim := map[int32]float64{} // group → the most words shared with its report of that day
	for _, d := range f.dates {
		for day := d - 1; day <= d+1; day++ {
			for _, oi := range x.byDay[day] {
				o := x.feats[oi]
				if o == f || o.group < 0 {
					continue
				}
				g := x.groups[o.group]
				if !x.refFits(f, o, g) {
					continue
				}
				m := 1
				if !f.place.Empty() && !g.place.Empty() {
					m = f.place.Match(g.place)
				}
				if m >= 0 {
					cands[o.group] = m
					sim[o.group] = max(sim[o.group], jaccard(f.tokens, o.tokens))
				}
			}
		}
	}
	best, n := int32(-1), 0
	for gi := range cands {
		if best < 0 || gi < best {
			best = gi
		}
		n++
	}
	if n > 1 {
		best, n = -1, 0
		for gi, m := range cands {
			if m >= 2 {
				best, n = gi, n+1
			}
		}
	}
	if n != 1 && len(cands) > 1 {
		// several issues of its problem reported that day: the one whose words the report
		// clearly repeats («قول آسفالت داده بودن ولی خبری نشد»)
		var s1, s2 float64
		best, n = -1, 0
		for gi := range cands {
			s := sim[gi]
			switch {
			case s > s1 || (s == s1 && gi < best):
				s1, s2, best = s, s1, gi
			case s > s2:
				s2 = s
			}
		}
		if s1 >= dateSim && s1 >= 1.5*s2 {
			n = 1
		}
	}
	if n != 1 {
		return -1, 0, ""
	}
	g := x.groups[best]
	days := g.daysFrom(f.t)
	return best, 0.8, fmt.Sprintf("گزارش قبلی در تاریخ گفته‌شده؛ %s؛ %d روز فاصله", persian.ProblemTitle(g.problem), days)
}

// refMaxDays: a code cited this long after its request starts a new issue («دوباره»، last
// year's code); within it, the writer's own link holds across any silence.
const refMaxDays = 120

func (x *Index) refFits(f, o *feature, g *group) bool {
	if abs64(f.t-o.t) > refMaxDays*86400 {
		return false
	}
	// a problem read from an operator's category or a weak word («برق ... قطعه» filed under
	// street lighting) yields to the writer's own link
	guess := !f.inText || f.conf < 0.5
	if len(g.members) == 0 || (f.block != g.block && f.alt != g.block && !guess) || x.forbidden(f.req.ID, g) {
		return false
	}
	span := int64(x.opt.MaxSpanDays * 86400)
	return max(f.t, g.last)-min(f.t, g.first) <= span
}

func (x *Index) refReason(f *feature, gi int32, code string) string {
	g := x.groups[gi]
	days := g.daysFrom(f.t)
	return fmt.Sprintf("پیرو درخواست %s؛ %s؛ %d روز فاصله", code, persian.ProblemTitle(g.problem), days)
}

// Assign is Add under the name the app uses for a new arrival.
func (x *Index) Assign(r tafkik.Request) tafkik.Membership { return x.Add(r) }

func (x *Index) newID(id string) string {
	base, n := id, 2
	for x.ids[id] {
		id = fmt.Sprintf("%s-%d", base, n)
		n++
	}
	x.ids[id] = true
	return id
}

func (x *Index) mustGroup(id string) (int32, bool) {
	s, ok := x.mustSet[id]
	if !ok {
		return 0, false
	}
	for other, os := range x.mustSet {
		if os != s || other == id {
			continue
		}
		if fi, ok := x.byID[other]; ok && x.feats[fi].group >= 0 {
			return x.feats[fi].group, true
		}
	}
	return 0, false
}

func (x *Index) forbidden(id string, g *group) bool {
	c := x.cannot[id]
	if len(c) == 0 {
		return false
	}
	for _, m := range g.members {
		if c[x.feats[m].req.ID] {
			return true
		}
	}
	return false
}

func (x *Index) candidates(f *feature) []int32 {
	out := x.candBuf[:0]
	defer func() { x.candBuf = out[:0] }()
	gap := int64(x.opt.MaxGapDays * 86400)
	long := int64(plateGap * x.opt.MaxGapDays * 86400) // the longest gap of any group (see fit)
	from, to := f.t-int64(x.opt.MaxSpanDays*86400), f.t+gap
	scan := func(k ikey) {
		list := x.byKey[k]
		i := sort.Search(len(list), func(i int) bool { return list[i].first >= from })
		for ; i < len(list) && list[i].first <= to; i++ {
			// the compact arrays spare a visit to the group for most of the list
			gi := list[i].gi
			if b := x.gBlock[gi]; (b == f.block || b == f.alt || containsBlock(f.rels, b)) && x.gLast[gi] >= f.t-long {
				out = append(out, gi)
			}
		}
	}
	// a related family's issue can only be at the same alley: its place keys, no cells;
	// only joinRelated looks for them
	for _, block := range f.rels {
		if !x.withRel {
			break
		}
		if block == f.alt {
			continue
		}
		switch p := f.place; {
		case p.Alley == "" && p.Street == "":
		case p.Street != "":
			scan(ikey{block: block, kind: 's', name: p.Street})
		case p.Area != "":
			scan(ikey{block: block, kind: 'n', name: p.Area})
		default:
			scan(ikey{block: block, kind: 'a', name: p.Alley})
		}
	}
	// Only the most precise level the request names: a request that names its street is
	// compared with the groups on that street (a group that knows only the area could
	// take it only as a guess between several).
	for _, block := range [2]int32{f.block, f.alt} {
		if block < 0 {
			continue
		}
		if alt := f.place.Alt; alt != nil && alt.Street != "" && alt.Street != f.place.Street {
			scan(ikey{block: block, kind: 's', name: alt.Street})
		}
		switch p := f.place; {
		case p.Street != "":
			scan(ikey{block: block, kind: 's', name: p.Street})
			if f.areaCut && p.Area != "" {
				// a supply cut: the neighbourhood's other streets report the same cut
				scan(ikey{block: block, kind: 'n', name: p.Area})
			}
		case p.Area != "":
			scan(ikey{block: block, kind: 'n', name: p.Area})
			scan(ikey{block: block, kind: 's', name: p.Area})
		case p.Alley != "":
			scan(ikey{block: block, kind: 'a', name: p.Alley})
		}
		if p := f.place; p.Alley != "" && !unicode.IsDigit(firstRune(p.Alley)) && (p.Street == "") != (p.Area == "") {
			// «صیقلان، کوچه سقاخانه» / «خیابان علم‌الهدی، کوچه سقاخانه»: one names the
			// neighbourhood, the other the street, of an alley known by its name
			a, _, _ := strings.Cut(p.Alley, "/")
			scan(ikey{block: block, kind: 'a', name: a})
		}
		if f.spot != "" && (f.place.Empty() || f.place.Street == "") {
			// «پشت مسجد قدس» alone: the issues whose reports give that building
			scan(ikey{block: block, kind: 'l', name: f.spot})
		}
		// Coordinates find the groups a request names no street for (or names none at
		// all); a request that names its street can only join a group on that street.
		if f.req.HasLocation && (f.place.Street == "" || f.pinStreet) {
			la, lo := cell(f.req.Lat, f.req.Lon)
			for d1 := -1; d1 <= 1; d1++ {
				for d2 := -1; d2 <= 1; d2++ {
					scan(cellKey(block, la+d1, lo+d2))
				}
			}
		}
	}
	return out
}

func cellKey(block int32, la, lo int) ikey {
	return ikey{block: block, kind: 'c', la: int32(la), lo: int32(lo)}
}

// compatible lists the groups f could join (every group but own), each once. The slice is
// x.fitBuf, to be handed back after use.
func (x *Index) compatible(f *feature, own int32) []cand {
	x.tick++
	if own >= 0 {
		x.stamp[own] = x.tick
	}
	cs := x.fitBuf[:0]
	for _, gi := range x.candidates(f) {
		g := x.groups[gi]
		if x.stamp[gi] == x.tick || len(g.members) == 0 {
			continue
		}
		x.stamp[gi] = x.tick
		if x.forbidden(f.req.ID, g) {
			continue
		}
		if c, ok := x.fit(f, g); ok {
			c.gi = gi
			cs = append(cs, c)
		}
	}
	return cs
}

// cand is one group a request could join, and how well it fits.
type cand struct {
	gi        int32
	m         int // persian.Place.Match level
	sim       float64
	dist      float64 // metres, -1 when either side has no coordinates
	near, far bool    // far: coordinates do not support the same place
	rel       bool    // an issue of a related problem (persian.Related)
	cut       bool    // the same days' supply cut on the same street or neighbourhood (outage)
	wide      bool    // the street's own problem, spoken of by callers from its alleys (wideDays)
	spot      bool    // only the building both give as the place says it is one street (spotKey)
	other     bool    // the same street, neither naming an alley, by another building (spotKey, landmarkSig)
}

func containsBlock(bs []int32, b int32) bool {
	for _, x := range bs {
		if x == b {
			return true
		}
	}
	return false
}

// fit says whether f may join g at all (same problem family, same episode, no contradiction
// in place or coordinates) and how well.
func (x *Index) fit(f *feature, g *group) (cand, bool) {
	rel := false
	if f.block != g.block && f.alt != g.block {
		if !containsBlock(f.rels, g.block) {
			return cand{}, false
		}
		rel = true
	}
	gap := int64(x.opt.MaxGapDays * 86400)
	// An issue many people keep reporting is a problem nobody fixed: a silence half again as
	// long does not end it, where one or two reports and a silence mean it went away. (Twice
	// as long joined the nineteenth author's next episode after 26 quiet days: 1.5× is +.0003
	// B³F1 on average over twenty authors, none lower by more than .0005.)
	// So does a report naming the issue's own alley with its own words: one more
	// complaint about an alley nobody repaired, not a new problem there.
	after, before := gap, gap
	if len(g.members) >= longIssue {
		after = 3 * gap / 2
	}
	m := -2 // f.place.Match(g.place), once needed
	cut := false
	ag := alleyGap
	switch {
	case f.problem == persian.ProblemSurfaceWater:
		ag = floodGap
	case quickFix[f.problem]:
		ag = 1
	}
	if (f.t > g.last+after || f.t < g.first-before) && !rel && (f.place.Alley != "" || f.place.Landmark != "") &&
		f.t <= g.last+int64(ag*float64(gap)) && f.t >= g.first-int64(ag*float64(gap)) {
		// (or its spot on the street, «جلوی پست برق»)
		if m = persian.MatchPlaces(&f.place, &g.place); m == 3 && (f.place.Alley != "" || sameSpot(f.place, g.place)) ||
			m == 2 && f.place.Alley == "" && sameSpot(f.place, g.place) {
			after, before = int64(ag*float64(gap)), int64(ag*float64(gap))
		}
	}
	if (f.t > g.last+after || f.t < g.first-before) && !rel && f.place.Plate != "" && f.place.Plate == g.place.Plate && !quickFix[f.problem] &&
		f.t <= g.last+int64(plateGap*float64(gap)) && f.t >= g.first-int64(plateGap*float64(gap)) {
		// the same building of the same street («پلاک ۳۹۲»): one problem there, however
		// long the silence between its reports
		if m = persian.MatchPlaces(&f.place, &g.place); m == 3 {
			after, before = int64(plateGap*float64(gap)), int64(plateGap*float64(gap))
		}
	}
	if f.t > g.last+after || f.t < g.first-before {
		return cand{}, false
	}
	if apartFacets(f.facet, g.facet) {
		// a tree to prune is not the park's broken swing (persian.Analysis.Facet)
		return cand{}, false
	}
	if f.rain && !g.activeNear(f.t, rainDays*86400) {
		// last night's flood is the last rain's, not the one of weeks before at that spot
		return cand{}, false
	}
	lo, hi := min(f.t, g.first), max(f.t, g.last)
	if float64(hi-lo) > x.opt.MaxSpanDays*86400 {
		return cand{}, false
	}
	if m == -2 {
		m = persian.MatchPlaces(&f.place, &g.place)
	}
	if m < 0 && !rel && f.outage && !f.hazard && !g.hazard && g.activeNear(f.t, outageDays*86400) &&
		(sameStreet(f.place, g.place) || (f.areaCut && sameArea(f.place, g.place))) {
		// a cut in the supply is the network's: the same day's reports of it from the
		// alleys of one street are one issue
		m, cut = 2, true
	}
	if m < 0 && !rel && (f.pinStreet || g.pinPlace) && f.req.HasLocation && g.hasLoc && !(f.place.Area != "" && g.place.Area != "" && !persian.SameName(f.place.Area, g.place.Area)) &&
		metres(f.req.Lat, f.req.Lon, g.lat, g.lon) <= x.opt.NearMetres/2 {
		// «رشت، کاظم‌آباد، خیابان ۹» filled in by the app from a pin near an issue of
		// «خیابان ۸، کوچه ۴»: the pin's street is a guess, the pin is the evidence
		m = 1
	}
	wide, spot := false, false
	if m != 3 && !rel && f.wide && g.wide && g.activeNear(f.t, wideDays*86400) && sameStreet(f.place, g.place) {
		// «چراغ‌های این خیابون خاموشه» from two alleys of one street in the same days: the
		// street's problem, each caller giving the home's alley
		m, cut, wide = 2, true, true
	}
	if m < 0 || (rel && (m < 3 || !g.activeNear(f.t, gap))) {
		// a related problem's issue only at the same alley (or the street itself, neither
		// naming an alley), in the same weeks
		return cand{}, false
	}
	if m >= 0 && m < 2 && !rel && f.spot != "" && f.place.Street == "" && slices.Contains(g.spots, f.spot) {
		// «پشت مسجد قدس» and «گلسار، خیابان ۱۷۲، نبش مسجد قدس»: a report that gives only
		// the building is at the street of the issue whose reports give it too
		m, spot = 2, true
	}
	other := false
	if m == 3 && f.place.Alley == "" && g.place.Alley == "" && !sameSpot(f.place, g.place) &&
		(f.spot != "" && len(g.spots) > 0 && !slices.Contains(g.spots, f.spot) || f.sig != nil && len(g.sigs) > 0 && !f.sig.fitsAny(g.sigs)) {
		// «بلوار دیلمان، روبروی بانک ملت» and «بلوار دیلمان، نبش هنرستان فنی»: on a street
		// whose alleys neither names, another building is another spot
		m, other = 2, true
	}
	if m == 2 && sameSpot(f.place, g.place) {
		// «پشت درمانگاه خیریه» and «سر کوچه درمانگاه خیریه» on one street: on a long
		// street people name the spot by what is there rather than by the alley
		m = 3
	}
	// Short of the same alley, a report joins an issue only if someone reported it within
	// vagueGap of its day: a long-lived issue is no sink for every vague report of its
	// problem in the area across its months, and one quiet for over a week is likelier not
	// the one a report naming only the street or the neighbourhood is about.
	if m < 3 && !g.activeNear(f.t, int64(vagueGap*float64(gap))) {
		return cand{}, false
	}
	c := cand{m: m, dist: -1, rel: rel, cut: cut, wide: wide, spot: spot, other: other}
	if f.req.HasLocation && g.hasLoc {
		c.dist = metres(f.req.Lat, f.req.Lon, g.lat, g.lon)
		// Coordinates further than noise apart are another place, unless both name the
		// same alley of the same street: a pin a kilometre off is the caller's home or a
		// slip of the finger, the alley written is where the problem is.
		// (so is the spot on the street both name, «جلوی پست برق»)
		if c.dist > x.opt.FarMetres && !(m == 3 && !rel && f.place.Street != "" && c.dist <= pinAstray*x.opt.FarMetres &&
			(f.place.Alley != "" || (f.place.Landmark != "" && sameSpot(f.place, g.place)))) {
			return cand{}, false
		}
		c.near = c.dist <= x.opt.NearMetres
		c.far = c.dist > 2*x.opt.NearMetres
		if f.pinStreet && m == 2 && !rel && g.place.Alley != "" && f.place.Alley == "" && c.dist <= pinStreetAlley {
			// «رشت، پاستور، خیابان پاستور», the street an app filled in from the pin, at one
			// of that street's alleys whose issue is at the pin: as much the spot as an issue
			// of the street itself, the one reported nearest in time winning
			c.m = 3
		}
	}
	if other && !c.near {
		return cand{}, false
	}
	c.sim = -1 // computed by choose, only for the level it decides on
	return c, true
}

// choose picks the group f joins among the compatible ones, or -1. The most precise place
// agreement decides first; a looser one only when it is the sole compatible group at that
// level (so it is not a guess between two) or the texts and coordinates agree. Among several
// that qualify, the one reported nearest in time wins: on generated districts the closest
// words picked the wrong issue on a street two times in five, the nearest days far less.
func (x *Index) choose(f *feature, cs []cand, strict bool) (int32, float64, string) {
	// the lists are x.levels, reused between requests (choose runs for every one)
	byLevel := x.levels
	for i := range byLevel {
		byLevel[i] = byLevel[i][:0]
	}
	defer func() { x.levels = byLevel }()
	for _, c := range cs {
		if c.rel {
			continue // related problems' issues are joined after grouping (joinRelated)
		}
		byLevel[c.m] = append(byLevel[c.m], c)
	}
	sims := func(l []cand) {
		for i := range l {
			if l[i].sim < 0 {
				l[i].sim = x.similarity(f, x.groups[l[i].gi])
			}
		}
	}
	if len(byLevel[2]) > 0 && len(byLevel[3]) == 0 {
		// (with a candidate at the same alley, the street's are never looked at)
		sims(byLevel[2])
	}
	var c cand
	var ok bool
	var where string
	var base float64
	noText := len(f.tokens) == 0
	// A text that names no problem of its own («حقوق بازنشستگی پدرم ...» filed under a
	// municipal category) is only the category's guess: it joins a looser place only on words
	// or coordinates, never as "the only issue there".
	weak := !f.inText && !noText
	backed := func(c cand) bool { return !weak || c.near || c.sim >= x.opt.MinSimStreet }
	// an issue reported every week is "the only one there" for any report of its problem
	// that names no alley: such a report joins it on its coordinates or words, not for
	// want of another issue (vagueSink)
	unsunk := func(c cand) bool {
		return f.place.Alley != "" || len(x.groups[c.gi].members) < vagueSink || c.near || c.sim >= x.opt.MinSimStreet
	}
	// after a day and a half, an issue is "the only one there" for a report with no word or
	// pin in common only when many keep reporting it (streetKnown)
	stillOnly := func(c cand) bool {
		return x.sameDays(f, c) || c.near || c.sim >= x.opt.MinSimStreet || len(x.groups[c.gi].members) >= streetKnown
	}
	// a report that names a building on the street as its spot is not at an issue's alley
	// for the same words of a problem («زباله جمع نشده»)
	atSpot := func(f *feature, c cand) bool {
		g := x.groups[c.gi]
		return f.sig != nil && f.place.Alley == "" && g.place.Alley != "" ||
			// (nor is a report naming an alley at the building of an issue naming none)
			f.place.Alley != "" && g.place.Alley == "" && len(g.sigs) > 0 && f.sig == nil ||
			// (nor is an alley given by its number at one given by a name nobody wrote
			// with that number: «کوچه ۵» / «کوچه شهید انصاری»)
			f.place.Alley != "" && g.place.Alley != "" && isDigitWord(f.place.Alley) != isDigitWord(g.place.Alley)
	}
	// a report that names its own spot on the street («روبه‌روی دبستان») is not at the
	// issue's alley for want of another issue there
	elsewhere := func(f *feature, c cand) bool {
		if c.other {
			// (another building: the same words of a problem say nothing of where)
			return !c.near
		}
		return f.place.Landmark != "" && f.place.Alley == "" && x.groups[c.gi].place.Alley != "" && !c.near && (c.sim < x.opt.MinSimStreet || atSpot(f, c))
	}
	switch {
	case len(byLevel[3]) > 0:
		c, ok = x.nearestInTimeSim(f, byLevel[3])
		// (the whole place agrees: tell the clerk how much of one that is)
		base, where = 0.7, "همان کوچه"
		switch {
		case f.place.Alley != "":
		case f.place.Street != "":
			where = "همان خیابان"
		case f.place.Area != "":
			where = "همان محله"
		default:
			where = "همان نشانی"
		}
	case len(byLevel[2]) > 0 && slices.ContainsFunc(byLevel[2], func(c cand) bool { return c.cut }):
		// the cut the street's or the neighbourhood's other reports of these days are about
		c, ok = x.nearestInTime(byLevel[2], f.t, func(c cand) bool { return c.cut && !c.far })
		base, where = 0.6, "همان محله، قطعی همین روزها"
		if c.wide {
			where = "همان خیابان، مشکل خود خیابان در همین روزها"
		}

	case len(byLevel[2]) == 1 && !byLevel[2][0].far && !strict && backed(byLevel[2][0]) && !elsewhere(f, byLevel[2][0]) && unsunk(byLevel[2][0]) &&
		// (pins 200-400 m apart say another spot of the street: such joins were right for
		// 184 of 470 requests over 155 sets; refusing them was +.0002 mean B³F1; after a day
		// and a half, with no word or pin in common, a small issue is not "the only one
		// there" either, see streetKnown)
		byLevel[2][0].dist <= x.opt.NearMetres && stillOnly(byLevel[2][0]):
		c, ok = byLevel[2][0], true
		base, where = 0.6, "همان خیابان، تنها موضوع مشابه"
	case len(byLevel[2]) == 1 && !byLevel[2][0].far && sameAlley(f.place, x.groups[byLevel[2][0].gi].place):
		// «باقرآباد، کوچه ۸» and «باقرآباد، خیابان عدالت، کوچه ۸»: the same alley of the
		// same neighbourhood, one side leaving out the street, and no other issue there
		c, ok = byLevel[2][0], true
		base, where = 0.65, "همان کوچه در همان محله"
	case len(byLevel[2]) > 0:
		c, ok = x.nearestInTime(byLevel[2], f.t, func(c cand) bool {
			return c.sim >= x.opt.MinSimStreet && !atSpot(f, c) && x.sameDays(f, c) || c.near
		})
		base, where = 0.55, "همان خیابان"
		// a report naming its own spot on the street is not at the alley of the issue
		// most people there report
		var here []cand
		for _, c := range byLevel[2] {
			if !elsewhere(f, c) {
				here = append(here, c)
			}
		}
		if !ok && !strict && !weak {
			c, ok = x.dominant(here, f.t)
			where = "همان خیابان، بزرگ‌ترین موضوع مشابه"
		}
		// Nor is it at "the only one of the street's issues reported these days" (onlyActive,
		// as for a neighbourhood below) when the cases above refused it: a vague text, its
		// own spot named, an issue reported every week, pins 200-400 m apart, or no words and
		// no pin in common with any issue there. Such joins were right for 34% of their pairs
		// on the authors asked for an ordinary district; dropping them (fifteenth session, 191
		// sets) was +.0022 mean B³F1 for those authors (rasht19 +.0100, rasht31 +.0058;
		// rasht22 and rasht25 -.0012), +.0038 for the two blind new ones, -.0009 for the
		// others (rasht10 -.0070, rasht -.0063), issues +0.8 points; five more of rasht19's
		// sets and three fewer older ones meet every target. The thirteenth session had
		// measured -.0003 over all authors and kept them.
	}
	if strict && !ok {
		return -1, 0, ""
	}
	if !ok {
		sims(byLevel[1])
		switch {
		case len(byLevel[1]) == 1 && !byLevel[1][0].far && backed(byLevel[1][0]) && unsunk(byLevel[1][0]):
			c, ok = byLevel[1][0], true
			base, where = 0.5, "همان محله، تنها موضوع مشابه"
		case len(byLevel[1]) > 1:
			c, ok = x.nearestInTime(byLevel[1], f.t, func(c cand) bool { return (c.sim >= x.opt.MinSimArea || c.near) && !c.far })
			base, where = 0.45, "همان محله"
			if !ok && !weak {
				c, ok = x.dominant(byLevel[1], f.t)
				where = "همان محله، بزرگ‌ترین موضوع مشابه"
			}
			if !ok {
				c, ok = clearlyMostSimilar(byLevel[1])
				where = "همان محله، شبیه‌ترین متن"
			}
			if !ok {
				c, ok = x.onlyActive(byLevel[1], f.t)
				where = "همان محله، تنها موضوع مشابه در همین روزها"
			}
		}
	}
	if !ok {
		sims(byLevel[0])
		// with no place in common, coordinates alone are near within pinOnlyMetres
		for i := range byLevel[0] {
			byLevel[0][i].near = byLevel[0][i].near && byLevel[0][i].dist <= pinOnlyMetres
		}
		c, ok = x.nearestInTime(byLevel[0], f.t, func(c cand) bool {
			return (c.near && (noText || c.sim >= x.opt.MinSimNone/2)) ||
				(c.dist < 0 && c.sim >= x.opt.MinSimNone && !(f.place.Empty() && x.groups[c.gi].place.Empty()))
		})
		base, where = 0.5, "متن مشابه"
		if !ok {
			// the only issue of this problem within the coordinates' noise
			var near []cand
			for _, c := range byLevel[0] {
				if c.near {
					near = append(near, c)
				}
			}
			if len(near) == 1 {
				c, ok = near[0], true
			} else if len(near) > 1 && f.place.Empty() {
				// a report that names no place, among several issues of its problem within
				// its coordinates' noise: the one clearly most people are reporting
				c, ok = x.dominant(near, f.t)
			}
			// a report that names no place at all, with the only issue of its problem
			// anywhere near its coordinates a little beyond their noise
			if !ok && f.place.Empty() && len(byLevel[0]) == 1 && byLevel[0][0].dist >= 0 && byLevel[0][0].dist <= 1.25*x.opt.NearMetres {
				c, ok = byLevel[0][0], true
			}
		}
		if c.near {
			where = fmt.Sprintf("فاصله %d متر", int(c.dist))
		}
	}
	if !ok {
		return -1, 0, ""
	}
	if c.spot {
		where = "همان مکان شاخص («" + f.spot + "»)"
	}
	g := x.groups[c.gi]
	s := base + 0.3*c.sim
	if c.near {
		s += 0.05
	}
	s = min(s, 1)
	days := g.daysFrom(f.t)
	// (what fmt.Sprintf("%s؛ %s؛ شباهت %.2f؛ %d روز فاصله", ...) writes, without its boxing:
	// this is every request's reason)
	return c.gi, s, where + "؛ " + persian.ProblemTitle(g.problem) + "؛ شباهت " + strconv.FormatFloat(c.sim, 'f', 2, 64) +
		"؛ " + strconv.Itoa(days) + " روز فاصله"
}

// Activity windows for onlyActive, in seconds.
const (
	activeNear = int64(3 * 86400)
	activeFar  = int64(7 * 86400)
)

// onlyActive picks, among issues a vague request fits equally well, the only one people were
// reporting in the days around it (a report within activeNear), when every other one was
// quiet for activeFar either side: someone writing «خیابان ۱۱۸» about rubbish this week
// means the rubbish the street is reporting this week, not the alley cleared last month.
func (x *Index) onlyActive(l []cand, t int64) (cand, bool) {
	var best cand
	found := false
	for _, c := range l {
		if c.far {
			continue
		}
		d := int64(math.MaxInt64)
		for _, m := range x.groups[c.gi].members {
			d = min(d, abs64(x.feats[m].t-t))
		}
		switch {
		case d <= activeNear:
			if found {
				return cand{}, false
			}
			best, found = c, true
		case d <= activeFar:
			return cand{}, false
		}
	}
	return best, found && len(x.groups[best.gi].members) >= 2
}

// nearestInTime picks, among the candidates ok accepts, the one with a report nearest in
// time to t (ties: the more similar text).
func (x *Index) nearestInTime(l []cand, t int64, ok func(cand) bool) (cand, bool) {
	var best cand
	bestD := int64(math.MaxInt64)
	found := false
	for _, c := range l {
		if !ok(c) {
			continue
		}
		d := int64(math.MaxInt64)
		for _, m := range x.groups[c.gi].members {
			d = min(d, abs64(x.feats[m].t-t))
		}
		d /= 86400 // whole days, so that the text decides between two issues of the same days
		if !found || d < bestD || (d == bestD && c.sim > best.sim) {
			best, bestD, found = c, d, true
		}
	}
	return best, found
}

// nearestInTimeSim is nearestInTime accepting every candidate, with the similarity of a
// candidate worked out only when its day ties with the best one's: most requests have one
// issue at their alley, or several on different days, and the similarity was most of the
// cost of choosing.
func (x *Index) nearestInTimeSim(f *feature, l []cand) (cand, bool) {
	sim := func(c *cand) float64 {
		if c.sim < 0 {
			c.sim = x.similarity(f, x.groups[c.gi])
		}
		return c.sim
	}
	best := -1
	bestD := int64(math.MaxInt64)
	for i := range l {
		d := int64(math.MaxInt64)
		for _, m := range x.groups[l[i].gi].members {
			d = min(d, abs64(x.feats[m].t-f.t))
		}
		d /= 86400 // whole days, so that the text decides between two issues of the same days
		if best < 0 || d < bestD || (d == bestD && sim(&l[i]) > sim(&l[best])) {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return cand{}, false
	}
	sim(&l[best])
	return l[best], true
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// sameAlley reports whether two places name the same alley (by its number or its name) and
// agree on the area, so that only a street left out keeps them from the same alley.
func sameAlley(p, q persian.Place) bool {
	if p.Alley == "" || q.Alley == "" || p.Area == "" || p.Area != q.Area || p.AreaGuess || q.AreaGuess {
		return false
	}
	qi := q.AlleyIDs()
	for _, a := range p.AlleyIDs() {
		if a != "" && slices.Contains(qi[:], a) {
			return true
		}
	}
	return false
}

// clearlyMostSimilar picks, for a report that names only its neighbourhood, the issue whose
// first reports share clearly the most words with it: at least 0.2 and three times the next.
func clearlyMostSimilar(l []cand) (cand, bool) {
	var best cand
	s1, s2 := -1.0, 0.0
	for _, c := range l {
		if c.far {
			continue
		}
		switch {
		case c.sim > s1:
			best, s1, s2 = c, c.sim, max(s1, 0)
		case c.sim > s2:
			s2 = c.sim
		}
	}
	return best, s1 >= 0.2 && s1 >= 3*s2
}

// dominant picks, among groups a vague request fits equally well, the one that has drawn
// clearly the most reports around its day (at least two, and 2.5 times the next): most
// people who write only «گلسار» about a problem mean the one everybody there is reporting
// that week, not the one reported most over its months.
func (x *Index) dominant(l []cand, t int64) (cand, bool) {
	var best cand
	n1, n2 := 0, 0
	for _, c := range l {
		if c.far {
			continue
		}
		n := x.groups[c.gi].reportsNear(t, dominantDays*86400)
		switch {
		case n > n1:
			best, n1, n2 = c, n, n1
		case n > n2:
			n2 = n
		}
	}
	return best, n1 >= 2 && 2*n1 >= 5*n2
}

// similarity is the mean Jaccard similarity of f's words with the group's founding members.
func (x *Index) similarity(f *feature, g *group) float64 {
	n := min(len(g.members), x.opt.CoreSize)
	if n == 0 {
		return 0
	}
	total := 0.0
	for _, m := range g.members[:n] {
		total += jaccard(f.tokens, x.feats[m].tokens)
	}
	return total / float64(n)
}

func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func metres(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371000
	dLat := (lat2 - lat1) * math.Pi / 180
	dLon := (lon2 - lon1) * math.Pi / 180 * math.Cos((lat1+lat2)/2*math.Pi/180)
	return r * math.Sqrt(dLat*dLat+dLon*dLon)
}

// join adds f to g, refines the group's place with parts it did not know, and registers the
// group under any new index keys.
func (x *Index) join(gi, fi int32) {
	g, f := x.groups[gi], x.feats[fi]
	g.members = append(g.members, fi)
	f.group = gi
	g.wide = g.wide || f.wide
	g.hazard = f.hazard && (len(g.members) == 1 || g.hazard)
	if f.facet != "" && g.facet != f.facet {
		if g.facet == "" {
			g.facet = f.facet
		} else {
			g.facet = "*"
		}
	}
	if len(g.members) == 1 {
		g.pinPlace = f.pinStreet
	} else if g.pinPlace && !f.pinStreet {
		// the first report with a place of its own says where the issue is, not the pins'
		// streets
		g.pinPlace = false
		if f.place.Street != "" {
			g.place = f.place
		}
	}
	g.first, g.last = min(g.first, f.t), max(g.last, f.t)
	x.gLast[gi] = g.last
	k := sort.Search(len(g.times), func(i int) bool { return g.times[i] > f.t })
	g.times = append(g.times, 0)
	copy(g.times[k+1:], g.times[k:])
	g.times[k] = f.t
	if f.req.HasLocation {
		g.nLoc++
		g.lat += (f.req.Lat - g.lat) / float64(g.nLoc)
		g.lon += (f.req.Lon - g.lon) / float64(g.nLoc)
		g.hasLoc = true
	}
	if len(g.members) > 1 && g.place.Alt != nil {
		// the first report's address and text named two places: the second report says
		// which one the issue is at, so that the issue does not gather both places' reports
		prim, alt := g.place, *g.place.Alt
		prim.Alt = nil
		mp, ma := prim.Match(f.place), alt.Match(f.place)
		switch {
		case mp >= 2 && ma < 2:
			g.place = prim
		case ma >= 2 && mp < 2:
			g.place = alt
		}
	}
	if len(g.members) > 1 && g.place.Match(f.place) >= 2 {
		// an area guessed from a word of the text («بچه‌ها کوچه ۱۳ ...») stays the member's own: the
		// issue would otherwise contradict every report that names the real one
		if g.place.Area == "" && f.place.Area != "" && !f.place.AreaGuess && f.place.Area != g.place.Street {
			g.place.Area = f.place.Area
		}
		if g.place.Street == "" && f.place.Street != "" && f.place.Street != g.place.Area {
			g.place.Street = f.place.Street
		}
		if g.place.Alley == "" {
			g.place.Alley = f.place.Alley
		}
		if a, ok := strings.CutPrefix(f.place.Alley, g.place.Alley+"/"); ok && a != "" && !strings.Contains(a, "/") &&
			g.place.Alley != "" && !strings.Contains(g.place.Alley, "/") && !f.place.DeadEnd && !g.place.DeadEnd {
			// «کوچه ۹» and then «کوچه ۹، بن‌بست ۲»: the issue is at that dead end, so that a
			// report from another dead end of the alley does not join it too
			g.place.Alley = f.place.Alley
		}
	}
	// «کوچه لاله (۱۲)»: the alley's number and name, so «کوچه ۱۲» finds the «لاله» issue
	if fp := f.place; g.place.AlleyName == "" && fp.AlleyName != "" && fp.Street == g.place.Street &&
		unicode.IsDigit(firstRune(fp.Alley)) != unicode.IsDigit(firstRune(fp.AlleyName)) {
		switch g.place.Alley {
		case fp.Alley:
			g.place.AlleyName = fp.AlleyName
		case fp.AlleyName:
			g.place.AlleyName = fp.Alley
		}
	}
	keys := appendPlaceKeys(x.keyBuf[:0], g.block, g.place)
	defer func() { x.keyBuf = keys[:0] }()
	if f.spot != "" && !slices.Contains(g.spots, f.spot) && len(g.spots) < maxSpots {
		g.spots = append(g.spots, f.spot)
	}
	if f.sig != nil && len(g.sigs) < maxSigs && !f.sig.inList(g.sigs) {
		g.sigs = append(g.sigs, f.sig)
	}
	for _, sp := range g.spots {
		keys = append(keys, ikey{block: g.block, kind: 'l', name: sp})
	}
	if f.req.HasLocation {
		la, lo := cell(f.req.Lat, f.req.Lon)
		keys = append(keys, cellKey(g.block, la, lo))
	}
	for _, k := range keys {
		if !contains(g.keys, k) {
			g.keys = append(g.keys, k)
			x.byKey[k] = insertEntry(x.byKey[k], entry{first: g.first, gi: gi})
		}
	}
}

// entry is a group in an index key's list; first is the group's first request when it was
// listed (a window edge, so a later, earlier member only widens fit's own check).
type entry struct {
	first int64
	gi    int32
}

func insertEntry(list []entry, e entry) []entry {
	i := sort.Search(len(list), func(i int) bool { return list[i].first > e.first })
	list = append(list, entry{})
	copy(list[i+1:], list[i:])
	list[i] = e
	return list
}

func contains(ss []ikey, s ikey) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// mergeTwins joins groups that name the same alley of the same street, in the same weeks:
// two reports that arrive before either group has grown can start twins, and nothing later
// would bring them together. The smaller twin moves into the larger.
func (x *Index) mergeTwins() {
	gap := int64(x.opt.MaxGapDays * 86400)
	span := int64(x.opt.MaxSpanDays * 86400)
	for gi, g := range x.groups {
		if len(g.members) == 0 || g.place.Alley == "" {
			continue
		}
		for _, k := range appendPlaceKeys(nil, g.block, g.place) {
			if k.kind != 's' || k.name != g.place.Street {
				continue
			}
			list := x.byKey[k]
			i := sort.Search(len(list), func(i int) bool { return list[i].first >= g.first-span })
			for ; i < len(list) && list[i].first <= g.last+gap; i++ {
				hi := list[i].gi
				h := x.groups[hi]
				if int(hi) == gi || len(h.members) == 0 || h.block != g.block ||
					h.first > g.last+gap || g.first > h.last+gap ||
					max(g.last, h.last)-min(g.first, h.first) > span ||
					g.place.Match(h.place) != 3 || x.conflicting(g, h) || apartFacets(g.facet, h.facet) {
					continue
				}
				if g.hasLoc && h.hasLoc && metres(g.lat, g.lon, h.lat, h.lon) > x.opt.FarMetres {
					continue
				}
				big, small := int32(gi), hi
				if len(h.members) > len(g.members) {
					big, small = hi, int32(gi)
				}
				for _, m := range x.groups[small].members {
					x.join(big, m)
				}
				x.groups[small].members = nil
				x.gBlock[small] = -1
				if small == int32(gi) {
					break
				}
			}
			if len(g.members) == 0 {
				break
			}
		}
	}
}

// apartFacets reports whether two facets (feature.facet, group.facet) name different parts
// of a problem, which a clerk counts as two issues (persian.Analysis.Facet).
func apartFacets(a, b string) bool { return a != "" && b != "" && a != "*" && b != "*" && a != b }

// conflicting reports whether a clerk said some member of g and some member of h differ.
func (x *Index) conflicting(g, h *group) bool {
	if len(x.cannot) == 0 {
		return false
	}
	for _, m := range g.members {
		if x.forbidden(x.feats[m].req.ID, h) {
			return true
		}
	}
	return false
}

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
		res.Members = append(res.Members, tafkik.Membership{RequestID: f.req.ID,
			IssueID: x.groups[f.group].id, Score: round2(f.score), Reason: f.reason})
		if a := f.place.Area; a != "" {
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

// pinStreetAlley: a report whose only place is the street an app filled in from its pin is
// at an issue of one of that street's alleys within this many metres of the pin as much as
// at an issue of the street itself (fourteenth session, over 167 sets: 150 m +.00066 mean
// B³F1, issues +0.02 points, no author lower by more than .0006; 100 m +.00054, 200 m
// +.00062; the thirty-first author, whose app writes every address so, +.005 to +.009).
const pinStreetAlley = 150.0

// dominantDays: the reports within this many days of a vague request's day say which issue
// everybody is reporting (dominant).
const dominantDays = 7

// alleyGap: a report naming an issue's own alley joins it after a silence up to this many
// times MaxGapDays: an alley nobody repaired is reported again after five weeks as after
// four (rasht's episodes). On the dev sets 2.5 (was 2) cut the issue count 0.1-0.7 points;
// B³F1 rasht +.0004/+.001, rasht4 +.002/-.0003, rasht3 within .0003, own -.0006/-.0014.
// 3 did a little more but joined a related report 38 days later (testdata/related.tsv, c3),
// and 4 cost own .002-.004.
const alleyGap = 2.5

// vagueGap: a report that does not name an issue's alley (only its street, its
// neighbourhood or coordinates near it) joins the issue only if someone reported it within
// this many times MaxGapDays (a week) of the report's day. Over 155 sets of twenty-seven
// authors, a week (was two) was +.0039 mean B³F1 and the seven authors asked for an ordinary
// district +.0064 (rasht22 -.0024, the others +.005 to +.011), at +3.0 points of issues;
// 0.75 was +.0023 at +1.2 points, 0.35 +.0038 at +4.7. Such joins made 8-14 days after the
// issue's last report had been right 40-51% of the time, those within a week 71-77%.
const vagueGap = 0.5

// pinOnlyMetres: a report that shares no place with an issue (one side names none, or they
// name nothing in common) joins it on coordinates only within this distance, under
// NearMetres: the pins are 20-150 m off. Over 155 sets 150 m was +.0003 mean B³F1 (no author
// lower by more than .0002), +0.14 points of issues; 120 m was -.0001. Such joins had been
// right for 47% (the ordinary-district authors) to 66% (the others) of requests 150-200 m off.
const pinOnlyMetres = 150

// floodGap is alleyGap for a flooded alley: a flood is one storm's, and the next storm's
// three weeks later is another issue, where an unrepaired alley's asphalt is the same one
// after five weeks. Over 155 sets of twenty-seven authors 1.5 (21 days) was +.0007 mean B³F1,
// the four newest authors +.002 to +.004, the eleventh and fifteenth -.0014 and -.0019; 1.0
// gained them more but cost three sets their issue count.
const floodGap = 1.5

// quickFix are the problems a crew clears in a day (a pile of rubbish, an unswept street, a
// dead animal): once cleared, the next report of one at the same alley weeks later is a new
// episode, not one more complaint about a problem nobody fixed. They get no alleyGap: a
// silence of MaxGapDays ends their issue wherever the next report is, at its alley or at
// its building (plateGap; +.0001 more for the ordinary-district authors). Same-alley joins of
// rubbish 14-35 days after an issue's last report had been right for 6% of such requests on
// the authors asked for an ordinary district, 18% on the two blind ones of the fifteenth
// session and 45% on the others (asphalt 76-83%). Over 191 sets of thirty-three authors:
// mean B³F1 +.0013, ordinary-district authors +.0030 (none lower by more than .0002), the
// two blind ones +.0043, the others +.0000 (rasht11 -.0061), issues +0.9 points. Also
// cutting their base gap to 10 days, or adding sewage or surface water, gained the
// ordinary-district authors up to .0004 more and cost the others up to .0005.
var quickFix = map[string]bool{persian.ProblemGarbage: true, persian.ProblemCleaning: true, persian.ProblemDeadAnimal: true}

// plateGap: a report naming an issue's own building (its plate on the same street) joins it
// after a silence up to this many times MaxGapDays.
const plateGap = 4.0

// daysFrom is how many whole days t is from g's nearest report: the "days apart" of a
// membership's reason. (A vague report placed after the precise ones may fall before the
// issue's last report, or between two of its reports.)
func (g *group) daysFrom(t int64) int {
	if len(g.times) == 0 {
		return int(abs64(t-g.last) / 86400)
	}
	k := sort.Search(len(g.times), func(i int) bool { return g.times[i] >= t })
	d := int64(math.MaxInt64)
	if k < len(g.times) {
		d = g.times[k] - t
	}
	if k > 0 {
		d = min(d, t-g.times[k-1])
	}
	return int(d / 86400)
}

// reportsNear counts g's reports within d seconds of t.
func (g *group) reportsNear(t, d int64) int {
	lo := sort.Search(len(g.times), func(i int) bool { return g.times[i] >= t-d })
	hi := sort.Search(len(g.times), func(i int) bool { return g.times[i] > t+d })
	return hi - lo
}

// outage are the problems of a supply network (power, water, telephone), which a street's
// alleys report together when it fails; a burst main under the street («آب از زیر آسفالت
// فوران می‌کند») too: every alley of the street sees it the same day (the eighth author's
// sets +.0014 to +.004, issues down 0.5-1.2 points; the others within ±.0003).
var outage = map[string]bool{
	persian.ProblemPower: true, persian.ProblemWaterOutage: true, persian.ProblemTelecom: true,
	persian.ProblemWaterLeak: true,
}

// rainDays: a flood of one rain is reported within this many days of the issue's others.
const rainDays = 4

// wideDays: reports speaking of one street this close in time are one problem of it.
const wideDays = 3

// outageDays: reports of a cut this close in time on one street are one cut.
const outageDays = 2

// sameStreet reports whether two places name one street (or, neither naming a street, one
// neighbourhood), whatever alleys they name.
func sameStreet(p, q persian.Place) bool {
	p.Alley, p.AlleyName, p.Alt, p.Landmark = "", "", nil, ""
	q.Alley, q.AlleyName, q.Alt, q.Landmark = "", "", nil, ""
	if p.Street == "" && q.Street == "" {
		return p.Area != "" && p.Match(q) >= 1
	}
	return p.Street != "" && q.Street != "" && p.Match(q) >= 2
}

// areaCut are the supplies cut for a whole neighbourhood at once (telecom too: rasht3 +.0007 to
// +.0012, the others within ±.0002): the same days' reports of
// their cut from its streets are one cut («آب کل محله قطع است»).
var areaCut = map[string]bool{persian.ProblemPower: true, persian.ProblemWaterOutage: true, persian.ProblemTelecom: true}

// sameArea reports whether two places name one neighbourhood.
func sameArea(p, q persian.Place) bool {
	return p.Area != "" && q.Area != "" && !p.AreaGuess && !q.AreaGuess && persian.SameName(p.Area, q.Area)
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

// activeNear reports whether a member of g was reported within d seconds of t.
func (g *group) activeNear(t, d int64) bool {
	k := sort.Search(len(g.times), func(i int) bool { return g.times[i] >= t-d })
	return k < len(g.times) && g.times[k] <= t+d
}

// spotWords are the words naming a spot on a street: a landmark's after the word placing it
// («پشت درمانگاه خیریه» → درمانگاه خیریه), or an alley named after one («کوچه درمانگاه
// خیریه»).
func spotWords(p persian.Place) []string {
	if p.Landmark != "" {
		ws := landmarkWords(p)
		if len(ws) > 2 && ws[0] == "ایستگاه" && (ws[1] == "اتوبوس" || ws[1] == "تاکسی") {
			// «ایستگاه اتوبوس مسجد امام حسن»: the stop is named after the spot
			ws = ws[2:]
		}
		return ws
	}
	if p.Alley != "" && !unicode.IsDigit(firstRune(p.Alley)) {
		if p.AlleyName != "" && !unicode.IsDigit(firstRune(p.AlleyName)) {
			return []string{p.Alley, p.AlleyName}
		}
		return []string{p.Alley}
	}
	return nil
}

// landmarkWords are the words of a place's landmark after the word placing it («روبه روی
// فروشگاه رفاه» → فروشگاه رفاه).
func landmarkWords(p persian.Place) []string {
	ws := strings.Fields(p.Landmark)
	if len(ws) > 0 && persian.LandmarkWord(ws[0]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && (ws[0] == "از" || ws[0] == "به" || ws[0] == "روی") {
		// («روبه روی فروشگاه»: the placing word in two)
		ws = ws[1:]
	}
	return ws
}

// sameSpot reports whether two places name one spot: the shorter spot's words, two at
// least unless both have one, begin the longer's.
func sameSpot(p, q persian.Place) bool {
	a, b := spotWords(p), spotWords(q)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 1 && len(b) > 1 {
		// «داروخانه» says too little beside «داروخانه دکتر رحیمی»
		return false
	}
	for i := range a {
		// (a word misspelt, «سوپمرارکت», is still the word)
		if a[i] != b[i] && !persian.SameName(a[i], b[i]) {
			return false
		}
	}
	return true
}

// maxSpots is how many buildings an issue remembers its reports giving as the place.
const maxSpots = 4

// spotKey names the building a place is given by, in a form two reports of it share
// («پشت مسجد قدس», «نبش مسجد قدس» → «مسجد قدس»): its first two words after the word placing
// it, honorifics left out, when the first is a building («مسجد», «بانک», «درمانگاه») or a
// thing people name («پارک», «پست برق») and the second names it: «جلوی خونه» is every
// caller's own door, «کنار زباله‌ها» no place at all. An alley named after a building
// («کوچه درمانگاه امام رضا») gives it too.
func spotKey(p persian.Place) string {
	var ws []string
	for _, w := range spotWords(p) {
		if !honorifics[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) < 2 || !(persian.VenueWord(ws[0]) || spotHeads[ws[0]]) || notName[ws[1]] {
		return ""
	}
	return ws[0] + " " + ws[1]
}

// maxSigs is how many landmarks an issue remembers its reports giving as the place.
const maxSigs = 8

// spotSig is what a landmark names: the kinds of building or thing («بانک», «ایستگاه») and
// the names («ملت», «صادقی»), up to three words after the word placing it.
type spotSig struct {
	heads, names []string
}

// landmarkSig reads a place's landmark («روبروی ایستگاه اتوبوس صادقی» → ایستگاه اتوبوس |
// صادقی), nil when it names nothing a second caller could name too («جلوی خونه», «سر کوچه»).
func landmarkSig(p persian.Place) *spotSig {
	if p.Landmark == "" {
		return nil
	}
	var sg spotSig
	n := 0
	ws := landmarkWords(p)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if honorifics[w] {
			continue
		}
		if n == 3 || sigStop[w] || isDigitWord(w) {
			break
		}
		n++
		if i+1 < len(ws) && ws[i+1] == "فروشی" {
			// «شیرینی فروشی» is «شیرینیفروشی», a kind of shop
			w += ws[i+1]
			i++
		}
		switch {
		case persian.VenueWord(w) || spotHeads[w] || sigHeads[w] || strings.HasSuffix(w, "فروشی"):
			sg.heads = append(sg.heads, w)
		case len(sg.heads) > 0 && utf8.RuneCountInString(w) >= 3:
			// (a name after the kind it names: «بانک ملت»; «کنار دیوار تلنبار» is no
			// name but the caller's words)
			sg.names = append(sg.names, w)
		default:
			n = 3
		}
	}
	if len(sg.heads) == 0 && len(sg.names) == 0 {
		return nil
	}
	return &sg
}

func isDigitWord(w string) bool { return w != "" && unicode.IsDigit(firstRune(w)) }

// sigHeads are more kinds of thing a spot on a street is given by, besides buildings.
var sigHeads = map[string]bool{"پل": true, "اتوبوس": true, "تاکسی": true, "مغازه": true, "شعبه": true,
	"مرکزی": true, "داروخونه": true, "چهارراه": true, "میدان": true, "تقاطع": true, "سهراه": true,
	"فلکه": true, "زیرگذر": true, "عابر": true, "پیاده": true}

// sigStop end a landmark's words or say it names no spot («جلوی خونه ما», «سر کوچه»).
var sigStop = map[string]bool{"و": true, "که": true, "ما": true, "من": true, "خونه": true, "خانه": true,
	"منزل": true, "در": true, "درب": true, "اینجا": true, "محل": true, "خیابون": true, "خیابان": true,
	"کوچه": true, "جوی": true, "هم": true, "رو": true, "را": true, "این": true, "اون": true, "ان": true,
	"مون": true, "مان": true, "خودمون": true, "ساختمان": true, "ساختمون": true}

// fits reports whether two landmarks may name one spot: they share a name, or one names only
// a kind of building the other names too («بانک» / «بانک ملت»).
func (a *spotSig) fits(b *spotSig) bool {
	for _, n := range a.names {
		if slices.Contains(b.names, n) {
			return true
		}
	}
	if len(a.names) > 0 && len(b.names) > 0 {
		return false
	}
	for _, h := range a.heads {
		if slices.Contains(b.heads, h) {
			return true
		}
	}
	return false
}

func (a *spotSig) fitsAny(l []*spotSig) bool {
	for _, b := range l {
		if a.fits(b) {
			return true
		}
	}
	return false
}

func (a *spotSig) inList(l []*spotSig) bool {
	for _, b := range l {
		if slices.Equal(a.heads, b.heads) && slices.Equal(a.names, b.names) {
			return true
		}
	}
	return false
}

// honorifics are left out of a building's name: «هنرستان شهید بهشتی» is «هنرستان بهشتی».
var honorifics = map[string]bool{"شهید": true, "دکتر": true, "حاج": true, "حاجی": true, "سردار": true, "ایتالله": true}

// spotHeads are the other things a place is given by that people name («پارک قدس», «پست
// برق»), besides buildings (persian.VenueWord).
var spotHeads = map[string]bool{"پارک": true, "بوستان": true, "پست": true, "ساختمان": true, "کافو": true,
	"کافوی": true, "بقعه": true, "اژانس": true, "لبنیاتی": true, "میوهفروشی": true, "تیر": true}

// notName are words that follow a building's word without naming it («مدرسه رو ...», «پارک
// خاموشه»).
var notName = map[string]bool{"رو": true, "را": true, "که": true, "و": true, "هم": true, "چند": true,
	"کار": true, "خاموش": true, "خاموشه": true, "ریخته": true, "خرابه": true, "جمع": true, "بساط": true,
	"ما": true, "محل": true, "این": true, "اون": true, "ان": true}
