package rasht42

import "strings"

// How people name a place. Every function returns text with ASCII digits and «_» for the
// zero-width non-joiner; the writer's noise turns them into what they type.

type wopt struct {
	w    string
	p    float64
	cond bool
}

// choose picks one of the options whose cond holds, by weight.
func (g *gen) choose(opts ...wopt) string {
	var sum float64
	for _, o := range opts {
		if o.cond {
			sum += o.p
		}
	}
	x := g.rng.Float64() * sum
	for _, o := range opts {
		if !o.cond {
			continue
		}
		x -= o.p
		if x < 0 {
			return o.w
		}
	}
	for _, o := range opts {
		if o.cond {
			return o.w
		}
	}
	return ""
}

func shortName(name string) string { return strings.TrimPrefix(name, "شهید ") }

func (g *gen) hoodName(h *hood) string {
	return g.choose(wopt{h.name, 80, true}, wopt{"محله " + h.name, 12, true},
		wopt{"بوسار", 30, h.name == "پل بوسار"}, wopt{"شهرک گلسار", 3, h.name == "گلسار"})
}

// streetName names a street; bare drops «خیابان» where people do («۱۲۴ گلسار», «نواب»).
func (g *gen) streetName(s *street, abbr, bare bool) string {
	n := s.num
	if n > 0 {
		if bare {
			return itoa(n)
		}
		return g.choose(wopt{"خیابان " + itoa(n), 50, true}, wopt{"خ " + itoa(n), 10 + 30*b2f(abbr), true},
			wopt{"خیابان " + ordinal(n), 3, true}, wopt{"خ." + itoa(n), 3, abbr})
	}
	if s.kind == "بلوار" {
		if bare {
			return s.name
		}
		return g.choose(wopt{"بلوار " + s.name, 80, true}, wopt{s.name, 10, true}, wopt{"بلوار " + s.name + "ی", 2, s.name == "گیلان"})
	}
	if bare {
		return s.name
	}
	return g.choose(wopt{"خیابان " + s.name, 60, true}, wopt{"خ " + s.name, 10 + 30*b2f(abbr), true}, wopt{s.name, 15, true},
		wopt{"خیابان " + shortName(s.name), 10, s.name != shortName(s.name)})
}

func (g *gen) alleyName(a *alley, abbr bool) string {
	n, nm := a.num, a.name
	return g.choose(
		wopt{"کوچه " + itoa(n), 40, n > 0},
		wopt{"ک " + itoa(n), 8 + 25*b2f(abbr), n > 0},
		wopt{"کوچه " + ordinal(n), 16, n > 0},
		wopt{"کوچه " + cardinal(n), 4, n > 0},
		wopt{"کوچه " + nm, 30, nm != ""},
		wopt{"کوچه " + shortName(nm), 15, nm != "" && shortName(nm) != nm},
		wopt{"ک " + shortName(nm), 3 + 8*b2f(abbr), nm != ""},
		wopt{"کوچه " + itoa(n) + " (" + nm + ")", 6, n > 0 && nm != ""},
		wopt{"کوچه " + nm + " (کوچه " + itoa(n) + ")", 3, n > 0 && nm != ""},
	)
}

func (g *gen) deadEndName(d *deadEnd) string {
	if d.name != "" {
		return g.choose(wopt{"بن_بست " + d.name, 60, true}, wopt{"بن بست " + d.name, 25, true}, wopt{"بن_بست " + itoa(d.num), 15, true})
	}
	return g.choose(wopt{"بن_بست " + itoa(d.num), 40, true}, wopt{"بن بست " + ordinal(d.num), 20, true},
		wopt{"بنبست " + itoa(d.num), 10, true}, wopt{"بن_بست " + ordinal(d.num), 15, true}, wopt{"انتهای کوچه، بن_بست " + itoa(d.num), 8, true})
}

func (g *gen) plateText(n int, abbr bool) string {
	return g.choose(wopt{"پلاک " + itoa(n), 60, true}, wopt{"پ " + itoa(n), 8 + 30*b2f(abbr), true}, wopt{"پلاک " + itoa(n) + " طبقه دوم", 5, true},
		wopt{"جنب پلاک " + itoa(n), 5, true}, wopt{"روبروی پلاک " + itoa(n), 5, true})
}

func (g *gen) rel() string {
	return g.choose(wopt{"روبروی", 30, true}, wopt{"جنب", 25, true}, wopt{"کنار", 15, true}, wopt{"نرسیده به", 10, true},
		wopt{"بعد از", 8, true}, wopt{"جلوی", 10, true}, wopt{"پشت", 4, true}, wopt{"روبه_روی", 5, true})
}

// alleyFull is a full address of an alley (or a dead end in it), as written in the address field.
func (g *gen) alleyFull(a *alley, de *deadEnd, plate int, wr *writer) string {
	s := a.street
	h := s.hood
	abbr := wr.operator
	H, S, A := g.hoodName(h), g.streetName(s, abbr, false), g.alleyName(a, abbr)
	Sb := g.streetName(s, abbr, true)
	var out string
	sameName := s.name == h.name
	form := g.choose(
		wopt{"full", 30, true}, wopt{"rev", 10, !sameName}, wopt{"compact", 8, a.num > 0}, wopt{"street", 15, true},
		wopt{"corner", 5, de == nil}, wopt{"mark", 10, a.mark != nil}, wopt{"official", 5 + 20*b2f(wr.operator), true})
	switch form {
	case "full":
		out = H + "، " + S + "، " + A
		if sameName {
			out = S + "، " + A
		}
	case "rev":
		out = A + " " + Sb + " " + H
	case "compact":
		out = H + " " + Sb + " ک " + itoa(a.num)
		if sameName {
			out = Sb + " ک " + itoa(a.num)
		}
	case "street":
		out = S + "، " + A
	case "corner":
		out = S + "، نبش " + A
	case "mark":
		out = g.choose(wopt{S + "، " + A + "، جنب " + a.mark.name, 1, true}, wopt{S + "، " + g.rel() + " " + a.mark.name + "، " + A, 1, true},
			wopt{A + "، کنار " + a.mark.name, 1, true}, wopt{g.hoodStreet(h, s, abbr) + "، " + A + " (سر کوچه " + a.mark.name + ")", 1, true})
	case "official":
		out = "رشت، منطقه 1، " + g.hoodStreet(h, s, true) + "، " + g.alleyName(a, true)
	}
	if de != nil {
		out += g.choose(wopt{"، ", 2, true}, wopt{" ", 1, true}) + g.deadEndName(de)
	}
	if plate > 0 {
		out += g.choose(wopt{"، ", 2, true}, wopt{" ", 1, true}) + g.plateText(plate, abbr)
	}
	return out
}

// full is the address of a site as a careful writer gives it.
func (g *gen) full(s site, home *alley, plate int, wr *writer) string {
	switch s.kind {
	case stAlley:
		return g.alleyFull(s.al, nil, plate, wr)
	case stDeadEnd:
		return g.alleyFull(s.de.alley, s.de, plate, wr)
	case stArea:
		if home != nil && g.chance(.6) {
			return g.alleyFull(home, nil, plate, wr)
		}
		return g.hoodStreet(s.st.hood, s.st, wr.operator)
	case stStretch:
		m := s.mark
		S := g.streetName(m.street, wr.operator, false)
		return g.choose(
			wopt{g.hoodStreet(m.hood, m.street, wr.operator) + "، " + g.rel() + " " + m.name, 35, true},
			wopt{S + " " + g.rel() + " " + m.name, 30, true},
			wopt{g.rel() + " " + m.name + "، " + S, 15, true},
			wopt{"رشت، منطقه 1، " + S + "، " + g.rel() + " " + m.name, 5 + 15*b2f(wr.operator), true})
	case stSquare:
		m := s.mark
		return g.choose(wopt{m.name, 30, true}, wopt{"دور " + m.name, 15, true}, wopt{g.hoodName(m.hood) + "، " + m.name, 30, true},
			wopt{"نزدیک " + m.name, 10, true}, wopt{"تقاطع " + m.name, 5, true})
	case stPark:
		p := s.pk
		return g.choose(wopt{p.name, 40, true}, wopt{g.hoodName(p.hood) + "، " + p.name, 35, true}, wopt{"داخل " + p.name, 10, true},
			wopt{"ورودی " + p.name, 10, true})
	case stInst:
		m := s.mark
		if m.alley != nil {
			return g.choose(wopt{g.alleyFull(m.alley, nil, 0, wr) + "، " + m.name, 50, true},
				wopt{m.name + " سر " + g.alleyName(m.alley, wr.operator) + " " + g.streetName(m.street, wr.operator, false), 50, true})
		}
		return g.choose(wopt{g.hoodStreet(m.hood, m.street, wr.operator) + "، " + m.name, 50, true},
			wopt{m.name + "، " + g.streetName(m.street, wr.operator, false), 30, true}, wopt{m.name, 20, true})
	}
	return ""
}

// partial is a place given only as far as the street or the neighbourhood (or only the alley).
func (g *gen) partial(s site, home *alley, wr *writer) string {
	var st *street
	var al *alley
	switch s.kind {
	case stAlley:
		st, al = s.al.street, s.al
	case stDeadEnd:
		st, al = s.de.alley.street, s.de.alley
	case stArea:
		st, al = s.st, home
	case stStretch, stInst:
		st = s.mark.street
		al = s.mark.alley
	}
	if st == nil {
		return g.hoodName(s.hood())
	}
	H := g.hoodName(st.hood)
	A := ""
	if al != nil {
		A = g.alleyName(al, wr.operator)
	}
	return g.choose(wopt{g.hoodStreet(st.hood, st, wr.operator), 40, true}, wopt{g.streetName(st, wr.operator, false), 25, st.num == 0}, wopt{H + " " + g.streetName(st, true, true), 10, st.num > 0},
		wopt{H, 15, true}, wopt{"رشت، " + H, 5, true}, wopt{A, 12, al != nil})
}

// inText names the place inside a sentence.
func (g *gen) inText(s site, home *alley, plate int, wr *writer) string {
	alleyMention := func(a *alley, de *deadEnd) string {
		A := g.alleyName(a, wr.operator)
		S := g.streetName(a.street, wr.operator, false)
		Sb := g.streetName(a.street, wr.operator, true)
		H := g.hoodName(a.street.hood)
		out := g.choose(wopt{A, 30, true}, wopt{A + " " + S, 20, true}, wopt{A + " " + Sb + " " + H, 10, a.street.name != a.street.hood.name},
			wopt{S + " " + A, 15, true}, wopt{H + " " + S + " " + A, 10, a.street.name != a.street.hood.name},
			wopt{A + " در " + S, 6, true})
		if de != nil {
			out = g.deadEndName(de) + " " + out
		}
		if plate > 0 && g.chance(.5) {
			out += " " + g.plateText(plate, wr.operator)
		}
		return out
	}
	switch s.kind {
	case stAlley:
		return alleyMention(s.al, nil)
	case stDeadEnd:
		return alleyMention(s.de.alley, s.de)
	case stArea:
		S := g.streetName(s.st, wr.operator, false)
		A := ""
		if home != nil {
			A = g.alleyName(home, wr.operator)
		}
		return g.choose(wopt{S, 40, true}, wopt{g.hoodName(s.st.hood) + " " + S, 20, true}, wopt{"محله " + s.st.hood.name, 10, true},
			wopt{A + " " + S, 15, home != nil}, wopt{"کل " + S, 8, true})
	case stStretch:
		m := s.mark
		S := g.streetName(m.street, wr.operator, false)
		return g.choose(wopt{S + " " + g.rel() + " " + m.name, 50, true}, wopt{g.rel() + " " + m.name, 25, true},
			wopt{S + "، " + g.rel() + " " + m.name, 15, true}, wopt{g.hoodName(m.hood) + " " + S + " " + g.rel() + " " + m.name, 10, true})
	case stSquare:
		return g.choose(wopt{s.mark.name, 60, true}, wopt{"سر " + s.mark.name, 20, true}, wopt{s.mark.name + " " + g.hoodName(s.mark.hood), 20, true})
	case stPark:
		return g.choose(wopt{s.pk.name, 70, true}, wopt{s.pk.name + " " + g.hoodName(s.pk.hood), 30, !strings.Contains(s.pk.name, s.pk.hood.name)})
	case stInst:
		m := s.mark
		if m.alley != nil {
			return g.choose(wopt{m.name + " سر " + g.alleyName(m.alley, wr.operator), 50, true},
				wopt{m.name + " " + g.streetName(m.street, wr.operator, false) + " " + g.alleyName(m.alley, wr.operator), 50, true})
		}
		return g.choose(wopt{m.name, 50, true}, wopt{m.name + " " + g.streetName(m.street, wr.operator, false), 35, true},
			wopt{m.name + " واقع در " + g.hoodName(m.hood), 15, true})
	}
	return ""
}

// generic is how a sentence points at the place without naming it.
func (g *gen) generic(s site, inst *landmark, wr *writer) string {
	switch s.kind {
	case stAlley, stDeadEnd:
		if wr.gilaki {
			return "امی کوچه"
		}
		return g.choose(wopt{"کوچه ما", 40, true}, wopt{"کوچه_مون", 15, true}, wopt{"محل ما", 15, true}, wopt{"جلوی خانه ما", 15, true}, wopt{"این کوچه", 10, true})
	case stStretch:
		return g.choose(wopt{"خیابان ما", 30, true}, wopt{"سر خیابان", 30, true}, wopt{"اینجا", 20, true}, wopt{"جلوی مغازه ما", 20, true})
	case stArea:
		return g.choose(wopt{"محله ما", 40, true}, wopt{"منطقه ما", 25, true}, wopt{"خانه ما", 20, true}, wopt{"کل محل", 15, true})
	case stPark:
		return g.choose(wopt{"پارک محله", 60, true}, wopt{"پارک", 40, true})
	case stSquare:
		return g.choose(wopt{"چهارراه", 50, true}, wopt{"میدان", 50, true})
	case stInst:
		switch inst.kind {
		case "school":
			return g.choose(wopt{"مدرسه بچه_ام", 50, true}, wopt{"مدرسه محل", 50, true})
		case "bakery":
			return g.choose(wopt{"نانوایی محل", 60, true}, wopt{"نانوایی سر کوچه", 40, true})
		}
		return g.choose(wopt{"مغازه سر کوچه", 50, true}, wopt{"فروشگاه محل", 50, true})
	}
	return "اینجا"
}

// fing is the place in Finglish, as some app users type it.
func (g *gen) fing(s site, home *alley, plate int) string {
	alleyF := func(a *alley) string {
		if a.num > 0 && (a.name == "" || g.chance(.6)) {
			return g.choose(wopt{"kooche " + itoa(a.num), 60, true}, wopt{"k " + itoa(a.num), 20, true}, wopt{"koche " + itoa(a.num), 20, true})
		}
		return g.choose(wopt{"kooche " + a.fing, 70, true}, wopt{"k " + a.fing, 30, true})
	}
	streetF := func(st *street) string {
		if strings.HasPrefix(st.fing, "boulevard") {
			return st.fing
		}
		if st.num > 0 {
			return g.choose(wopt{"khiaban " + itoa(st.num), 50, true}, wopt{itoa(st.num), 30, true}, wopt{"kh " + itoa(st.num), 20, true})
		}
		return g.choose(wopt{"khiaban " + st.fing, 60, true}, wopt{st.fing, 40, true})
	}
	var out string
	switch s.kind {
	case stAlley, stDeadEnd:
		a := s.al
		if s.kind == stDeadEnd {
			a = s.de.alley
		}
		out = g.choose(wopt{a.street.hood.fing + " " + streetF(a.street) + " " + alleyF(a), 40, true},
			wopt{alleyF(a) + " " + streetF(a.street), 40, true}, wopt{streetF(a.street) + " " + alleyF(a), 20, true})
		if s.kind == stDeadEnd {
			out += " bonbast " + itoa(s.de.num)
		}
	case stArea:
		out = g.choose(wopt{streetF(s.st), 50, true}, wopt{s.st.hood.fing + " " + streetF(s.st), 50, true})
		if home != nil && g.chance(.3) {
			out += " " + alleyF(home)
		}
	case stStretch:
		out = streetF(s.mark.street) + " " + g.choose(wopt{"roobe rooye ", 50, true}, wopt{"kenare ", 30, true}, wopt{"jelooye ", 20, true}) + s.mark.fing
	case stSquare:
		out = s.mark.fing
	case stPark:
		out = s.pk.fing
	case stInst:
		out = s.mark.fing + " " + streetF(s.mark.street)
	}
	if plate > 0 && g.chance(.4) {
		out += " pelak " + itoa(plate)
	}
	return out
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// hoodStreet is «neighbourhood، street», or the street alone where they share a name.
func (g *gen) hoodStreet(h *hood, s *street, abbr bool) string {
	S := g.streetName(s, abbr, false)
	if s.name == h.name || strings.Contains(S, h.name) {
		if s.name == h.name && S == s.name {
			return "خیابان " + S
		}
		return S
	}
	return g.hoodName(h) + "، " + S
}
