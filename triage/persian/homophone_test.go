package persian

import "testing"

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
