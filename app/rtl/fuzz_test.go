package rtl

import (
	"slices"
	"testing"
)

// FuzzParagraph checks the invariants of bidi layout on arbitrary text: every character of
// a line appears exactly once in its visual order, runs tile the line, wrapping loses nothing,
// and no bidi control survives Sanitize.
func FuzzParagraph(f *testing.F) {
	for _, s := range []string{
		"درخواست آسفالت کوچه ۱۲ خیابان 124 گلسار، کد 137-1405-000736 (Rasht)",
		"\u202Eabc\u202C (x [y] {z}) «ق»", "a-1/2:3", "", "١٢٣ abc ۴۵", "((((", "\u0651\u064b ب",
	} {
		f.Add(s, true)
	}
	measure := func(s string) float32 { return float32(len([]rune(s))) }
	f.Fuzz(func(t *testing.T, s string, rtl bool) {
		clean := Sanitize(s)
		for _, r := range clean {
			if isControl(r) {
				t.Fatalf("control %U left in %q", r, clean)
			}
		}
		for _, para := range splitLines(clean) {
			dir := DirLTR
			if rtl {
				dir = DirRTL
			}
			p := NewParagraph(para, dir)
			lines := p.Lines(7, measure)
			next := 0
			for _, ln := range lines {
				if ln.Start != next || ln.End < ln.Start {
					t.Fatalf("lines do not tile %q: %+v", para, lines)
				}
				next = ln.End
				got := slices.Clone(ln.Visual)
				slices.Sort(got)
				for i, k := range got {
					if k != ln.Start+i {
						t.Fatalf("visual order of %q is not a permutation: %v", para, ln.Visual)
					}
				}
				covered := 0
				for _, r := range ln.Runs {
					covered += r.End - r.Start
				}
				if covered != ln.End-ln.Start {
					t.Fatalf("runs cover %d of %d runes in %q", covered, ln.End-ln.Start, para)
				}
			}
			if next != len(p.Text) {
				t.Fatalf("lines end at %d of %d", next, len(p.Text))
			}
		}
	})
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
