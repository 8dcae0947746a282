package rasht43

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencyOrder = []string{municipality, water, power, gas, telecom, police, other}

var monthNames = []string{"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
	"Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"}

// Summarize describes a generated year: its size, its issues, its agencies, its noise.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	n := len(rows)
	if n == 0 {
		return "requests 0\n"
	}
	pct := func(k int) string { return fmt.Sprintf("%.1f%%", 100*float64(k)/float64(n)) }
	first, last := rows[0].CreatedAt, rows[n-1].CreatedAt
	fy, fm, fd := jalali(first)
	ly, lm, ld := jalali(last)
	fmt.Fprintf(&b, "requests %d in district %s, %d/%02d/%02d .. %d/%02d/%02d (%s .. %s)\n", n, rows[0].District,
		fy, fm, fd, ly, lm, ld, first.Format("2006-01-02"), last.Format("2006-01-02"))

	size := map[string]int{}
	firstText := map[string]string{}
	agencyOf := map[string]string{}
	for _, r := range rows {
		size[r.Group]++
		if _, ok := firstText[r.Group]; !ok {
			firstText[r.Group] = r.Text
		}
		agencyOf[r.Group] = r.Agency
	}
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-5", 3, 5}, {"6-10", 6, 10}, {"11-30", 11, 30}, {">30", 31, 1 << 30}}
	counts := make([]int, len(buckets))
	for _, s := range size {
		for i, bk := range buckets {
			if s >= bk.lo && s <= bk.hi {
				counts[i]++
			}
		}
	}
	fmt.Fprintf(&b, "issues %d (%.2f requests an issue); by size:", len(size), float64(n)/float64(len(size)))
	for i, bk := range buckets {
		fmt.Fprintf(&b, " %s:%d", bk.name, counts[i])
	}
	b.WriteString("\n")

	groups := make([]string, 0, len(size))
	for g := range size {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool {
		if size[groups[i]] != size[groups[j]] {
			return size[groups[i]] > size[groups[j]]
		}
		return groups[i] < groups[j]
	})
	b.WriteString("largest issues:\n")
	for _, g := range groups[:min(10, len(groups))] {
		t := []rune(strings.ReplaceAll(firstText[g], "\n", " "))
		if len(t) > 60 {
			t = append(t[:60], '…')
		}
		fmt.Fprintf(&b, "  %s %4d %-12s %s\n", g, size[g], agencyOf[g], string(t))
	}

	reqs, iss := map[string]int{}, map[string]int{}
	for _, r := range rows {
		reqs[r.Agency]++
	}
	for _, a := range agencyOf {
		iss[a]++
	}
	b.WriteString("agency        requests  share   issues\n")
	for _, a := range agencyOrder {
		fmt.Fprintf(&b, "  %-12s %6d  %6s  %6d\n", a, reqs[a], pct(reqs[a]), iss[a])
	}

	located, noAddr, noCat, vagueCat := 0, 0, 0, 0
	channels, statuses := map[string]int{}, map[string]int{}
	months := make([]int, 12)
	for _, r := range rows {
		if r.Lat != nil {
			located++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
		switch r.Category {
		case "":
			noCat++
		case "سایر", "درخواست شهروندی", "متفرقه":
			vagueCat++
		}
		channels[r.Channel]++
		statuses[r.Status]++
		if y, m, _ := jalali(r.CreatedAt); y == 1404 {
			months[m-1]++
		}
	}
	fmt.Fprintf(&b, "with coordinates %d (%s); empty address %d (%s); empty category %d, vague category %d\n",
		located, pct(located), noAddr, pct(noAddr), noCat, vagueCat)
	fmt.Fprintf(&b, "channels: %s\n", kv(channels, []string{"phone", "app", "web", "in_person"}))
	fmt.Fprintf(&b, "statuses: %s\n", kv(statuses, []string{"new", "reviewing", "assigned", "in_progress", "resolved", "referred", "rejected"}))
	b.WriteString("months:")
	for i, c := range months {
		fmt.Fprintf(&b, " %s:%d", monthNames[i][:3], c)
	}
	b.WriteString("\n")
	return b.String()
}

func kv(m map[string]int, order []string) string {
	var parts []string
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}
