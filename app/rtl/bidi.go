package rtl

import (
	"strings"
	"unicode"

	"github.com/go-text/typesetting/unicodedata"
	"golang.org/x/text/unicode/bidi"
)

// Direction is the base direction of a paragraph.
type Direction int

const (
	// DirDefault follows the application switch: right to left when Enabled, else left to right.
	DirDefault Direction = iota
	// DirRTL forces a right-to-left paragraph, whatever the text starts with.
	DirRTL
	// DirLTR forces a left-to-right paragraph.
	DirLTR
	// DirAuto takes the direction of the first strong letter (HTML's dir="auto"), for fields
	// that may hold a whole English sentence; text without letters falls back to DirDefault.
	DirAuto
)

// isRTL resolves d against the text's first strong character and the application switch.
func (d Direction) isRTL(text []rune) bool {
	switch d {
	case DirRTL:
		return true
	case DirLTR:
		return false
	case DirAuto:
		for _, r := range text {
			p, _ := bidi.LookupRune(r)
			switch p.Class() {
			case bidi.L:
				return false
			case bidi.R, bidi.AL:
				return true
			}
		}
	}
	return Enabled
}

// isControl reports the characters that steer the bidi algorithm explicitly: embeddings and
// overrides (U+202A–202E), isolates (U+2066–2069), the marks LRM, RLM and ALM.
func isControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') ||
		r == '\u200E' || r == '\u200F' || r == '\u061C'
}

// Sanitize makes s safe to lay out as one isolated field: bidi control characters are removed
// (a citizen's U+202E must not reverse anything, not even the rest of its own field), tabs and
// other paragraph/segment separators become spaces, CR is dropped. Newlines are kept; each
// line is its own paragraph.
func Sanitize(s string) string {
	if !strings.ContainsFunc(s, needsSanitize) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case isControl(r) || r == '\r':
		case r == '\t' || r == '\u2029' || r == '\u0085' || r == '\u001C' || r == '\u001D' ||
			r == '\u001E' || r == '\u001F' || r == '\u000B' || r == '\u2028':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsSanitize(r rune) bool {
	return isControl(r) || r == '\r' || r == '\t' || r == '\u2029' || r == '\u0085' ||
		(r >= '\u001C' && r <= '\u001F') || r == '\u000B' || r == '\u2028'
}

// ShowControls replaces bidi controls with visible marks (⟪RLO⟫ style abbreviations) instead
// of dropping them, for a screen where a clerk must see that a text was tampered with.
func ShowControls(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	names := map[rune]string{
		'\u202A': "LRE", '\u202B': "RLE", '\u202C': "PDF", '\u202D': "LRO", '\u202E': "RLO",
		'\u2066': "LRI", '\u2067': "RLI", '\u2068': "FSI", '\u2069': "PDI",
		'\u200E': "LRM", '\u200F': "RLM", '\u061C': "ALM",
	}
	var b strings.Builder
	for _, r := range s {
		if n, ok := names[r]; ok {
			b.WriteString("[" + n + "]")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// resolveLevels returns the embedding level of each rune of one paragraph (no newline, no
// controls: see Sanitize), per the Unicode Bidirectional Algorithm up to rule L1 excluded.
// Without explicit embeddings only levels 0, 1 and 2 occur.
func resolveLevels(text []rune, rtl bool) (levels []uint8) {
	levels = make([]uint8, len(text))
	base := uint8(0)
	if rtl {
		base = 1
	}
	for i := range levels {
		levels[i] = base
	}
	if len(text) == 0 {
		return levels
	}
	// x/text has panicked on odd inputs before; a field shown in logical order is better
	// than a crashed window.
	defer func() {
		if recover() != nil {
			for i := range levels {
				levels[i] = base
			}
		}
	}()

	var p bidi.Paragraph
	s := string(protectCodes(text))
	offset := 0
	if rtl {
		_, _ = p.SetString(s, bidi.DefaultDirection(bidi.RightToLeft))
	} else {
		// x/text's "left to right" default means auto-detect; a leading LRM (strong L)
		// forces a left-to-right paragraph.
		_, _ = p.SetString("\u200E"+s, bidi.DefaultDirection(bidi.LeftToRight))
		offset = 1
	}
	o, err := p.Order()
	if err != nil {
		return levels
	}
	// x/text reports only each run's parity; recover the level. In a right-to-left paragraph
	// even runs are level 2. In a left-to-right one, an even run is level 2 only when it holds
	// numbers with no letter and the previous strong character is right to left (rule W7 turns
	// numbers after L into L).
	for i := 0; i < o.NumRuns(); i++ {
		run := o.Run(i)
		start, end := run.Pos()
		start -= offset
		end -= offset
		if start < 0 {
			start = 0
		}
		var lvl uint8
		switch {
		case run.Direction() == bidi.RightToLeft:
			lvl = 1
		case rtl:
			lvl = 2
		default:
			lvl = 0
			if !containsClass(text[start:end+1], bidi.L) && prevStrongRTL(text, start) {
				lvl = 2
			}
		}
		for j := start; j <= end && j < len(levels); j++ {
			levels[j] = lvl
		}
	}
	return levels
}

// protectCodes returns a copy of text in which every code-like token — letters and digits
// joined by «-», «/», «.», «:» or «_», holding a digit, such as 137-1405-000736 or
// 1405/02/14 — is replaced by European digits for level resolution, so the whole token is
// one number to the algorithm. The UBA proper, after a
// Persian word, turns 137-1405-000736 into Arabic numbers separated by neutrals and shows it as
// 000736-1405-137; clerks read such codes left to right as one unit, which UAX #9 allows as a
// higher-level protocol (HL2-like). Plain numbers are left to the algorithm.
func protectCodes(text []rune) []rune {
	var out []rune
	for i := 0; i < len(text); {
		if !isCodeChar(text[i]) {
			i++
			continue
		}
		j, seps, digit := i, 0, false
		for j < len(text) {
			if isCodeChar(text[j]) {
				digit = digit || isDigit(text[j])
				j++
				continue
			}
			if isCodeSep(text[j]) && j+1 < len(text) && isCodeChar(text[j+1]) && j > i {
				seps++
				j++
				continue
			}
			break
		}
		if seps > 0 && digit {
			if out == nil {
				out = append([]rune(nil), text...)
			}
			for k := i; k < j; k++ {
				out[k] = '0'
			}
		}
		i = j
	}
	if out == nil {
		return text
	}
	return out
}

func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '۰' && r <= '۹') || (r >= '٠' && r <= '٩')
}

func isCodeChar(r rune) bool {
	return isDigit(r) || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

func isCodeSep(r rune) bool {
	switch r {
	case '-', '/', '.', ':', '_', '\u2010', '\u2011':
		return true
	}
	return false
}

func containsClass(rs []rune, c bidi.Class) bool {
	for _, r := range rs {
		if p, _ := bidi.LookupRune(r); p.Class() == c {
			return true
		}
	}
	return false
}

func prevStrongRTL(text []rune, before int) bool {
	for i := before - 1; i >= 0; i-- {
		p, _ := bidi.LookupRune(text[i])
		switch p.Class() {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

// Run is a piece of a visual line in one direction, drawn by one canvas.Text.
type Run struct {
	// Start and End are the rune offsets [Start, End) of the run in the paragraph.
	Start, End int
	Level      uint8
	// Display is the string handed to the text renderer. For a run holding Persian letters
	// it is the logical text: Fyne's shaper sees a right-to-left run and shapes and orders it
	// itself. A right-to-left run of punctuation only (Fyne would draw it left to right) is
	// reversed here, with brackets and other mirrored characters swapped.
	Display string
}

// RTL reports whether the run reads right to left.
func (r Run) RTL() bool { return r.Level%2 == 1 }

// Line is one visual line of a paragraph.
type Line struct {
	// Start and End are the rune offsets [Start, End) of the line in its paragraph.
	Start, End int
	// Runs are in visual order, left to right.
	Runs []Run
	// Visual lists the paragraph offsets of the line's characters from left to right.
	Visual []int
}

// orderLine applies rules L1 and L2 to text[start:end] with the paragraph's levels.
func orderLine(text []rune, levels []uint8, start, end int, rtl bool) Line {
	base := uint8(0)
	if rtl {
		base = 1
	}
	lv := make([]uint8, end-start)
	copy(lv, levels[start:end])
	// L1: trailing whitespace takes the paragraph level, so a space at a wrap point sits at the
	// line's end side instead of inside an embedded run.
	for i := len(lv) - 1; i >= 0; i-- {
		p, _ := bidi.LookupRune(text[start+i])
		if c := p.Class(); c != bidi.WS && c != bidi.BN {
			break
		}
		lv[i] = base
	}
	line := Line{Start: start, End: end}
	if len(lv) == 0 {
		return line
	}
	// Split into level runs (logical order).
	var runs []Run
	runStart := 0
	for i := 1; i <= len(lv); i++ {
		if i == len(lv) || lv[i] != lv[runStart] {
			runs = append(runs, Run{Start: start + runStart, End: start + i, Level: lv[runStart]})
			runStart = i
		}
	}
	// L2: from the highest level down to the lowest odd one, reverse every maximal sequence
	// of runs at that level or higher.
	maxL, minOdd := uint8(0), uint8(255)
	for _, r := range runs {
		maxL = max(maxL, r.Level)
		if r.Level%2 == 1 {
			minOdd = min(minOdd, r.Level)
		}
	}
	for lvl := int(maxL); lvl >= int(minOdd) && lvl > 0; lvl-- {
		for i := 0; i < len(runs); {
			if int(runs[i].Level) < lvl {
				i++
				continue
			}
			j := i
			for j < len(runs) && int(runs[j].Level) >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				runs[a], runs[b] = runs[b], runs[a]
			}
			i = j
		}
	}
	for i := range runs {
		r := &runs[i]
		seg := text[r.Start:r.End]
		r.Display = string(seg)
		if r.RTL() && !hasStrongRTL(seg) {
			r.Display = reverseMirrored(seg)
		}
		if r.RTL() {
			for k := r.End - 1; k >= r.Start; k-- {
				line.Visual = append(line.Visual, k)
			}
		} else {
			for k := r.Start; k < r.End; k++ {
				line.Visual = append(line.Visual, k)
			}
		}
	}
	line.Runs = runs
	return line
}

func hasStrongRTL(rs []rune) bool {
	for _, r := range rs {
		p, _ := bidi.LookupRune(r)
		if c := p.Class(); c == bidi.R || c == bidi.AL {
			return true
		}
	}
	return false
}

// reverseMirrored reverses rs for display in a right-to-left run, swapping mirrored
// characters: «(» becomes «)», ««» becomes «»». Combining marks stay after their base.
func reverseMirrored(rs []rune) string {
	out := make([]rune, 0, len(rs))
	for i := len(rs) - 1; i >= 0; i-- {
		// Keep a base character's combining marks after it.
		j := i
		for j > 0 && unicode.Is(unicode.Mn, rs[j]) {
			j--
		}
		for k := j; k <= i; k++ {
			r := rs[k]
			if m, ok := unicodedata.LookupMirrorChar(r); ok {
				r = m
			}
			out = append(out, r)
		}
		i = j
	}
	return string(out)
}

// Paragraph is one newline-free paragraph analysed once and laid out into lines.
type Paragraph struct {
	Text   []rune
	RTL    bool
	levels []uint8
}

// NewParagraph analyses text (already sanitized, without newlines).
func NewParagraph(text string, dir Direction) *Paragraph {
	rs := []rune(text)
	rtl := dir.isRTL(rs)
	return &Paragraph{Text: rs, RTL: rtl, levels: resolveLevels(rs, rtl)}
}

// Line returns the visual order of the paragraph's runes [start, end).
func (p *Paragraph) Line(start, end int) Line {
	return orderLine(p.Text, p.levels, start, end, p.RTL)
}

// Lines breaks the paragraph into lines no wider than maxWidth (in the units of measure, which
// returns a string's advance), breaking after spaces and, for a word longer than a line,
// between characters; maxWidth <= 0 means no wrapping. Lines are broken in logical order first,
// then each is reordered, as UAX #9 prescribes.
func (p *Paragraph) Lines(maxWidth float32, measure func(string) float32) []Line {
	return p.linesBy(maxWidth, func(start, end int) float32 { return measure(string(p.Text[start:end])) })
}

// linesBy is Lines with a measure of rune ranges, for text whose pieces have different fonts.
func (p *Paragraph) linesBy(maxWidth float32, width func(start, end int) float32) []Line {
	n := len(p.Text)
	if maxWidth <= 0 || n == 0 {
		return []Line{p.Line(0, n)}
	}
	var lines []Line
	start := 0
	for start < n {
		end := p.breakAt(start, maxWidth, width)
		lines = append(lines, p.Line(start, end))
		start = end
	}
	return lines
}

// breakAt finds the end of the line starting at start.
func (p *Paragraph) breakAt(start int, maxWidth float32, width func(start, end int) float32) int {
	n := len(p.Text)
	fits := func(end int) bool {
		// Trailing spaces hang past the edge, as in every text engine.
		e := end
		for e > start && p.Text[e-1] == ' ' {
			e--
		}
		return width(start, e) <= maxWidth
	}
	if fits(n) {
		return n
	}
	best := -1
	for i := start + 1; i < n; i++ {
		if !isBreakAfter(p.Text[i-1], p.Text[i]) {
			continue
		}
		if !fits(i) {
			break
		}
		best = i
	}
	if best > 0 {
		return best
	}
	// One word longer than the line: cut it between characters, keeping at least one.
	lo, hi := start+1, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	for lo > start+1 && lo < n && unicode.Is(unicode.Mn, p.Text[lo]) {
		lo--
	}
	return lo
}

// isBreakAfter reports a line-break opportunity between a and b: after a run of spaces and
// after a zero-width space. Codes such as 137-1405-000736 are kept whole unless they alone
// are wider than the line.
func isBreakAfter(a, b rune) bool {
	return b != ' ' && (a == ' ' || a == '\u200B')
}
