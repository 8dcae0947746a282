package rtl

import (
	"bytes"
	"sync"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// textMeasurer measures advances the way Fyne's painter does (same font, same HarfBuzz
// shaping, runs split by the same segmenter) but keeps one shaper and its font cache alive.
// Fyne's MeasureText builds a new shaper, and so a new HarfBuzz font, for every string it has
// not seen; a page of table cells measures hundreds of new strings (truncation tries
// prefixes, the entry measures every caret edge), which made a page take 150 ms.
type textMeasurer struct {
	mu     sync.Mutex
	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
	faces  map[fyne.Resource]*font.Face
	widths map[measureKey]float32
}

type measureKey struct {
	res  fyne.Resource
	size float32
	s    string
}

// sharedMeasurer is a process-wide cache, like Fyne's own font and metrics caches: text
// metrics depend only on the font bytes, the size and the string.
var sharedMeasurer = &textMeasurer{faces: map[fyne.Resource]*font.Face{}, widths: map[measureKey]float32{}}

const maxCachedWidths = 20000

type singleFace struct{ f *font.Face }

func (m singleFace) ResolveFace(rune) *font.Face { return m.f }

// width returns the advance of s drawn with res at size, or ok false when the font lacks a
// character (Fyne then falls back to another font, which only it can measure).
func (m *textMeasurer) width(res fyne.Resource, s string, size float32) (float32, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	key := measureKey{res, size, s}
	if w, ok := m.widths[key]; ok {
		return w, true
	}
	face, ok := m.faces[res]
	if !ok {
		// The shaper's HarfBuzz font cache holds nothing until sized.
		m.shaper.SetFontCacheSize(16)
		f, err := font.ParseTTF(bytes.NewReader(res.Content()))
		if err != nil {
			f = nil
		}
		m.faces[res] = f
		face = f
	}
	if face == nil {
		return 0, false
	}
	rs := []rune(s)
	for _, r := range rs {
		if _, ok := face.NominalGlyph(r); !ok && !ignorable(r) {
			return 0, false
		}
	}
	in := shaping.Input{
		Text:      rs,
		RunEnd:    len(rs),
		Direction: di.DirectionLTR,
		Face:      face,
		Size:      fixed.Int26_6(float64(size) * 64),
	}
	var adv fixed.Int26_6
	for _, run := range m.seg.Split(in, singleFace{face}) {
		adv += m.shaper.Shape(run).Advance
	}
	w := float32(float64(adv) / 64)
	if len(m.widths) >= maxCachedWidths {
		clear(m.widths)
	}
	m.widths[key] = w
	return w, true
}

// ignorable characters are drawn with no glyph and no advance.
func ignorable(r rune) bool {
	return r == '\u200C' || r == '\u200D' || r == '\u200B' || r == '\uFEFF'
}

func themeFont(style fyne.TextStyle) fyne.Resource {
	if app := fyne.CurrentApp(); app != nil {
		return app.Settings().Theme().Font(style)
	}
	return nil
}

// measurer returns the width function for a text style in the current theme.
func measurer(size float32, style fyne.TextStyle) func(string) float32 {
	res := themeFont(style)
	return func(s string) float32 {
		if s == "" {
			return 0
		}
		if res != nil {
			if w, ok := sharedMeasurer.width(res, s, size); ok {
				return w
			}
		}
		return fyne.MeasureText(s, size, style).Width
	}
}

// prefixWidths returns, for k = 0..len(runes(s)), an estimate of the advance of the first k
// runes, from one shaping of the whole string (glyph advances summed by cluster). Cutting a
// joined word changes the last letter's form, so callers check their final choice with width.
func (m *textMeasurer) prefixWidths(res fyne.Resource, s string, size float32) ([]float32, bool) {
	if _, ok := m.width(res, s, size); !ok { // loads the face, checks coverage
		return nil, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	face := m.faces[res]
	rs := []rune(s)
	in := shaping.Input{
		Text:      rs,
		RunEnd:    len(rs),
		Direction: di.DirectionLTR,
		Face:      face,
		Size:      fixed.Int26_6(float64(size) * 64),
	}
	per := make([]fixed.Int26_6, len(rs)+1)
	for _, run := range m.seg.Split(in, singleFace{face}) {
		out := m.shaper.Shape(run)
		for _, g := range out.Glyphs {
			if g.ClusterIndex >= 0 && g.ClusterIndex < len(rs) {
				per[g.ClusterIndex] += g.XAdvance
			}
		}
	}
	cum := make([]float32, len(rs)+1)
	var acc fixed.Int26_6
	for i := 0; i < len(rs); i++ {
		acc += per[i]
		cum[i+1] = float32(float64(acc) / 64)
	}
	return cum, true
}

// covers reports whether the font res has a glyph for r (ignorable characters count as
// covered), or true when the font cannot be read.
func (m *textMeasurer) covers(res fyne.Resource, r rune) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	face, ok := m.faces[res]
	if !ok {
		m.shaper.SetFontCacheSize(16)
		f, err := font.ParseTTF(bytes.NewReader(res.Content()))
		if err != nil {
			f = nil
		}
		m.faces[res] = f
		face = f
	}
	if face == nil || ignorable(r) || r == ' ' {
		return true
	}
	_, has := face.NominalGlyph(r)
	return has
}

// coverage returns the glyph-coverage test for a text style in the current theme.
func coverage(style fyne.TextStyle) func(rune) bool {
	res := themeFont(style)
	if res == nil {
		return nil
	}
	return func(r rune) bool { return sharedMeasurer.covers(res, r) }
}

// prefixMeasurer returns the prefix-width function for a text style in the current theme.
func prefixMeasurer(size float32, style fyne.TextStyle) func(string) ([]float32, bool) {
	res := themeFont(style)
	if res == nil {
		return nil
	}
	return func(s string) ([]float32, bool) { return sharedMeasurer.prefixWidths(res, s, size) }
}
