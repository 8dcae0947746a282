package dedup

import (
	"fmt"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/persian"
)

// TestTypoInPlaceName: a street or area name written with one letter wrong is looked up as
// the name everyone else writes, so the request finds its issue; a name that differs by more
// stays another place.
func TestTypoInPlaceName(t *testing.T) {
	cases := []struct {
		name, addr string
		join       bool
	}{
		{"street missing a letter", "خیابان شریتی، نبش کوچه ۳", true},
		{"area missing a letter", "گلار، خیابان ۱۲۴، کوچه ۱۲", true},
		{"another street", "خیابان شهریار، کوچه ۳", false},
	}
	for _, c := range cases {
		base := "خیابان شریعتی، کوچه ۳"
		if c.name == "area missing a letter" {
			base = "گلسار، خیابان ۱۲۴، کوچه ۱۲"
		}
		var reqs []tafkik.Request
		for i, addr := range []string{base, base, c.addr} {
			reqs = append(reqs, tafkik.Request{ID: string(rune('a' + i)), District: "3",
				CreatedAt: day0.Add(time.Duration(i) * time.Hour), Category: "ترمیم آسفالت",
				Address: addr, Text: "آسفالت کوچه خراب است"})
		}
		// the typo first: it must not become the name the others are folded into
		reqs[0], reqs[2] = reqs[2], reqs[0]
		reqs[0].CreatedAt, reqs[2].CreatedAt = reqs[2].CreatedAt, reqs[0].CreatedAt
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if joined := got["c"] == got["a"] && got["a"] == got["b"]; joined != c.join {
			t.Errorf("%s: %q joined %q = %v, want %v (%v)", c.name, c.addr, base, joined, c.join, got)
		}
	}
}

// TestNeighbourhoodShown: the neighbourhood a request names is given as people read it, one
// spelling per neighbourhood however each request wrote it.
func TestNeighbourhoodShown(t *testing.T) {
	addrs := map[string]string{
		"a": "حاجی‌آباد، کوچه ۵", "b": "رشت، حاجی‌آباد، کوچه پنجم", "c": "حاجیاباد ک 5",
		"d": "حاجي آباد، کوچه ۵", "e": "محدوده گلسار", "f": "",
	}
	want := map[string]string{"a": "حاجی‌آباد", "b": "حاجی‌آباد", "c": "حاجی‌آباد", "d": "حاجی‌آباد",
		"e": "گلسار", "f": ""}
	var reqs []tafkik.Request
	for _, id := range []string{"a", "b", "c", "d", "e", "f"} {
		reqs = append(reqs, tafkik.Request{ID: id, District: "3", CreatedAt: day0.Add(time.Duration(len(reqs)) * time.Hour),
			Category: "ترمیم آسفالت", Address: addrs[id], Text: "آسفالت خراب است"})
	}
	got := Group(reqs, nil, nil, DefaultOptions()).Neighbourhoods
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s (%q): neighbourhood %q, want %q", id, addrs[id], got[id], w)
		}
	}
}

// TestFinglishPlaceName: a street typed in Finglish finds the issue the Persian spelling
// started.
func TestFinglishPlaceName(t *testing.T) {
	reqs := []tafkik.Request{
		{ID: "a", Address: "خیابان مطهری، کوچه ۱۷", Text: "چاله بزرگ وسط کوچه"},
		{ID: "b", Address: "خیابان مطهری، کوچه ۱۷", Text: "آسفالت کوچه خراب است"},
		{ID: "c", Text: "khiaban motahari k 17 chale bozorg vasate kooche"},
		{ID: "d", Text: "khiaban golsar k 17 chale bozorg vasate kooche"},
	}
	for i := range reqs {
		reqs[i].District, reqs[i].Category = "3", "ترمیم آسفالت"
		reqs[i].CreatedAt = day0.Add(time.Duration(i) * time.Hour)
	}
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	if got["c"] != got["a"] || got["b"] != got["a"] {
		t.Errorf("Finglish «motahari» not with «مطهری»: %v", got)
	}
	if got["d"] == got["a"] {
		t.Errorf("another street joined: %v", got)
	}
}

// TestAlleyNameAndNumber: an issue started as «کوچه لاله» learns from «کوچه لاله (۱۲)» that
// the alley is number 12, so «کوچه ۱۲» joins it and «کوچه ۱۴» does not. A stretch «حد فاصل
// کوچه ۸ و ۱۰» teaches nothing (two numbers are two alleys).
func TestAlleyNameAndNumber(t *testing.T) {
	cases := []struct {
		second, third string
		join          bool
	}{
		{"بلوار بهشتی، کوچه لاله (۱۲)", "بلوار بهشتی، کوچه ۱۲", true},
		// once the issue knows its alley is 12, alley 14 is another alley
		{"بلوار بهشتی، کوچه لاله (۱۲)", "بلوار بهشتی، کوچه ۱۴", false},
	}
	for _, c := range cases {
		var reqs []tafkik.Request
		for i, addr := range []string{"بلوار بهشتی، کوچه لاله", c.second, c.third} {
			reqs = append(reqs, tafkik.Request{ID: string(rune('a' + i)), District: "3",
				CreatedAt: day0.Add(time.Duration(i) * time.Hour), Category: "ترمیم آسفالت",
				Address: addr, Text: "آسفالت کوچه خراب است"})
		}
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if joined := got["c"] == got["a"]; joined != c.join {
			t.Errorf("%q after %q: joined = %v, want %v (%v)", c.third, c.second, joined, c.join, got)
		}
	}
}

// TestAlleyTwoNames: an old alley known by a martyr's name and by its old one («کوچه شهید
// قربانی (حمام)»): once two writers give both, a report naming either is at that alley; one
// writer's pair is no guide (they may have run two alleys together).
func TestAlleyTwoNames(t *testing.T) {
	for _, writers := range []int{1, 2} {
		var reqs []tafkik.Request
		add := func(id string, days int, addr, text string) {
			reqs = append(reqs, tafkik.Request{ID: id, District: "1", CreatedAt: day0.AddDate(0, 0, days),
				Category: "سایر", Address: addr, Text: text})
		}
		for i := range writers {
			add(fmt.Sprintf("g%d", i), -120+40*i, "خیابان تختی، کوچه شهید قربانی (حمام)", "زباله‌ها جمع نشده")
		}
		add("a", 0, "خیابان تختی، کوچه حمام", "آسفالت کوچه خراب است")
		add("c", 1, "خیابان تختی، کوچه شهید قربانی", "آسفالت کوچه خراب است")
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if joined := got["c"] == got["a"]; joined != (writers == 2) {
			t.Errorf("%d writers gave both names: joined = %v, want %v (%v)", writers, joined, writers == 2, got)
		}
	}
}

// TestDeadEndOfIssue: an issue first reported at an alley and then at one of its dead ends is
// at that dead end: a report from another dead end of the alley is another issue, one from the
// same dead end or the bare alley is the same.
func TestDeadEndOfIssue(t *testing.T) {
	rows := []struct{ id, addr string }{
		{"a", "گلسار، خیابان ۱۲۴، کوچه ۹"},
		{"b", "گلسار، خیابان ۱۲۴، کوچه ۹، بن‌بست ۲"},
		{"c", "گلسار، خیابان ۱۲۴، کوچه ۹، بن‌بست ۳"},
		{"d", "گلسار، خیابان ۱۲۴، کوچه نهم، بن بست دوم"},
		{"e", "گلسار، خیابان ۱۲۴، کوچه ۹"},
	}
	var reqs []tafkik.Request
	for i, r := range rows {
		reqs = append(reqs, tafkik.Request{ID: r.id, District: "3", CreatedAt: day0.Add(time.Duration(i) * 24 * time.Hour),
			Category: "ترمیم آسفالت", Address: r.addr, Text: "آسفالت خراب است"})
	}
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	for id, same := range map[string]bool{"b": true, "c": false, "d": true, "e": true} {
		if (got[id] == got["a"]) != same {
			t.Errorf("%s with a: %v, want %v (%v)", id, got[id] == got["a"], same, got)
		}
	}
}

// TestAlleyNameNotStreet: an alley's name that is a street's name elsewhere in the district
// («یاس») stays the alley of a text that names its street by the area's name.
func TestAlleyNameNotStreet(t *testing.T) {
	rows := []struct{ id, addr, text string }{
		{"a", "صیقلان، بلوار صیقلان، کوچه یاس", "آسفالت کوچه خراب است"},
		{"b", "صیقلان، بلوار صیقلان، کوچه یاس", "آسفالت کوچه خراب است"},
		{"x1", "گلسار، خیابان یاس", "چراغ خاموشه"},
		{"x2", "گلسار، خیابان یاس", "چراغ خاموشه"},
		{"x3", "گلسار، خیابان یاس", "چراغ خاموشه"},
		{"c", "", "کنده شدن آسفالت در صیقلان بلوار صیقلان کوچه یاس"},
	}
	var reqs []tafkik.Request
	for i, r := range rows {
		reqs = append(reqs, tafkik.Request{ID: r.id, District: "3", CreatedAt: day0.Add(time.Duration(i) * time.Hour),
			Category: "سایر", Address: r.addr, Text: r.text})
	}
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	if got["c"] != got["a"] {
		t.Errorf("c in %s, want with a in %s", got["c"], got["a"])
	}
}

// TestSameSpot: on one street, a landmark and an alley named after it are one spot; another
// landmark is not.
func TestSameSpot(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{"حاجی‌آباد، بلوار نامجو، پشت درمانگاه خیریه", "حاجی‌آباد، بلوار نامجو، سر کوچه درمانگاه خیریه", true},
		{"ضیابری، خیابان حافظ، روبروی حسینیه ابوالفضل", "ضیابری، خیابان حافظ، سر کوچه حسینیه ابوالفضل", true},
		{"ضیابری، خیابان حافظ، روبروی حسینیه", "ضیابری، خیابان حافظ، سر کوچه حسینیه", true},
		{"گلسار، خیابان حافظ، نزدیک داروخانه دکتر رحیمی", "گلسار، خیابان حافظ، سر کوچه داروخانه دکتر نوروزی", false},
		{"گلسار، خیابان حافظ، پشت مسجد", "گلسار، خیابان حافظ، کوچه ۱۲", false},
		// a landmark's name misspelt is still the landmark; another name is not
		{"کوی گلسار، ۱۴۱، جنب سوپمرارکت رضا", "محله گلسار، خیابان 141، جنب سوپرمارکت رضا", true},
		{"کوی گلسار، ۱۴۱، جنب سوپرمارکت رفاه", "محله گلسار، خیابان 141، جنب سوپرمارکت رضا", false},
	}
	for _, c := range cases {
		p, q := persian.ParsePlace(c.a, ""), persian.ParsePlace(c.b, "")
		if got := sameSpot(p, q); got != c.same {
			t.Errorf("%q / %q: sameSpot %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// TestShortTypoFolds: a rare three-letter name missing a letter of a frequent one is that
// one; a frequent three-letter name («نور») stays itself next to «نوری».
func TestShortTypoFolds(t *testing.T) {
	x := NewIndex(DefaultOptions(), nil)
	x.nameCount = map[string]int{"لاله": 9, "نوری": 9, "نور": 8, "لاه": 1, "تختی": 7, "تتی": 1, "یاس": 1}
	for _, s := range []string{"لاله", "نوری", "تختی", "نور", "لاه", "تتی", "یاس"} {
		x.intern(s)
	}
	for in, want := range map[string]string{"لاه": "لاله", "تتی": "تختی", "نور": "نور", "یاس": "یاس"} {
		if got := x.intern(in); got != want {
			t.Errorf("intern(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestActorNameIsNoPlace: «شهرداری» said bare in a text is who should act, even in a
// district with a «میدان شهرداری».
func TestActorNameIsNoPlace(t *testing.T) {
	x := NewIndex(DefaultOptions(), nil)
	x.placeNames = map[string]byte{"شهرداری": 's', "صیقلان": 'n'}
	a := persian.Analyze("سگ‌های ولگرد زیاد شده‌اند، از شهرداری خواهش می‌کنم رسیدگی کند", "کوچه ۴", "")
	x.bareName(&a)
	if a.Place.Street == "شهرداری" {
		t.Errorf("bare «شهرداری» read as the street: %+v", a.Place)
	}
}

// TestTwoNamesOneEditApart: two names the district's addresses both use often («رضایی»,
// «رجایی») are two streets, though one letter apart; a name used once beside a frequent one
// is its typo (TestTypoInPlaceName).
func TestTwoNamesOneEditApart(t *testing.T) {
	var reqs []tafkik.Request
	add := func(id, addr, text string, h int) {
		reqs = append(reqs, tafkik.Request{ID: id, District: "3", CreatedAt: day0.Add(time.Duration(h) * time.Hour),
			Category: "پسماند", Address: addr, Text: text})
	}
	for i := 0; i < 4; i++ {
		// the streets' other issues, so that each name is used often
		add(fmt.Sprintf("r%d", i), fmt.Sprintf("خیابان رضایی، کوچه %d", 10+i), "آسفالت خراب است", 200*i)
		add(fmt.Sprintf("j%d", i), fmt.Sprintf("خیابان رجایی، کوچه %d", 10+i), "آسفالت خراب است", 200*i+1)
	}
	add("a", "خیابان رضایی، کوچه ۵", "زباله‌ها جمع نشده", 1000)
	add("b", "خیابان رجایی، کوچه ۵", "زباله‌ها جمع نشده", 1001)
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	if got["a"] == got["b"] {
		t.Errorf("«خیابان رضایی، کوچه ۵» and «خیابان رجایی، کوچه ۵» grouped together: %v", got)
	}
}

// TestBareNumberAfterStreetName: «پاستور ۷» in a district whose addresses call پاستور a street
// and number none of its streets is alley 7 of خیابان پاستور, and joins that alley's issue; where
// the district does write «پاستور، خیابان ۷», it stays the seventh street.
func TestBareNumberAfterStreetName(t *testing.T) {
	for _, numbered := range []bool{false, true} {
		addrs := []string{"خیابان پاستور، کوچه ۷", "خیابان پاستور، کوچه ۷", "پاستور، خیابان پاستور، نبش بانک ملت",
			"خیابان پاستور، کوچه ۳", "پاستور ۷"}
		if numbered {
			addrs[3] = "پاستور، خیابان ۷، کوچه ۳"
		}
		var reqs []tafkik.Request
		for i, addr := range addrs {
			text := "آسفالت کوچه خراب است"
			if i == 2 {
				text = "زباله‌ها جمع نشده"
			}
			reqs = append(reqs, tafkik.Request{ID: fmt.Sprint(i), District: "4", CreatedAt: day0.Add(time.Duration(i) * time.Hour),
				Category: "ترمیم آسفالت", Address: addr, Text: text})
		}
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if joined := got["4"] == got["0"]; joined == numbered {
			t.Errorf("numbered streets %v: «پاستور ۷» joined alley 7 of خیابان پاستور = %v (%v)", numbered, joined, got)
		}
	}
}
