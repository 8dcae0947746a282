package persian

import (
	"strings"
	"testing"
)

// TestSpeltByEar: a word spelt by ear (letters of one sound swapped, as speech recognition
// and hurried callers write) reads as the problem word it sounds like; a real word that only
// sounds like one («صد», a hundred) does not.
func TestSpeltByEar(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"برغ کل خیابون رفته", ProblemPower},
		{"کابل طلفن آویزون شده وسط کوچه", ProblemTelecom},
		{"از صبح آب غطعه", ProblemWaterOutage},
		{"صطل زباله سر کوچه پر شده", ProblemGarbage},
		{"صد متر جلوتر", ProblemOther},
	}
	for _, tc := range tests {
		if got, _ := Problem(tc.text, ""); got != tc.want {
			t.Errorf("Problem(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
	for _, w := range []string{"برق", "تلفن", "صد", "ما"} {
		if got := soundWord(w); got != "" {
			t.Errorf("soundWord(%q) = %q, want none (a word of its own)", w, got)
		}
	}
}

// TestHasSoundLetter: the bytewise search finds what strings.ContainsAny finds, for every
// letter of the Arabic block alone and inside words, and not in Latin text or digits.
func TestHasSoundLetter(t *testing.T) {
	words := []string{"", "a", "برق", "طلفن", "غطعه", "صطل", "ذرت", "کوچه۱۲", "koocheh", "۱۲۳", "تلفن‌ها"}
	for r := rune(0x0600); r <= 0x06FF; r++ {
		words = append(words, string(r), "س"+string(r)+"ا")
	}
	hits := 0
	for _, w := range words {
		want := strings.ContainsAny(w, soundLetters)
		if got := hasSoundLetter(w); got != want {
			t.Errorf("hasSoundLetter(%q) = %v, want %v", w, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 2*len([]rune(soundLetters)) {
		t.Errorf("only %d words hold a sound letter: the test checks too little", hits)
	}
}
