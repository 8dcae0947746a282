package persian

import (
	"slices"
	"testing"
)

// TestReparseLexicon: with the names a district's addresses use, a text names its place
// without «در» or «ساکن» announcing it; words the addresses never use stay unread.
func TestReparseLexicon(t *testing.T) {
	lex := Lexicon{"مدرس": LexArea | LexStreet, "یاس": LexAlley, "ساغریسازان": LexArea,
		"قدس": LexStreet, "گلستان": LexAlley, "صیقلان": LexArea}
	cases := []struct {
		text, address string
		area, street  string
		alley         string
	}{
		// a street of the area's name is the area's own (Match reads either as the other)
		{"مخزن زباله کوی مدرس خ مدرس کوچه یاس شکسته", "", "مدرس", "", "یاس"},
		// a bare area after the alley is left to grouping (dedup's bareName)
		{"برج در حال ساخت کوچه گلستان تو صیقلان صدای دستگاه داره", "", "", "", "گلستان"},
		{"درختای بلوار قدس ساغری سازان خشک شدن", "", "", "قدس", ""},
		// not a name the addresses use: the complaint, not a place
		{"تو کوچه سرعت‌گیر بذارید", "", "", "", ""},
		{"کوچه شب‌ها تاریکه", "", "", "", ""},
		// the address wins
		{"زباله کوچه یاس جمع نشده", "مدرس، خیابان مدرس، کوچه گلستان", "مدرس", "مدرس", "گلستان"},
		// an address writing the district's one name in two words
		{"زباله جمع نشده", "ساغری سازان، خیابان قدس، کوچه یاس", "ساغریسازان", "قدس", "یاس"},
		// «خ» or «ک» glued to the name that follows
		{"زباله جمع نشده", "صیقلان خقدس کیاس", "صیقلان", "قدس", "یاس"},
		{"زباله جمع نشده", "صیقلان خشهید قدس ک گلستان", "صیقلان", "قدس", "گلستان"},
		{"خیلی خراب است", "صیقلان، خیابان قدس", "صیقلان", "قدس", ""}, // «خیلی», «خراب» are words
	}
	for _, c := range cases {
		a := Analyze(c.text, c.address, "")
		a.Reparse(lex)
		p := a.Place
		if p.Area != c.area || p.Street != c.street || p.Alley != c.alley {
			t.Errorf("%q / %q: got area %q street %q alley %q, want %q %q %q", c.text, c.address,
				p.Area, p.Street, p.Alley, c.area, c.street, c.alley)
		}
	}
}

func TestJoinNames(t *testing.T) {
	lex := Lexicon{"ساغریسازان": LexArea, "استادسرا": LexArea, "ضیابری": LexArea, "ضیا": LexArea, "مطهری": LexStreet,
		"سوخته": LexArea, "تکیه": LexArea, "سوختهتکیه": LexArea}
	cases := []struct{ in, want string }{
		// the first word a name of its own, the second not: one name
		{"ضیا بری، مطهری", "ضیابری مطهری"},
		// both halves learnt as names from the addresses that write the name in two words
		// («سوخته تکیه، ک.میرزایی» read as the area «سوخته» and another name «تکیه»)
		{"سوخته تکیه، کوچه میرزایی", "سوختهتکیه کوچه میرزایی"},
		// both words names of their own: two names
		{"ضیا مطهری", "ضیا مطهری"},
		{"ساغری سازان خیابان قدس", "ساغریسازان خیابان قدس"},
		{"در استاد سرا کوچه ۵", "در استادسرا کوچه 5"},
		{"کوچه گلستان", "کوچه گلستان"},
	}
	for _, c := range cases {
		got := ""
		for i, w := range joinNames(keyTokens(c.in), lex) {
			if i > 0 {
				got += " "
			}
			got += w
		}
		if got != c.want {
			t.Errorf("joinNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLexiconVeto: a district's lexicon, once it knows enough names, refuses a text's word
// after a place word that no address uses nor misspells.
func TestLexiconVeto(t *testing.T) {
	lex := Lexicon{"شریعتی": LexStreet, "مطهری": LexStreet, "سعدی": LexStreet, "ارغوان": LexAlley}
	for i := range lexVeto {
		lex[string(rune('a'+i%26))+string(rune('a'+i/26))+"xyz"] = LexArea
	}
	cases := []struct{ text, street string }{
		{"سلام از تو خیابون گذشتیم چاله بود", ""},
		{"چاله در خیابان شریتی", "شریتی"}, // one typo from a known name
		{"چاله در خیابان ۱۲۴", "124"},
		// two words opening the text before «ک» are no area and street the district knows
		{"سلام بوی زبلاه ک ارغوان خیابان سعدی رو برداشته", "سعدی"},
	}
	for _, c := range cases {
		a := Analyze(c.text, "", "")
		a.Reparse(lex)
		if a.Place.Street != c.street {
			t.Errorf("%q: street %q, want %q", c.text, a.Place.Street, c.street)
		}
	}
	if a := Analyze(cases[0].text, "", ""); a.Place.Street == "" {
		t.Errorf("%q: without a lexicon the word is read as a street (the case above tests nothing)", cases[0].text)
	}
}

// TestReparseFinglish: names typed in Finglish are read as the district's names they spell,
// and Finglish prepositions and ordinals as Persian ones.
func TestReparseFinglish(t *testing.T) {
	lex := Lexicon{"حمیدیان": LexArea, "اتشگاه": LexArea | LexStreet, "قلیپور": LexStreet, "فجر": LexAlley,
		"بهشتی": LexStreet, "قربانی": LexStreet, "گلسار": LexArea, "سلیمانداراب": LexArea,
		// one skeleton, two names: neither is guessed
		"نوری": LexStreet, "نیری": LexStreet, "تهران": LexStreet, "انصاری": LexStreet | LexArea}
	fin := lex.Finglish()
	cases := []struct {
		text, address       string
		area, street, alley string
	}{
		{"hamidian kh beheshti asfalt kheili kharab shode", "", "حمیدیان", "بهشتی", ""},
		{"atashgah gholipour koche fajr kheili vaz kharabe", "", "اتشگاه", "قلیپور", "فجر"},
		{"salam piade ro khiaban ghorbani ro maghaze ha gereftan", "", "", "قربانی", ""},
		{"ab gereftegi dar kooche dovazdahom", "", "", "", "12"},
		{"kooche sevom khiaban beheshti chale dare", "", "", "بهشتی", "3"},
		{"khiaban noori kooche 4 zobale", "", "", "noori", "4"},
		// a name Finglish writes in two words
		{"slm soleyman darab kooche 17 zobale", "", "سلیمانداراب", "", "17"},
		{"soleyman darab kooche 17 bon bast 3 zobale", "", "سلیمانداراب", "", "17/3"},
		// the address field in Finglish
		{"آسفالت خراب است", "golsar, khiaban beheshti, kooche 5", "گلسار", "بهشتی", "5"},
		// place words with their ezafe, a road, a neighbourhood, an object marker
		{"ab gerefte khiabane beheshti", "", "", "بهشتی", ""},
		{"asfalte kooche 3 jadde tehran kharabe", "", "", "تهران", "3"},
		{"joob gerefte mahale golsar", "", "گلسار", "", ""},
		{"kooche ro asphalt konid", "", "", "", ""},
	}
	for _, c := range cases {
		a := Analyze(c.text, c.address, "")
		a.ReparseLatin(lex, fin)
		p := a.Place
		if p.Area != c.area || p.Street != c.street || p.Alley != c.alley {
			t.Errorf("%q / %q: got area %q street %q alley %q, want %q %q %q", c.text, c.address,
				p.Area, p.Street, p.Alley, c.area, c.street, c.alley)
		}
	}
	// the names grouping looks up among the district's places are the Persian ones
	a := Analyze("salam asfalte kooche 6 ansari kheili kharabe", "", "")
	a.ReparseLatin(lex, fin)
	if !slices.Contains(a.Names, "انصاری") {
		t.Errorf("«ansari» not among the names as «انصاری»: %q", a.Names)
	}
	if _, ok := fin[Skeleton("نوری")]; ok {
		t.Errorf("Finglish() kept a skeleton two names share")
	}
}

// TestNamesNotPersons: a text's names a district's place may be called by leave out a
// person's name after their title («خانم لاهیجی»: grouping read the street «لاهیجی» of
// another neighbourhood from it), not the same word naming a place.
func TestNamesNotPersons(t *testing.T) {
	cases := []struct {
		text string
		want bool // لاهیجی among the names
	}{
		{"خانم لاهیجی تماس گرفتند و فرمودند مخزن زباله شکسته", false},
		{"آقای لاهیجی اظهار داشت زباله جمع نشده", false},
		{"مخزن زباله خیابان لاهیجی شکسته", true},
		{"زباله‌های لاهیجی جمع نشده", true},
	}
	for _, c := range cases {
		a := Analyze(c.text, "", "")
		if got := slices.Contains(a.Names, "لاهیجی"); got != c.want {
			t.Errorf("%q: لاهیجی among the names %v, want %v (names %q)", c.text, got, c.want, a.Names)
		}
	}
}
