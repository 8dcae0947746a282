package dedup

import (
	"math"
	"sort"

	"github.com/tafkik/tafkik/triage/persian"
)

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

// streetOnlyKnown: two reports that give only the street (or only the neighbourhood), no
// alley, no spot and no building, are one issue only if the issue was reported within vagueGap
// of the report's day, unless this many or more keep reporting it: a street has many alleys,
// and a report of its asphalt ten days after a small issue's last is as often the next alley's.
// Such joins made 8-14 days after the nearest report had been right for 64% of their
// pairs on the sixteen ordinary districts, 23% on the seventeenth session's four and 34% on
// the twenty-second's two (77% on the twenty older authors). Over 94 sets (seeds 7 and 23 of
// 47 authors), twenty-second session: B-cubed F1 +0.0015, precision +0.0039 (the ordinary
// districts +0.0015, the twenty-second session's two +0.0063, the older twenty -0.0001:
// rasht13 -0.0093, rasht -0.0068), issues +1.3 points. With no such exception +0.0010
// (rasht13 -0.0136); within ten days rather than a week +0.0009. (Measured before a building
// both reports give, «گلسار، خیابان ۹۵، پلاک ۳۹۲», was exempted too, as plateGap wants.)
const streetOnlyKnown = 6

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

// rainDays: a flood of one rain is reported within this many days of the others.
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

// supplyCut reports whether f and g are both reports of a neighbourhood's supply being cut
// (areaCut), not of its equipment damaged at a spot (a wire down, a pole leaning).
func supplyCut(f *feature, g *group) bool {
	return f.areaCut && f.block == g.block && !f.hazard && !g.hazard
}

// sameArea reports whether two places name one neighbourhood.
func sameArea(p, q persian.Place) bool {
	return p.Area != "" && q.Area != "" && !p.AreaGuess && !q.AreaGuess && persian.SameName(p.Area, q.Area)
}

// activeNear reports whether a member of g was reported within d seconds of t.
func (g *group) activeNear(t, d int64) bool {
	k := sort.Search(len(g.times), func(i int) bool { return g.times[i] >= t-d })
	return k < len(g.times) && g.times[k] <= t+d
}
