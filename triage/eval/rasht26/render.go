package rasht26

import (
	"math/rand/v2"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// written is one request as the 137 system holds it, before its truth is attached.
type written struct {
	text, address, category, status string
	lat, lon                        *float64
	// placed says whether a clerk can tell where it is: an address, a pin, a place in the
	// text, or a tracking number of an earlier request.
	placed bool
}

func isOperator(ch string) bool { return ch == "phone" || ch == "in_person" }

// write renders one call. earlier holds the ids of the issue's earlier requests, which a
// follow-up may quote.
func write(r *rand.Rand, c call, earlier []string) written {
	p, sp := c.is.p, c.is.sp
	var w written
	op := isOperator(c.channel)
	follow := c.nth > 0 && r.Float64() < followRate(c.is)
	quoted := ""
	if follow && len(earlier) > 0 && r.Float64() < 0.5 {
		quoted = earlier[r.IntN(len(earlier))]
	}
	var kb keyboard
	if op {
		kb = operatorKeyboard(r)
	} else {
		kb = citizenKeyboard(r)
	}

	inText := false
	switch {
	case op:
		in := ""
		if r.Float64() < 0.3 {
			in = " در " + address(r, sp, true)
			inText = true
		}
		var t string
		if follow {
			if quoted != "" {
				t = pick(r, []string{"شهروند پیگیر درخواست قبلی (کد رهگیری " + quoted + ") است؛ تاکنون اقدامی نشده.",
					"پیگیری درخواست " + quoted + ": " + fill(c.is.say(r, p.Operator), in),
					"تماس مجدد در خصوص درخواست شماره " + quoted + "؛ مشکل برطرف نشده است."})
			} else {
				t = pick(r, []string{"تماس مجدد شهروند؛ ", "پیگیری مجدد: ", "شهروند برای چندمین بار تماس گرفت. "}) + fill(c.is.say(r, p.Operator), in)
			}
		} else {
			open := pick(r, operatorOpen)
			if c.channel == "in_person" && r.Float64() < 0.6 {
				open = pick(r, []string{"مراجعه حضوری - ", "مراجعه حضوری: ", "ثبت از فرم مراجعه حضوری: "})
			}
			body := fill(c.is.say(r, p.Operator), in)
			if strings.HasPrefix(body, "شهروند") || strings.HasPrefix(body, "تماس") {
				open = "" // the summary names its subject already
			}
			t = open + body
			if end := pick(r, operatorClose); end != "" {
				if strings.HasPrefix(end, "(") {
					t += " "
				} else if !strings.HasSuffix(body, ".") {
					t += pick(r, []string{"؛ ", ". ", " - "})
				} else {
					t += " "
				}
				t += end
			}
		}
		if c.channel == "in_person" {
			// the citizen is at the desk, not on the line
			t = strings.ReplaceAll(t, "تماس_گیرنده", "مراجعه_کننده")
			t = strings.ReplaceAll(t, "تماس مجدد", "مراجعه مجدد")
			t = strings.ReplaceAll(t, "تماس مکرر", "مراجعه مکرر")
			t = strings.ReplaceAll(t, "بار تماس گرفت", "بار مراجعه کرد")
		}
		w.text = kb.apply(misspell(r, t, 0.03))
		if r.Float64() < 0.97 {
			w.address = operatorKeyboard(r).apply(address(r, sp, true))
		}
		if c.channel == "phone" && r.Float64() < 0.12 {
			// the operator put a pin on the map from what the caller said
			w.lat, w.lon = coords(r, sp)
		}
	case c.channel == "app" && p.Fing != nil && r.Float64() < 0.06:
		t := pick(r, p.Fing)
		if r.Float64() < 0.5 {
			t += " " + finglishAddress(r, sp)
			inText = true
		}
		if r.Float64() < 0.4 {
			t = pick(r, []string{"salam ", "slm ", "salam, "}) + t
		}
		if r.Float64() < 0.4 {
			t += pick(r, []string{" lotfan residegi konid", " mamnoon", " merci", " lotfan zoodtar"})
		}
		w.text = t
		if r.Float64() < 0.4 {
			w.address = finglishAddress(r, sp)
		}
		if r.Float64() < 0.85 {
			w.lat, w.lon = coords(r, sp)
		}
	default:
		caption := c.is.say(r, p.Citizen)
		if follow {
			if quoted != "" {
				caption = pick(r, []string{"پیگیری درخواست شماره " + quoted, "پیگیری کد رهگیری " + quoted, "درخواست " + quoted + " رو بستید ولی هیچ کاری نشده"}) + "، " + caption
			} else {
				caption = pick(r, []string{"قبلا هم گزارش دادم ولی هنوز کاری نشده. ", "بار سومه که ثبت میکنم. ", "هنوز هیچ اقدامی نشده! ", "دوباره: "}) + caption
			}
		}
		var t string
		if c.channel == "web" {
			t = pick(r, []string{"با سلام و احترام\n", "با سلام و احترام، ", "احتراما به استحضار می_رساند ", "سلام "}) + caption
			if r.Float64() < 0.35 {
				if more := c.is.say(r, p.Citizen); !strings.Contains(t, more) {
					t += "، " + more
				}
			}
			if r.Float64() < 0.5 {
				t += ". آدرس: " + address(r, sp, false)
				inText = true
			}
			t += pick(r, []string{". خواهشمند است دستور رسیدگی صادر فرمایید.", ". لطفا رسیدگی کنید", ". با تشکر", "."})
		} else {
			t = caption
			if r.Float64() < 0.2 {
				t += pick(r, []string{"، ", ". ", " "}) + pick(r, asides)
			}
			if r.Float64() < 0.25 {
				a := address(r, sp, false)
				inText = true
				switch r.IntN(4) {
				case 0:
					t = a + " " + t
				case 1:
					t = t + " " + a
				case 2:
					t = t + "، آدرس: " + a
				default:
					t = a + "، " + t
				}
			}
			if r.Float64() < 0.5 {
				t = pick(r, citizenOpen) + pick(r, []string{" ", "، ", "\n"}) + t
			}
			if r.Float64() < 0.4 {
				t += pick(r, []string{"، ", ". ", " ", "\n"}) + pick(r, citizenClose)
			}
		}
		t = misspell(r, t, 0.25)
		if r.Float64() < 0.1 {
			t = stretch(r, t)
		}
		w.text = kb.apply(t)
		switch u := r.Float64(); {
		case c.channel == "web" && u < 0.85, c.channel == "app" && u < 0.5:
			w.address = kb.apply(address(r, sp, false))
		case c.channel == "app" && u < 0.68:
			// the app fills the street from the pin
			w.address = "گیلان، رشت، " + streetKind(sp.S) + " " + sp.S.Name
		}
		pinRate := 0.85
		if c.channel == "web" {
			pinRate = 0.12
		}
		if r.Float64() < pinRate {
			w.lat, w.lon = coords(r, sp)
		}
	}
	w.placed = strings.TrimSpace(w.address) != "" || w.lat != nil || inText || quoted != ""
	w.category = category(r, p, c.channel, follow)
	w.status = status(r, c)
	return w
}

func followRate(is *issue) float64 {
	if is.chronic {
		return 0.25
	}
	return 0.12
}

func fill(tmpl, in string) string { return strings.ReplaceAll(tmpl, "{in}", in) }

func coords(r *rand.Rand, sp spot) (*float64, *float64) {
	lat, lon := pin(r, sp)
	lat = float64(int64(lat*1e6)) / 1e6
	lon = float64(int64(lon*1e6)) / 1e6
	return &lat, &lon
}

// category is the operator's (or the app user's) choice: a hint, sometimes wrong or vague.
func category(r *rand.Rand, p *problem, ch string, follow bool) string {
	if follow && r.Float64() < 0.2 {
		return "پیگیری"
	}
	wrong, vague := 0.12, 0.10
	if !isOperator(ch) {
		wrong, vague = 0.18, 0.12
	}
	switch u := r.Float64(); {
	case u < wrong:
		return pick(r, p.Wrong)
	case u < wrong+vague:
		return pick(r, vagueCats)
	default:
		return p.Cat
	}
}

// status is where the request stood when the export was taken.
func status(r *rand.Rand, c call) string {
	recent := yearEnd.Sub(c.at).Hours() < 5*24
	u := r.Float64()
	if c.is.p.Agency != "municipality" {
		switch {
		case recent && u < 0.6:
			return pick(r, []string{"new", "reviewing"})
		case u < 0.78:
			return "referred"
		case u < 0.86:
			return "resolved"
		case u < 0.91:
			return "rejected"
		default:
			return "reviewing"
		}
	}
	if recent {
		return pick(r, []string{"new", "new", "new", "reviewing", "assigned"})
	}
	switch {
	case u < 0.66:
		return "resolved"
	case u < 0.73:
		return "in_progress"
	case u < 0.79:
		return "assigned"
	case u < 0.84:
		return "reviewing"
	case u < 0.93:
		return "rejected" // closed as a duplicate, or "not found on visit"
	case u < 0.95:
		return "referred"
	default:
		return "new"
	}
}

func row(id, district string, c call, w written, group string) labelled.Row {
	return labelled.Row{ID: id, District: district, CreatedAt: c.at, Category: w.category, Text: w.text,
		Address: w.address, Lat: w.lat, Lon: w.lon, Channel: c.channel, Status: w.status,
		Group: group, Agency: c.is.p.Agency}
}
