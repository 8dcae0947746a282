package persian

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Citizens' text is hostile input: any bytes, bidi controls, huge runs of one letter. The
// comparison form must never panic, must be valid UTF-8, must have folded the letters and
// marks it promises to fold, and ParsePlace must survive whatever the address field holds.
func FuzzKey(f *testing.F) {
	for _, s := range []string{
		"آسفالت كوچه دوازدهم خيابان ۱۲۴ گلسار", "می‌شود", "خیلیییییی خراب", "kooche 12 golsar asfalt",
		"\u202eکوچه\u202c 12", "بن‌بست ۳، پلاک ٤٥", "\xff\xfe", "", "ـــــ", "نبش خ. سعدی روبروی بانک ملی",
		"سلام (باقرآباد خیابان عدالت ک ۸) چاله", "پلاک ۶۱، کوچه ۸، خیابان عدالت، باقرآباد", "گیلان، رشت - منطقه ۳، ب قلی پور",
		"((()", "،،، - ، (", "پیرو درخواست شماره ۱۴۰۴۰۳۲۰۶۳ زنگ دوم",
		"ک.۱۵ ب.ب ۱ خشهید انصاری", "شهرک قدس فاز دو", "کوچه‌ای که کلانتری 16 سرشه", "تاریخ ۱۴۰۴/۱۲/۳۰ هم گزارش دادم",
		"مورخ 1404/13/99", "ب ب ب ب", "فاز", "کوچه‌ای که", "ایستگاه اتوبوس مرکز مخابرات، کوچه ۳",
		"کد پستی ۴۱۰۲۴-", "کدپستی", "ک.پ ۴۱۶۳۳۴۶۷۵۳ بلوک ۳ فاز ۲ مسکن مهر",
	} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, text, address string) {
		k := Key(text)
		if !utf8.ValidString(k) {
			t.Fatalf("Key(%q) is not valid UTF-8: %q", text, k)
		}
		if strings.ContainsAny(k, "يكةًٌٍَُِّْ\u0640\u200c۰۱۲۳۴۵۶۷۸۹") {
			t.Fatalf("Key(%q) = %q keeps a letter, mark or digit it should fold", text, k)
		}
		_ = Tokens(k)
		p := ParsePlace(address, text)
		_ = p.Keys()
		_ = p.String()
		_, _ = Problem(text, address)
		// the grouping's own path: the analyser that caches addresses, and a second reading
		// with a district's lexicon of place names
		z := NewAnalyzer()
		a := z.Analyze(text, address, address)
		b := z.Analyze(text, address, address)
		if a.Place.Key() != b.Place.Key() {
			t.Fatalf("Analyze(%q, %q) read two places: %q then %q", text, address, a.Place.Key(), b.Place.Key())
		}
		a.Reparse(Lexicon{"عدالت": LexStreet, "باقراباد": LexArea})
		_ = a.AddressPlace()
	})
}
