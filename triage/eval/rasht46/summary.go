package rasht46

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencies = []string{municipality, water, power, gas, telecom, police, other}

var monthNames = []string{"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
	"Bahman", "Esfand"}

// monthOf is the month of 1404 a time falls in, Farvardin 0; -1 outside the year.
func monthOf(r labelled.Row) int {
	if r.CreatedAt.Before(yearStart) || !r.CreatedAt.Before(yearEnd) {
		return -1
	}
	d := int(r.CreatedAt.In(tehran).Sub(yearStart).Hours() / 24)
	for m, n := range monthDays {
		if d < n {
			return m
		}
		d -= n
	}
	return -1
}

// Summarize describes a labelled year: sizes of the issues, the largest, agencies,
// channels, coordinates, how much is missing, and the months.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	size := map[string]int{}
	agencyOf := map[string]string{}
	reqs := map[string]int{}
	issues := map[string]int{}
	chans := map[string]int{}
	located, noAddr, noCat, vagueCat := 0, 0, 0, 0
	var months [12]int
	districts := map[string]int{}
	for _, r := range rows {
		size[r.Group]++
		agencyOf[r.Group] = r.Agency
		reqs[r.Agency]++
		chans[r.Channel]++
		districts[r.District]++
		if r.Lat != nil {
			located++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
		switch {
		case r.Category == "":
			noCat++
		case isVague(r.Category):
			vagueCat++
		}
		if m := monthOf(r); m >= 0 {
			months[m]++
		}
	}
	for g := range size {
		issues[agencyOf[g]]++
	}
	n := len(rows)
	pct := func(k int) float64 {
		if n == 0 {
			return 0
		}
		return 100 * float64(k) / float64(n)
	}
	var ds []string
	for d := range districts {
		ds = append(ds, d)
	}
	sort.Strings(ds)
	fmt.Fprintf(&b, "requests %d, district %s", n, strings.Join(ds, ","))
	if n > 0 {
		fmt.Fprintf(&b, ", %s .. %s", rows[0].CreatedAt.Format("2006-01-02 15:04"), rows[n-1].CreatedAt.Format("2006-01-02 15:04"))
	}
	b.WriteString("\n")
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-5", 3, 5}, {"6-20", 6, 20}, {"21-50", 21, 50}, {"51+", 51, 1 << 30}}
	fmt.Fprintf(&b, "issues %d (%.2f requests an issue); by size:", len(size), float64(n)/float64(max(1, len(size))))
	for _, bk := range buckets {
		c := 0
		for _, s := range size {
			if s >= bk.lo && s <= bk.hi {
				c++
			}
		}
		fmt.Fprintf(&b, " %s: %d", bk.name, c)
	}
	b.WriteString("\n")
	type gs struct {
		g string
		n int
	}
	var all []gs
	for g, s := range size {
		all = append(all, gs{g, s})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].g < all[j].g
	})
	b.WriteString("largest issues:\n")
	for i := 0; i < len(all) && i < 10; i++ {
		fmt.Fprintf(&b, "  %-26s %4d  %s\n", all[i].g, all[i].n, agencyOf[all[i].g])
	}
	fmt.Fprintf(&b, "%-13s %8s %7s %7s\n", "agency", "requests", "share", "issues")
	for _, a := range agencies {
		fmt.Fprintf(&b, "%-13s %8d %6.1f%% %7d\n", a, reqs[a], pct(reqs[a]), issues[a])
	}
	b.WriteString("channels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %d (%.1f%%)", c, chans[c], pct(chans[c]))
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "with coordinates %d (%.1f%%), empty address %d (%.1f%%), empty category %d (%.1f%%), vague category %d (%.1f%%)\n",
		located, pct(located), noAddr, pct(noAddr), noCat, pct(noCat), vagueCat, pct(vagueCat))
	b.WriteString("by month of 1404:")
	for m, c := range months {
		fmt.Fprintf(&b, " %s %d", monthNames[m], c)
	}
	b.WriteString("\n")
	return b.String()
}

func isVague(c string) bool {
	for _, v := range vague {
		if c == v {
			return true
		}
	}
	return false
}
