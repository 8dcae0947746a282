package rasht25

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}
var cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}

// number writes n as digits most of the time, as a word now and then.
func number(r *rand.Rand, n int, words float64) string {
	if n < len(ordinals) && r.Float64() < words {
		if r.Float64() < 0.75 {
			if n == 18 && r.IntN(2) == 0 {
				return "هیجدهم"
			}
			return ordinals[n]
		}
		return cardinals[n]
	}
	return fmt.Sprint(n)
}

func dropShahid(r *rand.Rand, name string) string {
	if strings.HasPrefix(name, "شهید ") && r.IntN(3) == 0 {
		return strings.TrimPrefix(name, "شهید ")
	}
	return name
}

// streetName is how someone writes a street; short drops the kind.
func streetName(r *rand.Rand, s *street, short bool, words float64) string {
	if s.num > 0 { // شهرک بعثت: «بعثت ۱۲», «خیابان دوازدهم بعثت», «بعثت دوازدهم»
		n := number(r, s.num, words)
		switch {
		case short:
			return s.name + " " + n
		case r.IntN(3) == 0 && n != fmt.Sprint(s.num):
			return "خیابان " + n + " " + s.name
		default:
			return one(r, []string{"خیابان ", "خ ", "", "خیابان "}) + s.name + " " + n
		}
	}
	name := dropShahid(r, s.name)
	if short {
		return name
	}
	switch s.kind {
	case "خیابان":
		return one(r, []string{"خیابان ", "خیابان ", "خ ", "خ.", "خیابان ", ""}) + name
	case "بلوار":
		return one(r, []string{"بلوار ", "بلوار ", "بل "}) + name
	}
	return s.kind + " " + name
}

// alleyName is «کوچه ۱۲», «ک 12», «کوچه دوازدهم», «بن‌بست گلستان», «کوچه شهید رجایی».
func alleyName(r *rand.Rand, a *alley, words float64) string {
	kind := one(r, []string{"کوچه ", "کوچه ", "کوچه ", "ک ", "ک.", "کوچه "})
	if a.deadEnd && r.IntN(2) == 0 {
		kind = one(r, []string{"بن~بست ", "بنبست ", "کوچه بن~بست "})
	}
	if a.num > 0 {
		return kind + number(r, a.num, words)
	}
	return kind + dropShahid(r, a.name)
}

func hoodName(r *rand.Rand, h *hood) string {
	if len(h.alts) > 0 && r.IntN(4) == 0 {
		return one(r, h.alts)
	}
	return h.name
}

func siteName(r *rand.Rand, s *site) string {
	if r.IntN(3) == 0 {
		return one(r, s.alts)
	}
	return s.name
}

// landmarkPhrase places a main-street segment by what is near it.
func landmarkPhrase(r *rand.Rand, sp spot, words float64) string {
	if sp.corner != nil && (sp.mark == nil || r.IntN(2) == 0) {
		return one(r, []string{"نبش ", "سر ", "نرسیده به ", "بعد از "}) + alleyName(r, sp.corner, words)
	}
	if sp.mark != nil {
		return one(r, []string{"روبروی ", "جنب ", "کنار ", "نزدیک ", "پشت ", "جلوی "}) + sp.mark.name
	}
	return ""
}

// placeText is how a writer names the spot inside a sentence.
func placeText(r *rand.Rand, sp spot, words float64) string {
	switch {
	case sp.site != nil:
		s := siteName(r, sp.site)
		if sp.site.kind == "school" {
			return one(r, []string{"جلوی ", "جلو در ", "نزدیک ", "کوچه ", "خیابون "}) + s
		}
		if r.IntN(4) == 0 {
			return s + " " + hoodName(r, sp.hood)
		}
		return s
	case sp.seg < 0: // the long road
		return one(r, []string{"جاده لاکان", "جاده لاکان", "کل جاده لاکان", "مسیر جاده لاکان", "بلوار لاکان"})
	case sp.al != nil:
		a := alleyName(r, sp.al, words)
		switch r.IntN(5) {
		case 0:
			return a
		case 1:
			return a + " " + streetName(r, sp.st, r.IntN(2) == 0, words)
		case 2:
			return streetName(r, sp.st, false, words) + " " + a
		case 3:
			return a + " " + hoodName(r, sp.hood)
		default:
			return streetName(r, sp.st, false, words) + "، " + a
		}
	default:
		st := streetName(r, sp.st, false, words)
		if l := landmarkPhrase(r, sp, words); l != "" && r.IntN(3) > 0 {
			if r.IntN(2) == 0 {
				return st + " " + l
			}
			return l + " " + streetName(r, sp.st, true, words)
		}
		return st
	}
}

// deictic is what a writer says instead of the place when the address field carries it.
func deictic(r *rand.Rand, sp *spot, operator bool) string {
	if operator {
		return one(r, []string{"محل", "محل", "محدوده مذکور", "آدرس فوق"})
	}
	if sp != nil && sp.site != nil {
		if sp.site.kind == "park" {
			return one(r, []string{"پارک", "پارک محله", "اینجا", "این پارک"})
		}
		return one(r, []string{"اینجا", "این~جا", "محله ما"})
	}
	return one(r, []string{"کوچه ما", "کوچمون", "کوچه~مون", "محله ما", "اینجا", "این کوچه", "خیابون ما"})
}

// address is what lands in the address field; an empty string when the writer left it.
func address(r *rand.Rand, sp spot, channel string) string {
	words := 0.12
	if channel == chPhone || channel == chDesk {
		words = 0.05
	}
	plate := ""
	if r.Float64() < 0.3 && sp.site == nil {
		plate = fmt.Sprintf("پلاک %d", 1+r.IntN(80))
	}
	var parts []string
	hoodFirst := true
	switch {
	case sp.site != nil:
		parts = []string{hoodName(r, sp.hood), siteName(r, sp.site)}
	case sp.seg < 0:
		parts = []string{hoodName(r, sp.hood), one(r, []string{"جاده لاکان", "جاده لاکان", "بلوار لاکان"})}
	case sp.al != nil:
		parts = []string{hoodName(r, sp.hood), streetName(r, sp.st, false, words), alleyName(r, sp.al, words)}
	default:
		parts = []string{hoodName(r, sp.hood), streetName(r, sp.st, false, words)}
		if l := landmarkPhrase(r, sp, words); l != "" {
			parts = append(parts, l)
		}
	}
	if plate != "" {
		parts = append(parts, plate)
	}
	switch channel {
	case chPhone, chDesk:
		switch r.IntN(6) {
		case 0, 1:
			return "رشت، " + strings.Join(parts, "، ")
		case 2:
			return strings.Join(parts, " - ")
		case 3:
			return "رشت " + strings.Join(parts, " ")
		default:
			return strings.Join(parts, "، ")
		}
	}
	// citizens: any order, often without the neighbourhood or the street
	if len(parts) > 2 && r.IntN(3) == 0 {
		parts = parts[1:]
		hoodFirst = false
	}
	if r.IntN(3) == 0 { // «کوچه دوازدهم ۱۲۴ گلسار»: from the smallest up
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
		hoodFirst = false
	}
	if sp.al != nil && r.IntN(5) == 0 { // «گلسار 124 ک 12»
		return hoodName(r, sp.hood) + " " + streetName(r, sp.st, true, 0) + " " + alleyName(r, sp.al, 0)
	}
	sep := one(r, []string{"، ", " ", " ، ", "-", ", "})
	s := strings.Join(parts, sep)
	if hoodFirst && r.IntN(8) == 0 {
		s = "رشت " + s
	}
	return s
}

// finglishPlace is the spot in Latin letters, for Finglish captions.
func finglishPlace(r *rand.Rand, sp spot) string {
	switch {
	case sp.site != nil:
		return one(r, []string{"park ", "parke "}) + sp.hood.fing
	case sp.seg < 0:
		return "jadde lakan"
	case sp.al != nil:
		st := sp.st.fing
		if sp.st.num > 0 {
			st = fmt.Sprintf("%s %d", st, sp.st.num)
		}
		if sp.al.num == 0 {
			return st + " " + sp.hood.fing
		}
		a := one(r, []string{"kooche ", "koche ", "k "}) + fmt.Sprint(sp.al.num)
		return one(r, []string{a + " " + st, a + " " + st + " " + sp.hood.fing, st + " " + a})
	default:
		if sp.st.kind != "خیابان" {
			return sp.st.fing
		}
		return one(r, []string{"khiaban ", "kh ", ""}) + sp.st.fing
	}
}

func cat(s string) string { return strings.ReplaceAll(s, "~", zwnj) }
