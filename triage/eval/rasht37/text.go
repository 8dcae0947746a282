package rasht37

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

// digits writes n in the script a writer uses: Persian most often, Latin on phones, and
// Arabic-Indic now and then.
func digits(rng *rand.Rand, n int, script int) string {
	s := strconv.Itoa(n)
	var zero rune
	switch script {
	case 0:
		zero = '۰'
	case 2:
		zero = '٠'
	default:
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(zero + (r - '0'))
	}
	return b.String()
}

func pickScript(rng *rand.Rand, ch string) int {
	x := rng.Float64()
	latin := 0.25
	if ch == "app" {
		latin = 0.5
	}
	switch {
	case x < 0.08:
		return 2
	case x < 0.08+latin:
		return 1
	}
	return 0
}

// place renders s the way one writer would: the pieces named, their order and the
// abbreviations vary. vague gives only the neighbourhood or the street.
func place(rng *rand.Rand, s spot, ch string, script int) string {
	h := hoods[s.hood]
	street := h.street
	if rng.IntN(3) == 0 {
		street = strings.TrimPrefix(street, "خیابان ")
	}
	var alley string
	switch {
	case s.park:
		alley = "پارک " + h.name
		if rng.IntN(2) == 0 {
			alley = "پارک محله " + h.name
		}
	case s.onStreet:
		alley = ""
	case s.alley != "":
		alley = "کوچه " + s.alley
		if strings.HasPrefix(s.alley, "بن‌بست") {
			alley = s.alley
		}
	default:
		num := digits(rng, s.alleyNum, script)
		switch x := rng.Float64(); {
		case x < 0.15 && s.alleyNum < len(ordinals):
			alley = "کوچه " + ordinals[s.alleyNum]
		case x < 0.3:
			alley = "ک " + num
		case x < 0.36:
			alley = "ک." + num
		default:
			alley = "کوچه " + num
		}
	}
	lm := ""
	// a block of the main street is only known by its landmark
	if s.landmark != "" && (s.onStreet || rng.Float64() < 0.5) {
		lm = s.rel + " " + s.landmark
	}
	hoodName := h.name
	if street == h.name {
		hoodName = "" // «بیستون، بیستون» is not how anyone writes it
	}
	var parts []string
	switch x := rng.Float64(); {
	case x < 0.4: // neighbourhood, street, alley
		parts = []string{hoodName, street, alley, lm}
	case x < 0.6: // street first
		parts = []string{street, alley, lm}
	case x < 0.75: // alley first, neighbourhood last
		parts = []string{alley, street, lm}
	case x < 0.85: // landmark led
		if lm == "" && s.landmark != "" {
			lm = s.rel + " " + s.landmark
		}
		parts = []string{street, lm, alley}
	default: // the neighbourhood only, or neighbourhood and alley
		parts = []string{h.name, alley}
	}
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	sep := "، "
	if rng.IntN(3) == 0 {
		sep = " "
	} else if rng.IntN(5) == 0 {
		sep = " - "
	}
	return strings.Join(keep, sep)
}

// finglish renders the place in Latin letters as some app users type it.
func finglish(rng *rand.Rand, s spot) string {
	h := hoods[s.hood]
	switch {
	case s.park:
		return "parke " + h.fing
	case s.alleyNum > 0:
		k := []string{"kooche", "koche", "k"}[rng.IntN(3)]
		return k + " " + strconv.Itoa(s.alleyNum) + " " + h.fing
	}
	return "khiaboon " + h.fing
}

var greetings = []string{"سلام", "با سلام", "با سلام و احترام", "سلام خسته نباشید", "سلام وقت بخیر"}
var pleas = []string{"لطفا رسیدگی کنید", "ممنون میشم پیگیری کنید", "خواهشا یه فکری بکنید", "تشکر",
	"لطفا هر چه سریعتر اقدام کنید", "با تشکر", "دستتون درد نکنه"}
var followups = []string{"پیگیری درخواست قبلی", "قبلا هم زنگ زدم هنوز درست نشده", "هنوز رسیدگی نشده",
	"بار دومه اعلام میکنم", "چند بار گفتیم کسی نیومده"}

// misspell swaps a common word for the way it is often mistyped.
var misspellings = [][2]string{{"رسیدگی", "رسیدگى"}, {"لطفا", "لطفن"}, {"خواهشا", "خاهشا"}, {"زباله", "زباله‌ه"},
	{"آسفالت", "اسفالت"}, {"آب", "اب"}, {"جمع آوری", "جمع اوری"}, {"پیاده رو", "پیادرو"}, {"چراغ", "چراق"},
	{"خیلی", "خیلى"}, {"ممنون", "ممنونم"}, {"خراب", "خارب"}}

// noisy applies the keyboard and habit noise of a writer to text. Citizens typing on
// their phones stretch letters, add exclamation marks and often have an Arabic keyboard;
// operators at the 137 desk type cleaner text on a Persian layout. free is false for an
// address field.
func noisy(rng *rand.Rand, text string, citizen, free bool) string {
	misspell, stretch, arabic := 0.04, 0.0, 0.03
	if citizen {
		misspell, stretch, arabic = 0.08, 0.10, 0.16
	}
	if rng.Float64() < misspell {
		m := misspellings[rng.IntN(len(misspellings))]
		text = strings.Replace(text, m[0], m[1], 1)
	}
	if rng.Float64() < stretch {
		for _, w := range []string{"خیلی", "لطفا", "تاریکه", "داغونه", "کثیفه", "خطرناکه", "زیاد", "بو"} {
			if strings.Contains(text, w) {
				r := []rune(w)
				last := string(r[len(r)-1])
				text = strings.Replace(text, w, w+strings.Repeat(last, 2+rng.IntN(4)), 1)
				break
			}
		}
		if free && rng.IntN(2) == 0 {
			text += strings.Repeat("!", 1+rng.IntN(4))
		}
	}
	// ZWNJ: kept, dropped or written as a space
	switch x := rng.Float64(); {
	case x < 0.3:
		text = strings.ReplaceAll(text, "\u200c", "")
	case x < 0.5:
		text = strings.ReplaceAll(text, "\u200c", " ")
	}
	// Some phones and old keyboards give Arabic yeh and kaf.
	if rng.Float64() < arabic {
		text = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(text)
	}
	return text
}
