package jurisdiction

import "testing"

func TestTermMatch(t *testing.T) {
	tests := []struct {
		term, text string
		want       bool
		words      string
	}{
		{"فاضلاب", "فاضلاب زده بیرون", true, "فاضلاب"},
		{"فاضلاب", "فاضلاب‌ها زده بیرون", true, "فاضلاب‌ها"},
		{"فاضلاب", "فاضلابمون زده", true, "فاضلابمون"},
		{"فاضلاب", "فاضلاپ زده", true, "فاضلاپ"},           // one typo in a long word
		{"فاضلاب", "فاضلابسازی", false, ""},                // not a suffix
		{"آب‌گرفتگی", "آب گرفتگی کوچه", true, "آب گرفتگی"}, // apart in the text
		{"آب گرفتگی", "آبگرفتگی کوچه", true, "آبگرفتگی"},   // joined in the text
		{"آب گرفتگی", "آب‌گرفتگی کوچه", true, "آب‌گرفتگی"}, // ZWNJ in the text
		{"چراغ برق", "چراغ های برق", true, "چراغ های برق"}, // plural written apart
		{"چراغ برق", "چراغهای برق", true, "چراغهای برق"},   // plural joined
		{"=برق", "پله برقی خراب", false, ""},               // exact: برقی is not برق
		{"=برق", "برق نداریم", true, "برق"},                // exact
		{"برق قطع*", "برق قطعه", true, "برق قطعه"},         // prefix
		{"روشنایی", "روشنايي كوچه", true, "روشنايي"},       // Arabic ي/ك
		{"کوچه", "كوچه", true, "كوچه"},                     // Arabic ک
		{"لوله آب", "لوله، آب", true, "لوله، آب"},          // punctuation between
		{"بوی گاز", "بوی گازوئیل", false, ""},              // گازوئیل is not گاز with a suffix
		{"آب", "آباد", false, ""},                          // short words need a real suffix
		{"مدرسه", "مدرسه‌سازی", false, ""},                 // a compound is another word
		{"تلفن", "(تلفن)", true, "تلفن"},                   // brackets trimmed from words
		{"۱۳۷", "با 137 تماس", true, "137"},                // digits fold
		{"حفاری", "حفاري", true, "حفاري"},                  // Arabic ي
	}
	for _, tc := range tests {
		t.Run(tc.term+"/"+tc.text, func(t *testing.T) {
			tm := newTerm(tc.term)
			d := newDoc(tc.text, "")
			sp, ok := tm.find(d, len(d.toks))
			if ok != tc.want {
				t.Fatalf("find(%q in %q) = %v, want %v (tokens %q)", tc.term, tc.text, ok, tc.want, d.toks)
			}
			if ok && d.words(sp) != tc.words {
				t.Errorf("words %q, want %q", d.words(sp), tc.words)
			}
		})
	}
}

func TestSlip(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"پارک", "پارک", true},
		{"پاکر", "پارک", true},    // swap
		{"ماشیین", "ماشین", true}, // doubled
		{"ماشن", "ماشین", false},  // a dropped letter is not a slip
		{"پارس", "پارک", false},   // another letter is not a slip
		{"اپرک", "پارک", true},    // swap at the start (fuzzyToken still wants the first letter)
		{"پاارک", "پارک", true},
		{"پپارک", "پارک", true},
		{"پارکک", "پارک", true},
	}
	for _, tc := range tests {
		if got := slip(tc.text, tc.word); got != tc.want {
			t.Errorf("slip(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

func TestWithin1(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"فاضلاب", "فاضلاب", true},
		{"فاضلاب", "فاضلاپ", true},   // substitution
		{"فاضلاب", "فاضلاا", true},   // substitution at the end
		{"فاضلاب", "فضلاب", true},    // deletion
		{"فاضلاب", "فاضلااب", true},  // insertion
		{"فاضلاب", "فاضالب", true},   // swap
		{"فاضلاب", "فاضپاپ", false},  // two edits
		{"مخابرات", "مخبارت", false}, // two swaps
	}
	for _, tc := range tests {
		if got := within1(tc.a, tc.b); got != tc.want {
			t.Errorf("within1(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestPlaceNames(t *testing.T) {
	tests := []struct {
		term, text string
		want       bool
	}{
		{"~معلم", "معلم مدرسه بد رفتاری میکند", true},
		{"~معلم", "خیابان معلم کوچه ۵", false},
		{"~معلم", "خ.معلم کوچه ۵", false},
		{"~معلم", "معلم، کوچه ۵", false},      // a name before a comma and a place word
		{"~معلم", "معلم، کلاس سوم", true},     // a comma alone is not an address
		{"~گاز", "فلکه‌ی گاز، کوچه ۳", false}, // ezafe
		{"~پمپ بنزین", "روبروی پمپ بنزین آسفالت خراب", false},
		{"~مخابرات", "روبه‌روی مخابرات", false},
		{"~مخابرات", "جنب اداره مخابرات", false},
		{"~مخابرات", "اداره مخابرات کوچه را کنده", true},
		{"~پارک", "سر کوچه. پارک شب‌ها تاریکه", true},
		{"~پارک", "خیابان شهید پارک", false}, // a title in between
		{"گاز", "فلکه گاز", true},            // without ~ a place name still counts
	}
	for _, tc := range tests {
		t.Run(tc.term+"/"+tc.text, func(t *testing.T) {
			tm := newTerm(tc.term)
			d := newDoc(tc.text, "")
			if _, ok := tm.find(d, len(d.toks)); ok != tc.want {
				t.Errorf("find(%q in %q) = %v, want %v (tokens %q, place %v)", tc.term, tc.text, ok, tc.want, d.toks, d.place)
			}
		})
	}
}

// TestSlipBytes holds the byte-walking slip to the letter-by-letter reading it replaced.
func TestSlipBytes(t *testing.T) {
	words := []string{"پارک", "ماشین", "روبروی", "خیابان", "کوچه", "abcd", "aab", "مخابرات", "پ", ""}
	edits := func(w string) []string {
		r := []rune(w)
		var out []string
		for i := range r {
			d := append(append(append([]rune{}, r[:i+1]...), r[i]), r[i+1:]...) // doubled
			out = append(out, string(d))
			if i+1 < len(r) {
				s := append([]rune{}, r...)
				s[i], s[i+1] = s[i+1], s[i] // swapped
				out = append(out, string(s))
			}
			out = append(out, string(r[:i])+string(r[i+1:]))     // dropped
			out = append(out, string(r[:i])+"ی"+string(r[i+1:])) // replaced
		}
		return append(out, w, w+"ها", "x"+w)
	}
	for _, w := range words {
		for _, x := range edits(w) {
			if got, want := slip(x, w), slipRunes(x, w); got != want {
				t.Errorf("slip(%q, %q) = %v, want %v", x, w, got, want)
			}
		}
	}
}

// slipRunes is slip as it was first written, on letters.
func slipRunes(text, word string) bool {
	if text == word {
		return true
	}
	a, b := []rune(text), []rune(word)
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return i > 0 && a[i] == a[i-1] && string(a[i+1:]) == string(b[i:])
	}
	return false
}
