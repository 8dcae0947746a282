package rtl

import (
	"testing"

	"github.com/go-text/typesetting/unicodedata"
)

// visual returns the characters of a line in left-to-right screen order, mirrored where a
// right-to-left run mirrors them: what a reader sees, letter by letter.
func visual(p *Paragraph, ln Line) string {
	var out []rune
	for _, r := range ln.Runs {
		if r.RTL() {
			for k := r.End - 1; k >= r.Start; k-- {
				c := p.Text[k]
				if m, ok := unicodedata.LookupMirrorChar(c); ok {
					c = m
				}
				out = append(out, c)
			}
			continue
		}
		out = append(out, p.Text[r.Start:r.End]...)
	}
	return string(out)
}

func TestVisualOrder(t *testing.T) {
	cases := []struct {
		name, in string
		dir      Direction
		want     string // left to right on screen
	}{
		{"persian only", "آب برق", DirRTL, "قرب بآ"},
		{"latin in persian", "کد abc", DirRTL, "abc دک"},
		{"digits keep order", "آب 12 برق", DirRTL, "قرب 12 بآ"},
		{"persian digits", "کوچه ۱۲ خیابان", DirRTL, "نابایخ ۱۲ هچوک"},
		{"issue example", "کوچه ۱۲ خیابان 124 گلسار", DirRTL, "راسلگ 124 نابایخ ۱۲ هچوک"},
		{"code and brackets", "کد 137-1405-000736 (Rasht)", DirRTL, "(Rasht) 137-1405-000736 دک"},
		{"guillemets", "گفت «سلام» رفت", DirRTL, "تفر «مالس» تفگ"},
		{"trailing punctuation", "آسفالت!", DirRTL, "!تلافسآ"},
		{"latin sentence in rtl", "Hello, World.", DirRTL, ".Hello, World"},
		{"latin sentence auto", "Hello, World.", DirAuto, "Hello, World."},
		{"ltr with persian", "City رشت 12", DirLTR, "City 12 تشر"},
		{"ltr digits after latin", "abc 12 def", DirLTR, "abc 12 def"},
		{"date", "تاریخ ۱۴۰۵/۰۲/۱۴ ثبت", DirRTL, "تبث ۱۴۰۵/۰۲/۱۴ خیرات"},
		{"code after digits", "پلاک 12 کد AB-12", DirRTL, "AB-12 دک 12 کالپ"},
		{"issue id in a title", "مسئله I-1404116738 — آسفالت", DirRTL, "تلافسآ — I-1404116738 هلئسم"},
		{"issue id alone", "مسئله I-1404116738", DirRTL, "I-1404116738 هلئسم"},
		{"thousands separator", "۱۸٬۰۰۰ درخواست", DirRTL, "تساوخرد ۱۸٬۰۰۰"},
		{"count after word", "تعداد ۱۸٬۰۰۰", DirRTL, "۱۸٬۰۰۰ دادعت"},
		// The UBA puts «٪» after the number in reading order, i.e. on its left: «۲۴ درصد».
		{"percent", "پیشرفت ۲۴٪", DirRTL, "٪۲۴ تفرشیپ"},
		{"question mark", "کجا؟ Rasht", DirRTL, "Rasht ؟اجک"},
		{"zwnj kept in word", "می‌کند 2", DirRTL, "2 دنک‌یم"},
		{"empty", "", DirRTL, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := NewParagraph(Sanitize(c.in), c.dir)
			ln := p.Line(0, len(p.Text))
			if got := visual(p, ln); got != c.want {
				t.Errorf("visual(%q) = %q, want %q", c.in, got, c.want)
			}
			if len(ln.Visual) != len(p.Text) {
				t.Errorf("Visual has %d entries for %d runes", len(ln.Visual), len(p.Text))
			}
		})
	}
}

// TestControlsNeutralised: a field's own U+202E (RIGHT-TO-LEFT OVERRIDE) is dropped, so it
// neither reverses the Latin inside the field nor leaks out of it.
func TestControlsNeutralised(t *testing.T) {
	in := "آدرس \u202Eabc 123\u202C و \u2067def\u2069 \u200Fx"
	s := Sanitize(in)
	for _, r := range s {
		if isControl(r) {
			t.Fatalf("Sanitize left control %U in %q", r, s)
		}
	}
	p := NewParagraph(s, DirRTL)
	if got, want := visual(p, p.Line(0, len(p.Text))), "def x و abc 123 سردآ"; got != want {
		t.Errorf("visual = %q, want %q", got, want)
	}
	if got := ShowControls("a\u202Eb"); got != "a[RLO]b" {
		t.Errorf("ShowControls = %q", got)
	}
}

func TestWrapThenReorder(t *testing.T) {
	// Every rune is one unit wide, so lines break at predictable places.
	measure := func(s string) float32 { return float32(len([]rune(s))) }
	p := NewParagraph("کوچه 12 خیابان abc def گلسار", DirRTL)
	lines := p.Lines(14, measure)
	var got []string
	for _, ln := range lines {
		got = append(got, visual(p, ln))
	}
	// Logical lines: «کوچه 12 خیابان », «abc def گلسار»; each reordered on its own, the
	// trailing space of the first at its left end (rule L1).
	want := []string{" نابایخ 12 هچوک", "راسلگ abc def"}
	if len(got) != len(want) {
		t.Fatalf("lines = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d = %q, want %q", i, got[i], want[i])
		}
	}
	// A word longer than the line is cut between characters.
	long := NewParagraph("0123456789", DirRTL).Lines(4, measure)
	if len(long) != 3 || long[0].End != 4 || long[2].End != 10 {
		t.Errorf("long word lines = %+v", long)
	}
}

func BenchmarkParagraphLines(b *testing.B) {
	measure := func(s string) float32 { return float32(len([]rune(s))) }
	text := "درخواست آسفالت کوچه ۱۲ خیابان 124 گلسار، کد 137-1405-000736 (Rasht) و چند کلمهٔ دیگر"
	for b.Loop() {
		NewParagraph(text, DirRTL).Lines(30, measure)
	}
}
