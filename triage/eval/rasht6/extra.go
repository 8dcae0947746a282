package rasht6

import (
	"math/rand"
	"time"

	jalaali "github.com/jalaali/go-jalaali"
)

var jalaliMonths = []string{"", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
	"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// jalaliDay writes a day the way people say it: «۱۵ آبان», «پانزدهم آبان».
func jalaliDay(r *rand.Rand, t time.Time) string {
	t = t.In(tehran)
	_, m, d, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil || int(m) < 1 || int(m) > 12 {
		return "چند روز پیش"
	}
	if d < len(ordinals) && chance(r, 0.25) {
		return ordinals[d] + " " + jalaliMonths[m]
	}
	return num(d) + " " + jalaliMonths[m]
}

// asides are what people add in passing: another agency's name that does not make it
// that agency's job, or the municipality's name in a request that is not its job.
var asides = map[string][]string{
	"channel": {"به آبفا زنگ زدم گفتند جوی آب باران مال شهرداری است", "این فاضلاب نیست، آب باران است که راه ندارد",
		"لوله آب هم نترکیده، فقط جوی گرفته"},
	"park_light":      {"اداره برق گفت چراغ‌های داخل پارک با شهرداری است", "چراغ‌های خیابان روشن است ولی داخل پارک تاریک"},
	"tree":            {"با سیم برق فاصله دارد ولی خیلی بزرگ شده", "به اداره برق زنگ زدم گفتند درخت مال فضای سبز است"},
	"sidewalk_goods":  {"پلیس گفت سد معبر مغازه کار شهرداری است", "ماشین‌ها مشکلی ندارند، مشکل اجناس مغازه است"},
	"site_noise":      {"همسایه‌ها مشکلی ندارند، صدا مال کارگاه ساختمانی است", "به ۱۱۰ زنگ زدیم گفتند با شهرداری تماس بگیرید"},
	"asphalt":         {"حفاری هم نبوده، آسفالت خودش خراب شده", "روبروی پست برق", "همان جا که مخابرات پارسال کابل کشید و بعد شهرداری آسفالت کرد"},
	"garbage":         {"کنار کافوی مخابرات", "نزدیک کلانتری"},
	"rubble":          {"از ساختمانی که لوله‌کشی گازش تمام شده نخاله مانده", "کنار تیر برق"},
	"dogs":            {"پلیس گفت به شهرداری بگویید"},
	"sweep":           {"نزدیک اداره گاز"},
	"pests":           {"از جوی آب باران می‌آیند نه از فاضلاب"},
	"sewage":          {"شهرداری گفت کار آبفاست", "این آب باران نیست، فاضلاب است", "جوی را هم لایروبی کرده‌اند ولی فاضلاب از منهول می‌آید"},
	"water_main":      {"آب باران نیست، آب لوله‌کشی تمیز است", "شهرداری آمد گفت کار ما نیست"},
	"street_light":    {"شهرداری گفت با اداره برق تماس بگیرید", "این پارک نیست، چراغ‌های خود خیابان است"},
	"power_line":      {"فضای سبز گفت تا برق قطع نشود نمی‌توانیم هرس کنیم"},
	"blocking_cars":   {"مغازه‌دار نیست، ماشین‌های شخصی‌اند", "شهرداری هم کاری نمی‌کند"},
	"neighbour_noise": {"ساختمان‌سازی نیست، صدای خود همسایه است"},
	"gas_trench":      {"شهرداری گفت شرکت گاز باید ترمیم کند"},
	"water_trench":    {"پیمانکار آبفا بوده نه شهرداری"},
	"telecom_box":     {"کنار پارک"},
}

// ramble is what real callers say around the point.
var ramble = []string{
	"ما بیست سال است اینجا زندگی می‌کنیم و هیچ وقت این وضع نبود",
	"من بازنشسته‌ام و خودم نمی‌توانم کاری کنم",
	"هر سال همین داستان است",
	"عوارض نوسازی را هم پرداخت کرده‌ایم",
	"شورایاری محله هم در جریان است",
	"عکسش را هم گرفتم",
	"دیروز همسایه‌ها جمع شدیم و تصمیم گرفتیم گزارش بدیم",
	"نمی‌دانم باید به کجا زنگ بزنم",
	"انتظار بیشتری از شهرداری داریم",
	"امیدوارم این بار رسیدگی بشه",
	"فکر کنم چند نفر دیگر هم زنگ زده باشند",
	"الان که دارم پیام میدم هم همینطوره",
}

// storms are the days Rasht's rain overwhelms the channels everywhere at once.
func (g *gen) storms() []time.Time {
	if g.stormDays != nil {
		return g.stormDays
	}
	total := g.opt.End.Sub(g.opt.Start)
	for range 9 {
		d := g.opt.Start.Add(time.Duration(g.r.Int63n(int64(total))))
		// rain falls mostly from autumn to early spring
		if m := d.Month(); m >= time.May && m <= time.August && chance(g.r, 0.7) {
			d = d.AddDate(0, 4, 0)
			if d.After(g.opt.End) {
				d = d.AddDate(-1, 0, 0)
			}
		}
		g.stormDays = append(g.stormDays, d)
	}
	return g.stormDays
}

// seasonal moves some problems' start to their season: channels flood after storms,
// leaves fall in autumn, trees break in wind.
func (g *gen) seasonal(p *problem, start time.Time) time.Time {
	r := g.r
	switch p.code {
	case "channel", "channel_cover":
		if chance(r, 0.55) {
			s := pick(r, g.storms())
			return s.Add(time.Duration(r.Intn(48)) * time.Hour)
		}
	case "sweep", "tree":
		if m := start.Month(); (m < time.October || m > time.December) && chance(r, 0.5) {
			y := start.Year()
			d := time.Date(y, time.October, 15, 10, 0, 0, 0, tehran).Add(time.Duration(r.Intn(60*24)) * time.Hour)
			if d.After(g.opt.End) || d.Before(g.opt.Start) {
				d = d.AddDate(-1, 0, 0)
			}
			if !d.After(g.opt.End) && !d.Before(g.opt.Start) {
				return d
			}
		}
	}
	return start
}
