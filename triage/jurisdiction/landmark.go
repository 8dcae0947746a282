package jurisdiction

import "strings"

// Readings of what a tenth author's operators and citizens say about a place or a household
// that name another agency without asking anything of it: an alley told apart by what stands
// at its head («کوچه‌ای که اداره گاز سرشه»), the supplies a household has («برق و گاز و آب
// همه چی داریم جز یه کوچه درست»).

var (
	// headTails close «کوچه‌ای که X سرشه»: X stands at the alley's head, in it, beside it.
	headTails = setOf("سرشه", "سرش", "توشه", "تهشه", "بغلشه", "کنارشه", "روبروشه", "نبششه", "جلوشه", "اونجاست",
		"انجاست", "اونجاس", "داخلشه")
	// beAfter may follow a bare «سرش» («سرش است», «سرش هست», «سرش قرار داره»).
	beAfter = setOf("است", "هست", "ه", "قرار", "واقع", "میباشد")
)

// markHeadLandmark hides X in «کوچه‌ای که X سرشه» and «خیابونی که X توشه»: which alley it is,
// told by what stands there. «کوچه‌ای که لوله آب سرش ترکیده» says what happened there, and
// stays: a bare «سرش» counts only before «است», «هست», a stop or a place word.
func (d *doc) markHeadLandmark(brk []bool) {
	n := len(d.toks)
	for i := 0; i+2 < n; i++ {
		that := i + 1
		if d.toks[that] == "ای" || d.toks[that] == "ی" {
			that++
		}
		if that >= n || d.toks[that] != "که" || brk[i] || !placeHead(d.toks[i]) {
			continue
		}
		for k := that + 2; k < n && k <= that+6; k++ {
			tail := d.toks[k]
			if !inSet(tail, headTails) {
				if brk[k] {
					break
				}
				continue
			}
			if tail == "سرش" && !(k+1 >= n || brk[k] || beAfter[d.toks[k+1]] || placeWords[d.toks[k+1]]) {
				break
			}
			for m := that; m <= k; m++ {
				d.negated[m] = true
			}
			i = k
			break
		}
	}
}

// placeHead: «کوچه», «کوچه‌ای», «خیابونی», «بن‌بستی», «محله‌ای» ...
func placeHead(t string) bool {
	for _, w := range []string{"کوچه", "خیابان", "خیابون", "بنبست", "محله", "بلوار", "کوی", "میدان", "میدون", "فلکه"} {
		if t == w || t == w+"ای" || t == w+"ی" {
			return true
		}
	}
	return false
}

// markSuppliesHad hides a list of supplies the writer has («برق و گاز و آب همه چی داریم جز یه
// کوچه درست», «آب و برق داریم ولی ...»): two or more joined by «و», then «داریم» within three
// words. «نه آب داریم نه برق» and a single «آب داریم» (water standing in a basement) stay.
func (d *doc) markSuppliesHad(brk []bool) {
	n := len(d.toks)
	for i := 0; i+3 < n; i++ {
		if !supplies[d.toks[i]] || i > 0 && d.toks[i-1] == "نه" {
			continue
		}
		k, count := i, 1
		for k+2 < n && d.toks[k+1] == "و" && supplies[d.toks[k+2]] && !brk[k] && !brk[k+1] {
			k += 2
			count++
		}
		if count < 2 {
			continue
		}
		for m := k + 1; m < n && m <= k+4; m++ {
			if haveHousehold[d.toks[m]] || d.toks[m] == "داره" || d.toks[m] == "دارد" || d.toks[m] == "داریمم" {
				for x := i; x <= m; x++ {
					d.negated[x] = true
				}
				i = m
				break
			}
			if brk[m-1] || strings.HasPrefix(d.toks[m], "ن") && d.toks[m] != "نیز" {
				break // «برق و آب نداریم»: a cut
			}
		}
	}
}
