package rasht25

import (
	"math/rand/v2"
	"strings"
)

const zwnj = "\u200c"

// How one writer types: the same person types the text and the address the same way.
type hand struct {
	zwnj    int // 0 keep, 1 drop, 2 space
	digits  int // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed
	arabic  bool
	casual  bool // a citizen on a phone keyboard: colloquial, repeated letters, typos
	finglis bool
}

func newHand(r *rand.Rand, channel string) hand {
	h := hand{}
	switch channel {
	case chApp:
		h.casual = true
		h.zwnj = pick(r, []float64{0.3, 0.4, 0.3})
		h.digits = pick(r, []float64{0.55, 0.35, 0.03, 0.07})
		h.arabic = r.Float64() < 0.04
		h.finglis = r.Float64() < 0.03
	case chWeb:
		h.casual = r.Float64() < 0.3
		h.zwnj = pick(r, []float64{0.5, 0.3, 0.2})
		h.digits = pick(r, []float64{0.6, 0.3, 0.05, 0.05})
		h.arabic = r.Float64() < 0.12
	default: // operators at the call centre and the desk
		h.zwnj = pick(r, []float64{0.55, 0.3, 0.15})
		h.digits = pick(r, []float64{0.7, 0.25, 0.02, 0.03})
		h.arabic = r.Float64() < 0.09
	}
	return h
}

// pick draws an index with the given weights.
func pick(r *rand.Rand, w []float64) int {
	t := 0.0
	for _, x := range w {
		t += x
	}
	u := r.Float64() * t
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}

func one(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

// write applies the hand to a text written with «~» for ZWNJ and ASCII digits; free text
// also gets the writer's spelling, an address only their keyboard.
func (h hand) write(r *rand.Rand, s string, free bool) string {
	if s == "" {
		return s
	}
	switch h.zwnj {
	case 0:
		s = strings.ReplaceAll(s, "~", zwnj)
	case 1:
		s = strings.ReplaceAll(s, "~", "")
	default:
		s = strings.ReplaceAll(s, "~", " ")
	}
	if h.casual && free {
		s = casualize(r, s)
	}
	s = h.writeDigits(r, s)
	if h.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return s
}

var persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
var arabicDigits = []rune("٠١٢٣٤٥٦٧٨٩")

func (h hand) writeDigits(r *rand.Rand, s string) string {
	if h.digits == 1 {
		return s
	}
	var b strings.Builder
	mode := h.digits
	inRun := false
	for _, c := range s {
		if c >= '0' && c <= '9' {
			if !inRun && h.digits == 3 {
				mode = r.IntN(2) // a mix: each number typed on its own keyboard
			}
			inRun = true
			switch mode {
			case 0:
				b.WriteRune(persianDigits[c-'0'])
			case 2:
				b.WriteRune(arabicDigits[c-'0'])
			default:
				b.WriteRune(c)
			}
			continue
		}
		inRun = false
		b.WriteRune(c)
	}
	return b.String()
}

// colloquial spellings and misspellings citizens type, each applied now and then.
var casualWords = [][2]string{
	{"خیابان", "خیابون"}, {"آسفالت", "اسفالت"}, {"لطفا", "لطفن"}, {"کوچه", "کوچع"}, {"مسئول", "مسول"},
	{"آب", "اب"}, {"آشغال", "اشغال"}, {"چاله", "چال"}, {"خطرناک", "خطر ناک"}, {"زباله", "آشغال"},
	{"درست", "دورست"}, {"خراب", "خراپ"},
}

func casualize(r *rand.Rand, s string) string {
	for _, w := range casualWords {
		if strings.Contains(s, w[0]) && r.Float64() < 0.18 {
			s = strings.Replace(s, w[0], w[1], 1)
		}
	}
	if r.Float64() < 0.12 { // «خیلییییی»
		for _, w := range []string{"خیلی", "لطفا", "تاریکه", "خرابه", "کثیفه", "سلام"} {
			if strings.Contains(s, w) {
				rs := []rune(w)
				last := string(rs[len(rs)-1])
				s = strings.Replace(s, w, w+strings.Repeat(last, 2+r.IntN(4)), 1)
				break
			}
		}
	}
	if r.Float64() < 0.08 {
		s += one(r, []string{"!!!", "!!", "؟؟", " !!!!", "..."})
	}
	if r.Float64() < 0.04 { // a dropped letter in one word
		words := strings.Fields(s)
		i := r.IntN(len(words))
		if rs := []rune(words[i]); len(rs) > 3 {
			j := 1 + r.IntN(len(rs)-2)
			words[i] = string(append(rs[:j:j], rs[j+1:]...))
			s = strings.Join(words, " ")
		}
	}
	return s
}

var (
	greetings = []string{"سلام", "سلام خسته نباشید", "با سلام و احترام", "سلام وقت بخیر", "باسلام", "سلام و عرض ادب",
		"سلام ببخشید", "سلام.", "با عرض سلام"}
	pleas = []string{"لطفا رسیدگی کنید", "ممنون", "خواهشا پیگیری کنید", "تو رو خدا یه کاری کنید",
		"چند بار زنگ زدیم کسی نیومد", "مرسی", "با تشکر", "لطفا هر چه زودتر اقدام کنید", "ممنون میشم رسیدگی کنید",
		"ممنون از زحماتتون", "مسئولین کجان؟", "لطفا پیگیری بفرمایید"}
	opTails = []string{"", "", "", " لطفا پیگیری شود.", " درخواست رسیدگی فوری دارند.", " شهروند ناراضی است.",
		" تماس چندم شهروند.", " ارجاع به ناحیه."}
)

// dress adds what the writer says around the matter: greetings, pleas, filler.
func dress(r *rand.Rand, s, channel string) string {
	switch channel {
	case chApp:
		if r.Float64() < 0.3 {
			s = one(r, greetings) + " " + s
		}
		if r.Float64() < 0.3 {
			s += " " + one(r, pleas)
		}
	case chWeb:
		if !strings.HasPrefix(s, "سلام") && !strings.HasPrefix(s, "با سلام") && r.Float64() < 0.5 {
			s = one(r, greetings) + ". " + s
		}
		if r.Float64() < 0.5 && !strings.Contains(s, "لطفا") && !strings.Contains(s, "رسیدگی") {
			s += " " + one(r, pleas)
		}
	default:
		if channel == chDesk && r.Float64() < 0.3 {
			s = one(r, []string{"مراجعه حضوری: ", "مراجعه حضوری - ", "ارباب رجوع حضوری: "}) + s
		}
		if tail := one(r, opTails); tail != "" {
			if !strings.HasSuffix(s, ".") {
				s += "."
			}
			s += tail
		}
	}
	return s
}
