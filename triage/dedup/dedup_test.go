package dedup

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

var day0 = time.Date(2025, 4, 1, 9, 0, 0, 0, time.UTC)

// loadFixture reads testdata/*.tsv: id, truth group, day, category, address, text.
func loadFixture(t testing.TB, path string) ([]tafkik.Request, map[string]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var reqs []tafkik.Request
	truth := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			t.Fatalf("%s: bad line %q", path, line)
		}
		d, _ := strconv.Atoi(c[2])
		reqs = append(reqs, tafkik.Request{ID: c[0], District: "3", CreatedAt: day0.AddDate(0, 0, d).Add(time.Duration(len(reqs)) * time.Minute),
			Category: c[3], Address: c[4], Text: c[5], Status: tafkik.StatusNew})
		truth[c[0]] = c[1]
	}
	return reqs, truth
}

// scores are pairwise precision and recall and B-cubed F1 of a grouping against the truth.
type scores struct{ P, R, B3, Groups, TruthGroups float64 }

func score(got, truth map[string]string) scores {
	members := func(m map[string]string) map[string][]string {
		out := map[string][]string{}
		for id, g := range m {
			out[g] = append(out[g], id)
		}
		return out
	}
	gm, tm := members(got), members(truth)
	var tp, predPairs, truePairs float64
	for _, ids := range gm {
		n := float64(len(ids))
		predPairs += n * (n - 1) / 2
		cnt := map[string]float64{}
		for _, id := range ids {
			cnt[truth[id]]++
		}
		for _, c := range cnt {
			tp += c * (c - 1) / 2
		}
	}
	for _, ids := range tm {
		n := float64(len(ids))
		truePairs += n * (n - 1) / 2
	}
	var bp, br float64
	for id := range truth {
		g, tg := gm[got[id]], tm[truth[id]]
		inter := 0.0
		for _, o := range g {
			if truth[o] == truth[id] {
				inter++
			}
		}
		bp += inter / float64(len(g))
		br += inter / float64(len(tg))
	}
	n := float64(len(truth))
	bp, br = bp/n, br/n
	s := scores{P: 1, R: 1, Groups: float64(len(gm)), TruthGroups: float64(len(tm))}
	if predPairs > 0 {
		s.P = tp / predPairs
	}
	if truePairs > 0 {
		s.R = tp / truePairs
	}
	s.B3 = 2 * bp * br / (bp + br)
	return s
}

func byRequest(res Result) map[string]string {
	m := map[string]string{}
	for _, mb := range res.Members {
		m[mb.RequestID] = mb.IssueID
	}
	return m
}

func TestGroupAdversarial(t *testing.T) {
	reqs, truth := loadFixture(t, "testdata/adversarial.tsv")
	res := Group(reqs, nil, nil, DefaultOptions())
	got := byRequest(res)
	// every pair: together exactly when the truth says so
	for i, a := range reqs {
		for _, b := range reqs[i+1:] {
			same := truth[a.ID] == truth[b.ID]
			if together := got[a.ID] == got[b.ID]; together != same {
				t.Errorf("%s (%s) and %s (%s): together=%v, want %v", a.ID, a.Address, b.ID, b.Address, together, same)
			}
		}
	}
	for _, mb := range res.Members {
		if mb.Reason == "" || mb.Score <= 0 || mb.Score > 1 {
			t.Errorf("membership %+v: want a reason and a score in (0,1]", mb)
		}
	}
	if len(res.Issues) == 0 || res.Issues[0].Count != 5 || res.Issues[0].Problem != "asphalt" {
		t.Errorf("first issue = %+v, want asphalt with 5 requests", res.Issues[0])
	}
}

// TestGroupActive: a vague report joins the only issue active in its days; see the fixture.
func TestGroupActive(t *testing.T) {
	reqs, truth := loadFixture(t, "testdata/active.tsv")
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	for i, a := range reqs {
		for _, b := range reqs[i+1:] {
			same := truth[a.ID] == truth[b.ID]
			if together := got[a.ID] == got[b.ID]; together != same {
				t.Errorf("%s and %s: together=%v, want %v", a.ID, b.ID, together, same)
			}
		}
	}
}

// TestGroupRefs: a request that names an earlier one's tracking code joins its issue when the
// problem fits and it is within an issue's span; see the fixture's header for each case.
func TestGroupRefs(t *testing.T) {
	reqs, truth := loadFixture(t, "testdata/refs.tsv")
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	for i, a := range reqs {
		for _, b := range reqs[i+1:] {
			same := truth[a.ID] == truth[b.ID]
			if together := got[a.ID] == got[b.ID]; together != same {
				t.Errorf("%s and %s: together=%v, want %v", a.ID, b.ID, together, same)
			}
		}
	}
	// the same, one arrival at a time
	x := NewIndex(DefaultOptions(), nil)
	for _, r := range reqs[:3] {
		x.Assign(r)
	}
	if a, b := byRequest(x.Result())["1404000101"], byRequest(x.Result())["1404000103"]; a != b {
		t.Errorf("assigned follow-up in %s, its code's request in %s", b, a)
	}
}

// TestGroupRelated: one problem written as two related codes at one alley is one issue, two
// issues of related problems at one alley stay two; see the fixture. Grouped whole and one
// arrival at a time.
func TestGroupRelated(t *testing.T) {
	reqs, truth := loadFixture(t, "testdata/related.tsv")
	x := NewIndex(DefaultOptions(), nil)
	for _, r := range reqs {
		x.Assign(r)
	}
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	for i, a := range reqs {
		for _, b := range reqs[i+1:] {
			same := truth[a.ID] == truth[b.ID]
			if together := got[a.ID] == got[b.ID]; together != same {
				t.Errorf("%s and %s: together=%v, want %v", a.ID, b.ID, together, same)
			}
		}
	}
	// One at a time, the first flooding report arrives when only the sewage issue is there
	// and joins it, as a lone one would; the next ones do not follow it (the next full
	// grouping parts it again).
	got = byRequest(x.Result())
	if got["c1"] == got["g1"] || got["o1"] != got["g1"] {
		t.Errorf("assigned: c1 in %s, o1 in %s, want o1 alone in the rubbish issue %s", got["c1"], got["o1"], got["g1"])
	}
	inSewage := 0
	for _, id := range []string{"w1", "w2", "w3", "w4"} {
		if got[id] == got["s1"] {
			inSewage++
		}
	}
	if inSewage > 1 || got["w3"] != got["w4"] {
		t.Errorf("assigned: %d flooding reports in the sewage issue (want at most 1), w3 in %s, w4 in %s", inSewage, got["w3"], got["w4"])
	}
}

// TestPinAstray: a pin a kilometre off does not part two reports naming the same alley of the
// same street; it still parts a report naming only the street (a long street's other end) and
// one two kilometres off.
func TestPinAstray(t *testing.T) {
	at := func(id string, day int, addr string, dLat float64) tafkik.Request {
		return tafkik.Request{ID: id, District: "3", CreatedAt: day0.AddDate(0, 0, day), Category: "آسفالت",
			Address: addr, Text: "آسفالت خراب شده", Lat: 37.28 + dLat, Lon: 49.58, HasLocation: true}
	}
	const alley, street = "گلسار، خیابان ۱۲۴، کوچه ۱۲", "گلسار، خیابان ۱۲۴"
	cases := []struct {
		name string
		b    tafkik.Request
		same bool
	}{
		{"alley, 1 km", at("b", 1, alley, 0.009), true},
		{"alley, 2 km", at("b", 1, alley, 0.018), false},
		{"street only, 1 km", at("b", 1, street, 0.009), false},
	}
	for _, c := range cases {
		a := at("a", 0, alley, 0)
		if c.name == "street only, 1 km" {
			a = at("a", 0, street, 0)
		}
		got := byRequest(Group([]tafkik.Request{a, c.b}, nil, nil, DefaultOptions()))
		if same := got["a"] == got["b"]; same != c.same {
			t.Errorf("%s: together=%v, want %v", c.name, same, c.same)
		}
	}
}

// TestAlleySilence: a report naming the alley of an issue three weeks silent is one more
// complaint about it; one naming only the street, or seven weeks later, starts another. A pile
// of rubbish is cleared in a day: three weeks later, at the same alley or the same building,
// it is the next pile (quickFix), where asphalt at one building stays one issue.
func TestAlleySilence(t *testing.T) {
	const asphalt, rubbish = "آسفالت", "زباله"
	const alley, street, building = "گلسار، خیابان ۱۲۴، کوچه ۱۲", "گلسار، خیابان ۱۲۴", "گلسار، خیابان ۱۲۴، پلاک ۳۹"
	cases := []struct {
		name     string
		problem  string
		day      int
		from, to string // the first report's address and the second's
		same     bool
	}{
		{"same alley, 3 weeks", asphalt, 21, alley, alley, true},
		{"same alley, 7 weeks", asphalt, 49, alley, alley, false},
		{"street only, 3 weeks", asphalt, 21, alley, street, false},
		{"rubbish, same alley, 10 days", rubbish, 10, alley, alley, true},
		{"rubbish, same alley, 3 weeks", rubbish, 21, alley, alley, false},
		{"same building, 5 weeks", asphalt, 35, building, building, true},
		{"rubbish, same building, 5 weeks", rubbish, 35, building, building, false},
	}
	texts := map[string][2]string{
		asphalt: {"آسفالت خراب است", "چاله‌های کوچه رو پر کنید"},
		rubbish: {"زباله‌ها جمع نشده", "باز هم زباله‌ها رو نبردن، بو گرفته"},
	}
	for _, c := range cases {
		reqs := []tafkik.Request{
			{ID: "a", CreatedAt: day0, Category: c.problem, Address: c.from, Text: texts[c.problem][0]},
			{ID: "b", CreatedAt: day0.AddDate(0, 0, c.day), Category: c.problem, Address: c.to, Text: texts[c.problem][1]},
		}
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if same := got["a"] == got["b"]; same != c.same {
			t.Errorf("%s: together=%v, want %v", c.name, same, c.same)
		}
	}
}

// TestLongIssueSilence: an issue many keep reporting survives a silence half again as long as
// an episode's gap (18 days), not one twice as long (25 days): the plain author counts a new
// episode after a month, and the others gain nothing from the longer wait.
func TestLongIssueSilence(t *testing.T) {
	for _, c := range []struct {
		silence int
		same    bool
	}{{18, true}, {25, false}} {
		var reqs []tafkik.Request
		for i := range 6 {
			reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("a%d", i), CreatedAt: day0.AddDate(0, 0, i), Category: "زباله",
				Address: "منظریه، خیابان معلم", Text: "زباله‌ها جمع نشده، بوی بد میده"})
		}
		reqs = append(reqs, tafkik.Request{ID: "b", CreatedAt: day0.AddDate(0, 0, 5+c.silence), Category: "زباله",
			Address: "منظریه، خیابان معلم", Text: "زباله‌ها را جمع نکرده‌اند"})
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if same := got["a0"] == got["b"]; same != c.same {
			t.Errorf("%d days' silence: together=%v, want %v", c.silence, same, c.same)
		}
	}
}

// TestOutageAlongStreet: a power cut reported from three alleys of one street the same day
// is one issue; a pothole in each of those alleys is three, and a cut on another street is
// another.
func TestOutageAlongStreet(t *testing.T) {
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	reqs := []tafkik.Request{
		{ID: "1", CreatedAt: day, Text: "برق کوچه ما قطع است", Address: "باقرآباد، خیابان عدالت، کوچه ۷"},
		{ID: "2", CreatedAt: day.Add(time.Hour), Text: "قطعی برق از صبح", Address: "باقرآباد، خیابان عدالت، کوچه ۱۰"},
		{ID: "3", CreatedAt: day.Add(3 * time.Hour), Text: "برق رفته", Address: "باقرآباد، خیابان عدالت، کوچه ۵"},
		{ID: "4", CreatedAt: day.Add(2 * time.Hour), Text: "برق قطع است", Address: "گلسار، خیابان ۱۲۴، کوچه ۵"},
		{ID: "5", CreatedAt: day, Text: "یک چاله بزرگ وسط کوچه", Address: "باقرآباد، خیابان عدالت، کوچه ۷"},
		{ID: "6", CreatedAt: day, Text: "یک چاله بزرگ وسط کوچه", Address: "باقرآباد، خیابان عدالت، کوچه ۱۰"},
	}
	res := Group(reqs, nil, nil, DefaultOptions())
	got := map[string]string{}
	for _, m := range res.Members {
		got[m.RequestID] = m.IssueID
	}
	if got["1"] != got["2"] || got["1"] != got["3"] {
		t.Errorf("one street's power cut split: %v", got)
	}
	if got["4"] == got["1"] || got["5"] == got["6"] || got["5"] == got["1"] {
		t.Errorf("another street's cut or two alleys' potholes joined: %v", got)
	}
}

// TestNeighbourhoodCut: a water cut reported the same morning by callers who give only their
// neighbourhood is one cut, though their words differ and their pins are 400 m apart, and so
// is a caller who gives only a pin near theirs; the same neighbourhood's pothole, its next cut
// two weeks later and another neighbourhood's cut that morning (with a pin alone near it) are
// other issues. (rasht24: «کوی مهر» had split into four issues.)
func TestNeighbourhoodCut(t *testing.T) {
	at := func(id string, hours float64, addr, text string, lat, lon float64) tafkik.Request {
		return tafkik.Request{ID: id, District: "3", CreatedAt: day0.Add(time.Duration(hours * float64(time.Hour))),
			Category: "آب و فاضلاب", Address: addr, Text: text, Lat: lat, Lon: lon, HasLocation: lat != 0, Status: tafkik.StatusNew}
	}
	reqs := []tafkik.Request{
		at("c1", 0, "گیلان، رشت، کوی مهر", "از صبح اب نداريم واقعا خسته شديم لطفا رسيدگي كنيد", 37.305459, 49.594067),
		at("c2", 0.1, "کوی مهر", "قطعی آب کوی مهر", 37.307611, 49.597845),
		at("c3", 0.3, "محله کوی مهر", "شهروند از قطعی مکرر آب و افت فشار گلایه دارد", 0, 0),
		at("c4", 1, "کل کوی مهر", "کل کوی مهر، از صبح آب نداریم", 37.311783, 49.598957),
		at("c5", 8, "", "آب کل کوی مهر از صبح قطع است", 0, 0),
		at("c6", 3, "", "از صبح آب نداریم ممنون", 37.3062, 49.5955), // a pin alone, 150 m off
		at("p1", 2, "کوی مهر", "یک چاله بزرگ وسط خیابون", 37.307611, 49.597845),
		at("n1", 24*15, "کوی مهر", "قطعی آب کوی مهر", 37.305459, 49.594067),
		at("v1", 1, "حمیدیان", "آب قطع است", 37.3301, 49.6102),
		at("f1", 3, "", "از صبح آب نداریم", 37.3290, 49.6090), // a pin alone, by v1
	}
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	for _, id := range []string{"c2", "c3", "c4", "c5", "c6"} {
		if got[id] != got["c1"] {
			t.Errorf("%s is not in the morning's cut with c1: %v", id, got)
		}
	}
	for _, id := range []string{"p1", "n1", "v1", "f1"} {
		if got[id] == got["c1"] {
			t.Errorf("%s joined the morning's cut: %v", id, got)
		}
	}
}

// TestGroupPairs: every pair of each fixture is grouped together exactly when its truth says
// so:
//   - a street's former name is that street (former.tsv);
//   - a first report naming two places does not bridge their issues, nor do two dead ends of
//     one alley look alike (twoplaces.tsv);
//   - a bare second name the district gives a street is the street (barestreet.tsv);
//   - one building, or one spot on a street, is one place across weeks (plate.tsv);
//   - a supply cut reported the same days across a neighbourhood is one cut, and so is one
//     along a street whatever building each caller gives (areacut.tsv);
//   - an alley some writer names by both number and name is one alley (alleyalias.tsv), and
//     so is each of its dead ends (deadend.tsv);
//   - a burst main is seen the same day from a street's alleys (burstmain.tsv), and so are a
//     street's lights by callers who speak of the street (streetwide.tsv);
//   - a flood of one rain is that rain's, not the next one's (rain.tsv);
//   - a report citing the date of an earlier one joins that day's issue (dates.tsv);
//   - a postal code alone is the place others give with it (postcode.tsv);
//   - a building alone («پشت مسجد قدس») is the place others give with it (spot.tsv);
//   - a report for someone else's place is at that place, not the writer's (forother.tsv);
//   - a word written after two alleys' numbers is neither's name (aliasboth.tsv);
//   - a text of only filler or emoji is a report of its category's problem (emptytext.tsv);
//   - an alley known by its name is one alley whether its neighbourhood or its street is
//     given (namedalley.tsv).
func TestGroupPairs(t *testing.T) {
	for _, file := range []string{"testdata/former.tsv", "testdata/twoplaces.tsv", "testdata/barestreet.tsv", "testdata/plate.tsv", "testdata/areacut.tsv", "testdata/alleyalias.tsv",
		"testdata/deadend.tsv", "testdata/burstmain.tsv", "testdata/streetwide.tsv", "testdata/rain.tsv", "testdata/dates.tsv", "testdata/postcode.tsv", "testdata/emptytext.tsv", "testdata/spot.tsv", "testdata/forother.tsv", "testdata/aliasboth.tsv",
		"testdata/hazard.tsv", "testdata/streetafter.tsv", "testdata/namedalley.tsv", "testdata/floodgap.tsv"} {
		reqs, truth := loadFixture(t, file)
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		for i, a := range reqs {
			for _, b := range reqs[i+1:] {
				same := truth[a.ID] == truth[b.ID]
				if together := got[a.ID] == got[b.ID]; together != same {
					t.Errorf("%s: %s (%s) and %s (%s): together=%v, want %v", file, a.ID, a.Address, b.ID, b.Address, together, same)
				}
			}
		}
	}
}

// TestDefaultPin: coordinates many requests share to the last digit are an app's default
// point, not where the problems are: six rubbish reports naming no place there stay six
// issues, while a caller's one pin sent twice still groups the two reports.
func TestDefaultPin(t *testing.T) {
	var reqs []tafkik.Request
	texts := []string{"زباله ها جمع نشده", "ماشین زباله نیومده", "کیسه های زباله مونده", "مخزن زباله پر شده",
		"زباله ریختن تو کوچه", "بوی زباله میاد"}
	for i, text := range texts {
		reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("d%d", i), District: "3",
			CreatedAt: day0.AddDate(0, 0, i), Category: "پسماند", Text: text,
			Lat: 37.279, Lon: 49.583, HasLocation: true, Status: tafkik.StatusNew})
	}
	for i := range 2 {
		reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("p%d", i), District: "3",
			CreatedAt: day0.AddDate(0, 0, i).Add(time.Hour), Category: "روشنایی", Text: "چراغ های کوچه خاموشه",
			Lat: 37.2912345, Lon: 49.5987654, HasLocation: true, Status: tafkik.StatusNew})
	}
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	seen := map[string]bool{}
	for i := range texts {
		seen[got[fmt.Sprintf("d%d", i)]] = true
	}
	if len(seen) != len(texts) {
		t.Errorf("%d reports at the default point in %d issues, want %d", len(texts), len(seen), len(texts))
	}
	if got["p0"] != got["p1"] {
		t.Errorf("one pin sent twice: %s and %s, want one issue", got["p0"], got["p1"])
	}
}

// TestSpotOverFarPin: two reports naming the same spot on one street («جلوی پست برق») are one
// issue though their pins lie 900 m apart (a pin is often the caller's home); a report
// naming another spot there with that far pin is not.
func TestSpotOverFarPin(t *testing.T) {
	mk := func(id, addr, text string, d int, lat float64) tafkik.Request {
		return tafkik.Request{ID: id, District: "3", CreatedAt: day0.AddDate(0, 0, d), Category: "آسفالت",
			Address: addr, Text: text, Lat: lat, Lon: 49.59, HasLocation: true, Status: tafkik.StatusNew}
	}
	reqs := []tafkik.Request{
		mk("a", "چمارسرا، خیابان طالقانی، جلوی پست برق", "چاله های بزرگ وسط خیابان", 0, 37.2800),
		mk("b", "چمارسرا، خیابان طالقانی، کنار پست برق", "با هر بارندگی چاله ها پر آب می شود", 1, 37.2881),
		mk("c", "چمارسرا، خیابان طالقانی، جلوی نانوایی سنگکی", "چاله بزرگ جلوی نانوایی", 1, 37.2881),
	}
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	if got["a"] != got["b"] {
		t.Errorf("one spot, pins 900 m apart: %s and %s, want one issue", got["a"], got["b"])
	}
	if got["c"] == got["a"] {
		t.Errorf("another spot with a far pin joined the issue %s", got["a"])
	}
}

// TestDaysFrom: a membership's "days apart" counts from the issue's nearest report, before or
// after, not from its last one.
func TestDaysFrom(t *testing.T) {
	const day = int64(86400)
	g := &group{times: []int64{10 * day, 12 * day, 60 * day}, last: 60 * day}
	for _, c := range []struct {
		t    int64
		want int
	}{
		{11 * day, 1},      // between two reports
		{9*day + day/2, 0}, // half a day before the first
		{13 * day, 1},
		{40 * day, 20}, // nearer the last than the second
		{70 * day, 10},
		{0, 10},
	} {
		if got := g.daysFrom(c.t); got != c.want {
			t.Errorf("daysFrom(day %.1f) = %d, want %d", float64(c.t)/float64(day), got, c.want)
		}
	}
	if got := (&group{last: 5 * day}).daysFrom(8 * day); got != 3 {
		t.Errorf("no times: daysFrom = %d, want 3", got)
	}
}

// TestPlacelessReportAlone: a report that gives neither a place nor coordinates («زباله‌ها جمع
// نشده») stays an issue of its own, even in a week when one issue of its problem is all the
// district reports: such joins were right for 4% of the pairs they made on the eleven authors
// asked for an ordinary district, and a clerk is better served by a report to place (or call
// back about) than by a guess folded into a large issue.
func TestPlacelessReportAlone(t *testing.T) {
	var reqs []tafkik.Request
	for i := range 6 {
		reqs = append(reqs, tafkik.Request{ID: fmt.Sprint("a", i), District: "3", CreatedAt: day0.Add(time.Duration(i) * 20 * time.Hour),
			Category: "پسماند", Address: "گلسار، خیابان ۱۲۴، کوچه ۱۲", Text: "زباله‌ها چند روز است جمع نشده"})
	}
	reqs = append(reqs, tafkik.Request{ID: "x", District: "3", CreatedAt: day0.Add(50 * time.Hour),
		Category: "پسماند", Text: "زباله‌ها جمع نشده بو گرفته"})
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	for i := range 6 {
		if got[fmt.Sprint("a", i)] != got["a0"] {
			t.Fatalf("the alley's reports are not one issue: %v", got)
		}
	}
	if got["x"] == got["a0"] {
		t.Errorf("a report with no place joined the only active issue of its problem: %v", got)
	}
	// with the place in its words, the same report joins
	reqs[len(reqs)-1].Text = "زباله‌های کوچه ۱۲ خیابان ۱۲۴ گلسار جمع نشده"
	if got := byRequest(Group(reqs, nil, nil, DefaultOptions())); got["x"] != got["a0"] {
		t.Errorf("a report naming the alley did not join its issue: %v", got)
	}
}

// TestStreetSpotNotOnlyActive: a report naming its own spot on a street («روبروی بانک ملت»)
// with other words than the street's one issue, at an alley and reported the day before, is
// an issue of its own: being "the only issue of the street reported these days" does not
// override what the report says of its place. The same report naming that alley joins it.
func TestStreetSpotNotOnlyActive(t *testing.T) {
	at := func(d int) time.Time { return day0.AddDate(0, 0, d) }
	for _, c := range []struct {
		addr string
		same bool
	}{
		{"گلسار، خیابان ۱۲۴، روبروی بانک ملت", false},
		{"گلسار، خیابان ۱۲۴، کوچه ۱۲", true},
	} {
		reqs := []tafkik.Request{
			{ID: "a1", CreatedAt: at(0), Category: "زباله", Address: "گلسار، خیابان ۱۲۴، کوچه ۱۲", Text: "زباله‌ها سه روزه جمع نشده"},
			{ID: "a2", CreatedAt: at(1), Category: "زباله", Address: "گلسار، خیابان ۱۲۴، کوچه ۱۲", Text: "ماشین زباله نیومده، بو گرفته"},
			{ID: "b", CreatedAt: at(2), Category: "زباله", Address: c.addr, Text: "سطل مکانیزه پر شده ریخته بیرون"},
		}
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if got["a1"] != got["a2"] {
			t.Fatalf("the alley's issue is split: %v", got)
		}
		if same := got["b"] == got["a1"]; same != c.same {
			t.Errorf("%s: with the alley's issue=%v, want %v", c.addr, same, c.same)
		}
	}
}

// TestCategoryOnlyProblem: a report whose text names no problem («هنوز کسی نیومده») joins
// the issue its alley reports in the same days when its category is vague or names a
// related problem (a power cut beside the alley's dark lamps); when the operator's category
// names a problem of another kind (asphalt, rubbish) it stays apart.
func TestCategoryOnlyProblem(t *testing.T) {
	const alley = "گلسار، خیابان ۱۲۴، کوچه ۱۲"
	cases := []struct {
		category string
		same     bool
	}{
		{"سایر", true},
		{"", true},
		{"برق", true},
		{"آسفالت", false},
		{"زباله", false},
	}
	for _, c := range cases {
		var reqs []tafkik.Request
		for i, text := range []string{"چراغ‌های کوچه خاموشه", "باز هم لامپ تیر برق کوچه سوخته، شب تاریکه", "روشنایی کوچه قطعه"} {
			reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("a%d", i), CreatedAt: day0.AddDate(0, 0, i), Category: "روشنایی معابر",
				Address: alley, Text: text})
		}
		reqs = append(reqs, tafkik.Request{ID: "b", CreatedAt: day0.AddDate(0, 0, 2).Add(3 * time.Hour), Category: c.category,
			Address: alley, Text: "سلام، هنوز کسی نیومده رسیدگی کنه"})
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if got["a0"] != got["a2"] {
			t.Fatalf("category %q: the alley's lamps are split: %v", c.category, got)
		}
		if same := got["a0"] == got["b"]; same != c.same {
			t.Errorf("category %q: with the lamps=%v, want %v", c.category, same, c.same)
		}
	}
}

// TestFacetIssues: at one place, the parts of a problem a clerk counts apart are two issues
// (persian.Analysis.Facet): a park's broken swing and its tree to prune, a park's lights and
// the alley's, a drain's missing cover and the alley's flood. A second report of each joins
// its own.
func TestFacetIssues(t *testing.T) {
	cases := []struct {
		name, address, category string
		a, b                    [2]string
	}{
		{"park and tree", "گلسار، بلوار گیلان، پارک لاله", "فضای سبز",
			[2]string{"سلام وسایل بازی پارک شکسته، بچه ها آسیب می‌بینن", "نیمکت‌های پارک شکسته"},
			[2]string{"شاخه‌های درخت پارک روی پیاده‌رو افتاده، هرس کنید", "درختای پارک نیاز به هرس داره"}},
		{"park and alley lights", "گلسار، خیابان ۱۲۴، کوچه ۱۲", "روشنایی معابر",
			[2]string{"چراغ‌های پارک محله خاموشه", "روشنایی پارک چند شبه قطعه"},
			[2]string{"لامپ تیر برق کوچه سوخته", "چراغ‌های کوچه خاموشه شبا تاریکه"}},
		{"cover and flood", "گلسار، خیابان ۱۲۴، کوچه ۱۲", "آبهای سطحی",
			[2]string{"درپوش جوی نیست یکی میفته توش", "دریچه آبرو شکسته خطرناکه"},
			[2]string{"آبگرفتگی شدید، آب رفته تو حیاط", "جوی کوچه گرفته آب جمع شده"}},
	}
	for _, c := range cases {
		var reqs []tafkik.Request
		for i := range 2 {
			for j, text := range []string{c.a[i], c.b[i]} {
				reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("%c%d", "ab"[j], i), Text: text, Category: c.category,
					Address: c.address, CreatedAt: day0.Add(time.Duration(i*30+j*7) * time.Hour)})
			}
		}
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if got["a0"] != got["a1"] || got["b0"] != got["b1"] {
			t.Errorf("%s: a part's two reports are split: %v", c.name, got)
		}
		if got["a0"] == got["b0"] {
			t.Errorf("%s: the two parts are one issue: %v", c.name, got)
		}
	}
}

// TestStreetWordsSameDays: a report naming only its street joins, on its words alone, one of
// the street's two rubbish issues when it comes the same day; five days later the same words
// say nothing of which alley, and it stays apart.
func TestStreetWordsSameDays(t *testing.T) {
	for _, c := range []struct {
		hours int
		same  bool
	}{{5, true}, {24 + 5, true}, {5*24 + 5, false}} {
		var reqs []tafkik.Request
		for i, alley := range []string{"کوچه ۳", "کوچه ۹"} {
			for j, text := range []string{"زباله‌ها جمع نشده", "سطل زباله پره، بو گرفته", "باز هم زباله رو نبردن"} {
				reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("a%d%d", i, j), CreatedAt: day0.Add(time.Duration(j*8+i) * time.Hour),
					Category: "زباله", Address: "گلسار، خیابان ۱۲۴، " + alley, Text: text})
			}
		}
		reqs = append(reqs, tafkik.Request{ID: "b", CreatedAt: day0.Add(time.Duration(16+c.hours) * time.Hour), Category: "زباله",
			Address: "گلسار، خیابان ۱۲۴", Text: "زباله‌ها رو جمع نکردن"})
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if got["a00"] == got["a10"] || got["a00"] != got["a02"] || got["a10"] != got["a12"] {
			t.Fatalf("%d hours: the two alleys' rubbish is not two issues: %v", c.hours, got)
		}
		if same := got["b"] == got["a00"] || got["b"] == got["a10"]; same != c.same {
			t.Errorf("%d hours after: joined an alley's rubbish=%v, want %v", c.hours, same, c.same)
		}
	}
}

// TestStreetOnlyIssueSameDays: a report naming only its street joins the street's only
// asphalt issue, a single report at one alley, the next day; four days later it joins only
// with words in common, or when that issue is one many keep reporting.
func TestStreetOnlyIssueSameDays(t *testing.T) {
	for _, c := range []struct {
		name  string
		days  int
		text  string
		known bool // the alley's issue has five reports
		same  bool
	}{
		{"next day", 1, "چاله‌های زیاد، ماشین‌ها آسیب می‌بینند", false, true},
		{"four days, other words", 4, "چاله‌های زیاد، ماشین‌ها آسیب می‌بینند", false, false},
		{"four days, the same words", 4, "آسفالت خراب است، رسیدگی کنید", false, true},
		{"four days, a known issue", 4, "چاله‌های زیاد، ماشین‌ها آسیب می‌بینند", true, true},
	} {
		n := 1
		if c.known {
			n = 5
		}
		var reqs []tafkik.Request
		for i := range n {
			reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("a%d", i), CreatedAt: day0.Add(time.Duration(i) * time.Hour), Category: "آسفالت",
				Address: "گلسار، خیابان ۱۲۴، کوچه ۱۲", Text: "آسفالت کوچه خراب است"})
		}
		reqs = append(reqs, tafkik.Request{ID: "b", CreatedAt: day0.AddDate(0, 0, c.days).Add(5 * time.Hour), Category: "آسفالت",
			Address: "گلسار، خیابان ۱۲۴", Text: c.text})
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if same := got["a0"] == got["b"]; same != c.same {
			t.Errorf("%s: together=%v, want %v", c.name, same, c.same)
		}
	}
}

// TestSamePlaceReason: a report joining an issue at the place it names is told how much of a
// place it shares: an alley, a street or a neighbourhood, not "the same alley" for all.
func TestSamePlaceReason(t *testing.T) {
	at := func(id, day, address string) tafkik.Request {
		ts, _ := time.Parse(time.RFC3339, "2025-10-"+day+"T09:00:00+03:30")
		return tafkik.Request{ID: id, District: "5", CreatedAt: ts, Category: "آسفالت", Text: "چاله عمیق، موتورسوار زمین خورده", Address: address}
	}
	reqs := []tafkik.Request{
		at("a1", "09", "یخ‌سازی، خیابان یخ‌سازی، کوچه ۱۲"), at("a2", "10", "یخ سازی خ یخسازی ک ۱۲"),
		at("s1", "09", "مبارک‌آباد، خیابان مبارک‌آباد"), at("s2", "10", "مبارک آباد، خ مبارک‌آباد"),
		at("h1", "09", "محله پیرسرا"), at("h2", "10", "پیرسرا"),
	}
	want := map[string]string{"a2": "همان کوچه؛", "s2": "همان خیابان؛", "h2": "همان محله،"} // (a report naming only its neighbourhood is placed with the vague ones)
	res := Group(reqs, nil, nil, DefaultOptions())
	got := byRequest(res)
	for _, mb := range res.Members {
		w, ok := want[mb.RequestID]
		if !ok {
			continue
		}
		if first := mb.RequestID[:1] + "1"; got[first] != got[mb.RequestID] {
			t.Errorf("%s not grouped with %s", mb.RequestID, first)
		}
		if !strings.HasPrefix(mb.Reason, w) {
			t.Errorf("%s: reason %q, want it to start %q", mb.RequestID, mb.Reason, w)
		}
	}
}

// TestNoTextJoins: in a district whose requests have texts, one made in the app with only a
// category and a place joins the same days' issue of that problem there; not another alley's,
// nor another problem's, and one whose category names no problem stays alone. (In a district
// with no texts at all, as Chicago's, the category stays the block: TestChicagoDuplicates.)
func TestNoTextJoins(t *testing.T) {
	at := func(id string, hours float64, cat, addr, text string) tafkik.Request {
		return tafkik.Request{ID: id, District: "3", CreatedAt: day0.Add(time.Duration(hours * float64(time.Hour))),
			Category: cat, Address: addr, Text: text, Status: tafkik.StatusNew}
	}
	reqs := []tafkik.Request{
		at("a1", 0, "آسفالت", "گلسار، خیابان ۱۲۴، کوچه ۱۲", "چاله بزرگ وسط کوچه ماشین ها آسیب میبینن"),
		at("a2", 5, "آسفالت و معابر", "گلسار، خیابان ۱۲۴، کوچه ۱۲", "آسفالت کوچه خراب است"),
		at("n1", 20, "آسفالت", "گلسار، خیابان ۱۲۴، کوچه ۱۲", ""), // category and place alone
		at("n2", 22, "آسفالت", "گلسار، خیابان ۱۲۴، کوچه ۱۴", ""), // another alley
		at("n3", 23, "پسماند", "گلسار، خیابان ۱۲۴، کوچه ۱۲", ""), // another problem
		at("g1", 24, "پسماند", "گلسار، خیابان ۱۲۴، کوچه ۱۲", "زباله ها جمع آوری نشده بوی بد میده"),
		at("o1", 25, "سایر", "گلسار، خیابان ۱۲۴، کوچه ۱۲", ""), // a category naming nothing
		at("o2", 26, "سایر", "گلسار، خیابان ۱۲۴، کوچه ۱۲", "لطفا رسیدگی شود"),
		// most of the district's requests have a text
		at("t1", 30, "روشنایی", "منظریه، خیابان نامجو", "چراغ های خیابان خاموش است"),
		at("t2", 31, "فضای سبز", "گلسار، خیابان ۹۰", "درخت افتاده وسط خیابان"),
		at("t3", 32, "سگ", "پاستور، کوچه ۵", "سگ های ولگرد بچه ها را میترسانند"),
	}
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"n1", "a1", true}, {"n3", "g1", true},
		{"n2", "a1", false}, {"n3", "a1", false}, {"n1", "g1", false}, {"o1", "a1", false}, {"o1", "g1", false}, {"o1", "o2", false},
	} {
		if (got[c.a] == got[c.b]) != c.same {
			t.Errorf("%s and %s together: %v, want %v (%v)", c.a, c.b, got[c.a] == got[c.b], c.same, got)
		}
	}
}
