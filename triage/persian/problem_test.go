package persian

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestProblemReadings reads testdata/problem-readings.tsv: what a citizen or an operator
// writes, the operator's category, and the problem that must be read from them.
func TestProblemReadings(t *testing.T) {
	f, err := os.Open("testdata/problem-readings.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 3 {
			t.Fatalf("line %d: %d fields, want 3", line, len(fs))
		}
		want, category, text := fs[0], fs[1], fs[2]
		n++
		if got, _ := Problem(text, category); got != want {
			t.Errorf("line %d: Problem(%q, %q) = %s, want %s (keywords %v)", line, text, category, got, want, Keywords(Key(text)))
		}
		// grouping reads the same through Analyze
		if a := Analyze(text, "", category); a.Problem != want {
			t.Errorf("line %d: Analyze(%q, %q).Problem = %s, want %s", line, text, category, a.Problem, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Fatalf("only %d cases read", n)
	}
}

// TestCategoryHint: a category names one problem, or several agencies' (a hint only for a
// text that names nothing, vagueHint).
func TestCategoryHint(t *testing.T) {
	cases := []struct{ category, want string }{
		{"تاسیسات شهری (آب، برق، گاز، مخابرات)", vagueHint + ProblemGas},
		{"تاسيسات شهري (آب، برق، گاز، مخابرات)", vagueHint + ProblemGas},
		{"تاسیسات شهری", ""},
		{"پسماند ساختمانی", ProblemDebris},
		{"بهداشت محیط", ProblemPests},
		{"پارک‌ها و بوستان‌ها", ProblemTree},
		{"پارک", ProblemTree},
		{"آلودگی صوتی", ProblemNoise},
		{"آسفالت و ترمیم معابر", ProblemAsphalt},
		{"گاز", ProblemGas},
	}
	for _, c := range cases {
		if got := categoryHintOf(keyTokens(c.category)); got != c.want {
			t.Errorf("categoryHintOf(%q) = %q, want %q", c.category, got, c.want)
		}
	}
}

// TestKeywordOnce: a Finglish word folding to a Persian keyword («asphalt» → «آسفالت») is
// one word, not two votes; a common word one letter from a short keyword is not a typo of it.
func TestKeywordOnce(t *testing.T) {
	for _, text := range []string{"آسفالت", "اسفالت", "asphalt", "گاز", "gas"} {
		if kws := Keywords(Key(text)); len(kws) != 1 {
			t.Errorf("Keywords(%q) = %v, want one", text, kws)
		}
	}
	for _, text := range []string{"جلوی خانه ما", "کسی جواب نمیده", "جلوي خونه"} {
		var got []Keyword
		scanKeywords(keyTokens(text), func(ph []string, code string, w float64) {
			got = append(got, Keyword{strings.Join(ph, " "), code, w})
		})
		if len(got) != 0 {
			t.Errorf("%q reads as %v, want nothing", text, got)
		}
	}
}

// TestRelated: families one complaint at one place is written as are related; families two
// issues at one alley often are stay apart.
func TestRelated(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{ProblemNoise, ProblemPublicOrder, true},
		{ProblemPublicOrder, ProblemConstruction, true}, // noise is construction's family
		{ProblemGarbage, ProblemCleaning, false},        // the bins and the sweeping: two crews, two issues
		{ProblemAsphalt, ProblemTrench, false},
		{ProblemSidewalk, ProblemParking, true},
		{ProblemParking, ProblemSpeedBump, true},
		{ProblemSurfaceWater, ProblemAsphalt, false},
		{ProblemDebris, ProblemGarbage, false},
		{ProblemDebris, ProblemSidewalk, false},
		{ProblemTree, ProblemParking, false},
		{ProblemPests, ProblemFoodHygiene, false},
	}
	for _, c := range cases {
		if got := Related(Family(c.a), Family(c.b)); got != c.want {
			t.Errorf("Related(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestStreetWide: a text that speaks of a street and of no alley is street-wide.
func TestStreetWide(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"چراغ های این خیابون خاموشه، شبا تاریکه", true},
		{"موزاییک‌های پیاده‌روی خ. تختی شکسته", true},
		{"آب از زیر آسفالت خیابونمون فوران میکنه", true},
		{"چراغ کوچه شقایق سوخته", false},
		{"خیابان تختی، کوچه ۵ چاله دارد", false},
		{"ک ۸ خیابان گلسار آسفالت خراب", false},
		{"زباله‌ها جمع نشده", false},
	}
	for _, c := range cases {
		if got := Analyze(c.text, "", "").StreetWide; got != c.want {
			t.Errorf("%q: StreetWide %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRainEvent: a flood of one rain is told from a channel that floods at every rain.
func TestRainEvent(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"سلام ببخشید. بارون دیشب خیابان تختی کنار حسینیه رو بست، آب تا زانو بود", true},
		{"با این بارون خیابان پهلوی دریاچه شده، عابرها نمیتونن رد بشن", true},
		{"دریچه آب باران پر از برگه، هر بار بارون میاد همین وضعه", false},
		{"جوی کوچه گرفته و بوی لجن میده", false},
		{"برق دیشب با بارون قطع شد", false}, // not a flood
	}
	for _, c := range cases {
		if got := Analyze(c.text, "", "").RainEvent; got != c.want {
			t.Errorf("%q: RainEvent %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFacet: the parts of a problem a clerk counts apart are told by the text's words: a
// park's trees from its amenities and lawn, a park's lights from a street's, a drain's cover
// gone from water standing. A text naming both, or neither, or another problem, has no facet.
func TestFacet(t *testing.T) {
	cases := []struct {
		text, category, want string
	}{
		{"شاخه‌های درخت جلوی پنجره رو گرفته هرس کنید", "فضای سبز", FacetTree},
		{"درختای کوچه نیاز به هرس داره", "فضای سبز", FacetTree},
		{"ریشه درخت پیاده‌رو را بالا آورده", "فضای سبز", FacetTree},
		{"سلام وسایل بازی پارک شکسته، بچه ها اسیب می بینن", "فضای سبز", FacetPark},
		{"بیستون، پارک محله بیستون نیمکت های پارک شکسته", "فضای سبز", FacetPark},
		{"آبخوری پارک خرابه", "فضای سبز", FacetPark},
		{"چمن پارک رسیدگی نشده، علف‌ها بلند شده", "فضای سبز", FacetPark},
		{"سرویس بهداشتی پارک لاله خرابه، درش شکسته", "فضای سبز", FacetPark},
		{"درخت افتاده روی نیمکت پارک", "فضای سبز", ""}, // both
		{"تماس شهروند در خصوص خرابی تجهیزات پارک.", "فضای سبز", FacetPark},
		{"سلام وقت بخیر درخت افتاده روی سیم برق", "برق", FacetTree},            // a branch on a wire is a tree's
		{"سرسره پارک نبش پست برق لبه تیز داره", "آسیب‌های اجتماعی", FacetPark}, // (read as a branch on a wire)
		{"فضای سبز بلوار رسیدگی نمی‌شود", "فضای سبز", ""},                      // neither
		{"درخواست ارسال درخت برای کاشت", "فضای سبز", FacetTree},                // «درخواست» is not «درخت»
		{"چاله بزرگ کنار درخت چنار", "فضای سبز", ""},                           // a pothole, not green space

		{"چراغ‌های پارک خاموشه شبا کسی نمیتونه بره", "روشنایی معابر", FacetParkLights},
		{"روشنایی بوستان لاله قطعه", "روشنایی معابر", FacetParkLights},
		{"لامپ تیر برق سوخته، شبا همه جا تاریکه", "روشنایی معابر", FacetStreetLights},
		{"چراغ‌های کوچه خاموشه", "روشنایی معابر", FacetStreetLights},
		{"خاموشی روشنایی معابر در خیابان", "روشنایی معابر", FacetStreetLights},
		{"چراغ‌های پارک خیابان ۱۲۴ خاموشه", "روشنایی معابر", ""}, // both
		{"چراغ جلوی پارکینگ مجتمع خاموشه", "روشنایی معابر", ""},  // a car park is no park
		{"لامپ‌ها سوخته", "روشنایی معابر", ""},                   // neither
		{"تیر برق محل کج شده و احتمال سقوط دارد", "برق", FacetEquipment},
		{"سیم برق آویزون شده، خطرناکه", "روشنایی معابر", FacetEquipment},
		{"تیر چراغ خم شده", "روشنایی معابر", FacetEquipment},
		{"تیر برق کج شده و لامپش هم سوخته", "روشنایی معابر", ""},                      // both
		{"پایه چراغ داخل پارک شکسته و سیمش بیرونه", "روشنایی معابر", FacetParkLights}, // a park's lamp post
		{"برق کوچه از دیشب قطعه", "برق", ""},                                          // a cut, not the equipment
		{"سیم برق کوچه رو کجا باید گزارش بدیم", "برق", ""},                            // «کجا» is not «کج»

		{"درپوش جوی نیست یکی میفته توش", "آبهای سطحی", FacetCover},
		{"دریچه آبرو شکسته خطرناکه", "آبهای سطحی", FacetCover},
		{"دریچه جوی رو بردن", "آبهای سطحی", FacetCover},
		{"آبگرفتگی شدید بعد از بارون", "آبهای سطحی", FacetFlood},
		{"جوی کوچه گرفته و بوی لجن میده", "آبهای سطحی", FacetFlood},
		{"شهروند تماس گرفته و از آب جمع شده در معبر گلایه دارد", "آبهای سطحی", FacetFlood},
		{"دریچه جوی شکسته و آب جمع شده", "آبهای سطحی", ""}, // both
	}
	for _, c := range cases {
		if got := Analyze(c.text, "", c.category).Facet; got != c.want {
			t.Errorf("%q: Facet %q, want %q", c.text, got, c.want)
		}
	}
}

// TestUndouble: a letter typed twice is written once; digits and words without a repeat stay.
func TestUndouble(t *testing.T) {
	cases := []struct{ in, want string }{
		{"جددول", "جدول"},
		{"زبالللهها", "زبالها"}, // every repeat, «هها» too
		{"چالهههای", "چالهای"},
		{"جدول", "جدول"},
		{"1122", "1122"},
		{"chaale", "chale"},
		{"salam", "salam"},
		{"", ""},
	}
	for _, c := range cases {
		if got := undouble(c.in); got != c.want {
			t.Errorf("undouble(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFinglishKeepsPersianWeight: a Finglish problem word the spelling table respells as a
// Persian one («ashghala» → «اشغالا») would silently give the Persian word its own weight.
func TestFinglishKeepsPersianWeight(t *testing.T) {
	if len(respelledClashes) > 0 {
		t.Errorf("Finglish entries change a Persian word's weight: %v", respelledClashes)
	}
}
