package dedup

import (
	"fmt"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

// TestMapPinNextAlley: an address the app filled from a map pin may name the next alley.
// A lone such request joins the one issue of its problem within the pin's noise; one whose
// writer names the alley, or one with two issues nearby, stays apart.
func TestMapPinNextAlley(t *testing.T) {
	const lat, lon = 37.2900, 49.5900
	at := func(h int) time.Time { return day0.Add(time.Duration(h) * time.Hour) }
	// metres north of the issue
	req := func(id string, h int, north float64, addr, text string) tafkik.Request {
		return tafkik.Request{ID: id, District: "3", CreatedAt: at(h), Category: "آسفالت معابر",
			Address: addr, Text: text, Lat: lat + north/111000, Lon: lon, HasLocation: true}
	}
	garbage := func(r tafkik.Request) tafkik.Request { r.Category = "جمع آوری پسماند"; return r }
	issue := []tafkik.Request{
		req("a1", 0, 10, "گلسار، خیابان ۱۲۴، کوچه ۱۲", "آسفالت کوچه خراب است"),
		req("a2", 1, -20, "گلسار، خ ۱۲۴، ک ۱۲", "چاله بزرگ وسط کوچه"),
		req("a3", 2, 30, "گلسار ۱۲۴ کوچه دوازدهم", "نیاز به لکه گیری دارد"),
	}
	cases := []struct {
		name  string
		extra []tafkik.Request
		join  bool
	}{
		{"pin on the next alley", []tafkik.Request{req("p", 5, 80, "رشت، گلسار، خیابان ۱۲۴، کوچه ۱۳", "آسفالت خراب است")}, true},
		{"writer names the other alley", []tafkik.Request{req("p", 5, 80, "رشت، گلسار، خیابان ۱۲۴، کوچه ۱۳", "آسفالت کوچه ۱۳ خراب است")}, false},
		{"too far for pin noise", []tafkik.Request{req("p", 5, 380, "رشت، گلسار، خیابان ۱۲۴، کوچه ۱۸", "آسفالت خراب است")}, false},
		// within the pin's noise, but more often a report of its own at that distance
		{"beyond pinFollowMetres", []tafkik.Request{req("p", 5, 185, "رشت، گلسار، خیابان ۱۲۴، کوچه ۱۴", "آسفالت خراب است")}, false},
		{"another problem", []tafkik.Request{garbage(req("p", 5, 80, "رشت، گلسار، خیابان ۱۲۴، کوچه ۱۳", "زباله جمع نشده"))}, false},
		{"two issues nearby", []tafkik.Request{
			req("b1", 0, 140, "گلسار، خیابان ۱۲۴، کوچه ۱۴", "آسفالت کوچه ۱۴ خراب است"),
			req("b2", 1, 150, "گلسار، خیابان ۱۲۴، کوچه ۱۴", "آسفالت کوچه ۱۴ خراب است"),
			req("b3", 2, 130, "گلسار، خیابان ۱۲۴، کوچه ۱۴", "چاله کوچه ۱۴"),
			req("p", 5, 80, "رشت، گلسار، خیابان ۱۲۴، کوچه ۱۳", "آسفالت خراب است")}, false},
	}
	for _, c := range cases {
		reqs := append(append([]tafkik.Request{}, issue...), c.extra...)
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if got["a1"] != got["a2"] || got["a1"] != got["a3"] {
			t.Errorf("%s: the issue itself split: %v", c.name, got)
		}
		if joined := got["p"] == got["a1"]; joined != c.join {
			t.Errorf("%s: pin joined the issue = %v, want %v", c.name, joined, c.join)
		}
	}
}

// TestMapPinIncremental: a new arrival from a map pin on the next alley joins the issue as
// the full grouping would put it.
func TestMapPinIncremental(t *testing.T) {
	const lat, lon = 37.2900, 49.5900
	req := func(id string, h int, north float64, addr, text string) tafkik.Request {
		return tafkik.Request{ID: id, District: "3", CreatedAt: day0.Add(time.Duration(h) * time.Hour),
			Category: "آسفالت معابر", Address: addr, Text: text, Lat: lat + north/111000, Lon: lon, HasLocation: true}
	}
	x := Build([]tafkik.Request{
		req("a1", 0, 10, "گلسار، خیابان ۱۲۴، کوچه ۱۲", "آسفالت کوچه خراب است"),
		req("a2", 1, -20, "گلسار، خ ۱۲۴، ک ۱۲", "چاله بزرگ وسط کوچه"),
	}, nil, DefaultOptions())
	m := x.Assign(req("p", 5, 80, "رشت، گلسار، خیابان ۱۲۴، کوچه ۱۳", "آسفالت خراب است"))
	a := x.Assign(req("a3", 6, 0, "گلسار، خیابان ۱۲۴، کوچه ۱۲", "آسفالت"))
	if m.IssueID != a.IssueID || m.Reason == "" {
		t.Errorf("pin %+v, issue's report %+v: want one issue", m, a)
	}
}

// TestDefaultPinAddress: an app that puts a request with no fix at its default point fills
// in that point's address («رشت، میدان شهرداری»). One whose writer typed an alley after it
// («رشت، میدان شهرداری - کوچه لاله») is at that alley, as a full grouping and a new arrival
// alike see. (The address alone is kept: a city's geocoded 311 data gives many requests at
// one real address the same coordinates, TestChicagoDuplicates.)
func TestDefaultPinAddress(t *testing.T) {
	const lat, lon = 37.28085, 49.58312
	req := func(id string, h int, addr, text string) tafkik.Request {
		return tafkik.Request{ID: id, District: "3", CreatedAt: day0.Add(time.Duration(h) * time.Hour),
			Category: "پسماند", Address: addr, Text: text, Lat: lat, Lon: lon, HasLocation: true}
	}
	var reqs []tafkik.Request
	// the default point's other requests, about other problems, over the weeks
	for i, text := range []string{"چاله وسط خیابان", "چراغ خاموش است", "درخت افتاده", "سگ ولگرد زیاد شده", "جوی گرفته", "صدای همسایه"} {
		reqs = append(reqs, req(fmt.Sprintf("o%d", i), 24*(i+3), "رشت، میدان شهرداری", text))
	}
	reqs = append(reqs,
		req("g1", 0, "رشت، میدان شهرداری", "زباله‌ها جمع نشده"),
		req("g2", 30, "رشت، میدان شهرداری", "سطل زباله پر شده"),
		tafkik.Request{ID: "l1", District: "3", CreatedAt: day0, Category: "پسماند",
			Address: "طالقانی، خیابان حافظ، کوچه لاله", Text: "زباله‌ها جمع نشده"},
		tafkik.Request{ID: "l2", District: "3", CreatedAt: day0.Add(time.Hour), Category: "پسماند",
			Address: "طالقانی، خیابان حافظ، کوچه لاله", Text: "سطل زباله کوچه پر شده"},
		tafkik.Request{ID: "x1", District: "3", CreatedAt: day0.Add(2 * time.Hour), Category: "پسماند",
			Address: "منظریه، خیابان لاله، کوچه ۵", Text: "زباله‌ها جمع نشده"},
		tafkik.Request{ID: "x2", District: "3", CreatedAt: day0.Add(3 * time.Hour), Category: "پسماند",
			Address: "منظریه، خیابان لاله، کوچه ۵", Text: "سطل زباله پر شده"},
	)
	typed := req("t", 40, "رشت، میدان شهرداری - طالقانی خیابان حافظ کوچه لاله", "بوی زباله")
	got := byRequest(Group(append(append([]tafkik.Request{}, reqs...), typed), nil, nil, DefaultOptions()))
	if got["t"] != got["l1"] {
		t.Errorf("a default point's address with the writer's alley after it is not at that alley: %v", got)
	}
	x := Build(reqs, nil, DefaultOptions())
	m, l := x.Assign(typed), x.Assign(tafkik.Request{ID: "l3", District: "3", CreatedAt: day0.Add(41 * time.Hour),
		Category: "پسماند", Address: "طالقانی، خیابان حافظ، کوچه لاله", Text: "زباله"})
	if m.IssueID != l.IssueID {
		t.Errorf("new arrival at the default point %+v, the alley's %+v: want one issue", m, l)
	}
}

// TestMapPinNextStreet: an app fills its address from the pin at street level («رشت،
// کاظم‌آباد، خیابان ۹»), often the next street. Such a request joins an issue of its problem
// whose pins are within half the near distance, on whatever street; once a report with a
// place of its own joins an issue founded by such requests, that place is the issue's, so
// a phone call giving it (no pin) finds the issue.
func TestMapPinNextStreet(t *testing.T) {
	const lat, lon = 37.2900, 49.5900
	req := func(id string, h int, north float64, addr, text string) tafkik.Request {
		return tafkik.Request{ID: id, District: "3", CreatedAt: day0.Add(time.Duration(h) * time.Hour), Category: "آب‌های سطحی",
			Address: addr, Text: text, Lat: lat + north/111000, Lon: lon, HasLocation: true}
	}
	phone := func(r tafkik.Request) tafkik.Request { r.HasLocation, r.Lat, r.Lon = false, 0, 0; return r }
	issue := []tafkik.Request{
		req("a1", 0, 10, "کاظم‌آباد، خیابان ۸، کوچه ۴، پلاک ۲۳", "آبگرفتگی معبر، جوی گرفته"),
		req("a2", 1, -20, "کاظم آباد، خ ۸، ک ۴", "آب جمع شده جوی پر از آشغاله"),
	}
	cases := []struct {
		name  string
		extra []tafkik.Request
		join  bool
	}{
		{"pin's street", []tafkik.Request{req("p", 5, 60, "رشت، کاظم‌آباد، خیابان ۹", "آب جمع شده جلوی در خونه‌ها نمیشه رد شد")}, true},
		{"beyond half the near distance", []tafkik.Request{req("p", 5, 160, "رشت، کاظم‌آباد، خیابان ۹", "آب جمع شده جلوی در خونه‌ها نمیشه رد شد")}, false},
		{"writer names an alley of the pin's street", []tafkik.Request{req("p", 5, 60, "رشت، کاظم‌آباد، خیابان ۹", "کوچه ۲ آب جمع شده جلوی در خونه‌ها")}, false},
		{"another neighbourhood", []tafkik.Request{req("p", 5, 60, "رشت، شهرک سبحان، خیابان ۹", "آب جمع شده جلوی در خونه‌ها نمیشه رد شد")}, false},
	}
	for _, c := range cases {
		reqs := append(append([]tafkik.Request{}, issue...), c.extra...)
		got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
		if got["a1"] != got["a2"] {
			t.Errorf("%s: the issue itself split: %v", c.name, got)
		}
		if joined := got["p"] == got["a1"]; joined != c.join {
			t.Errorf("%s: pin joined the issue = %v, want %v", c.name, joined, c.join)
		}
	}
	// founded by the pins' streets, the issue takes the place its first own report gives
	got := byRequest(Group([]tafkik.Request{
		req("b1", 0, 40, "رشت، کاظم‌آباد، خیابان ۹", "آب جمع شده جلوی در خونه‌ها"),
		req("b2", 1, -10, "کاظم‌آباد، خیابان ۸، کوچه ۴", "آبگرفتگی کوچه"),
		phone(req("b3", 2, 0, "کاظم‌آباد، خیابان ۸، کوچه ۴، پلاک ۵۶", "جوی آب پر از آشغاله آب برگشته تو کوچه")),
	}, nil, nil, DefaultOptions()))
	if got["b1"] != got["b2"] || got["b2"] != got["b3"] {
		t.Errorf("issue founded by a pin's street: %v, want one issue", got)
	}
}
