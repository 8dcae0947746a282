package rasht13

import "testing"

func TestNumberWords(t *testing.T) {
	for _, tc := range []struct {
		n         int
		card, ord string
		useAval   bool
	}{
		{1, "یک", "اول", true},
		{1, "یک", "یکم", false},
		{3, "سه", "سوم", false},
		{12, "دوازده", "دوازدهم", false},
		{23, "بیست و سه", "بیست و سوم", false},
		{30, "سی", "سی\u200cام", false},
		{124, "صد و بیست و چهار", "صد و بیست و چهارم", false},
		{203, "دویست و سه", "دویست و سوم", false},
	} {
		if got := cardinal(tc.n); got != tc.card {
			t.Errorf("cardinal(%d) = %q, want %q", tc.n, got, tc.card)
		}
		if got := ordinal(tc.n, tc.useAval); got != tc.ord {
			t.Errorf("ordinal(%d) = %q, want %q", tc.n, got, tc.ord)
		}
	}
}

func TestDigitsIn(t *testing.T) {
	for _, tc := range []struct {
		in     string
		script int
		want   string
	}{
		{"کوچه 12", 0, "کوچه 12"},
		{"کوچه 12", 1, "کوچه ۱۲"},
		{"0412-00231", 2, "٠٤١٢-٠٠٢٣١"},
	} {
		if got := digitsIn(tc.in, tc.script); got != tc.want {
			t.Errorf("digitsIn(%q, %d) = %q, want %q", tc.in, tc.script, got, tc.want)
		}
	}
}
