package theme

import (
	"image/color"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"

	"github.com/tafkik/tafkik/assets/fonts"
)

// Font resources, usable on their own (for example for a canvas.Text with a custom style).
var (
	Regular = fyne.NewStaticResource("Vazirmatn-Regular.ttf", fonts.Regular)
	Bold    = fyne.NewStaticResource("Vazirmatn-Bold.ttf", fonts.Bold)
)

// Theme is Tafkik's theme. The zero value follows the variant Fyne asks for.
type Theme struct {
	// Variant, when set, forces light or dark whatever the system prefers.
	Variant *fyne.ThemeVariant
	// Scale multiplies the text and padding sizes (1 when zero); a settings screen can offer
	// «بزرگ‌تر» for clerks who sit far from the screen.
	Scale float32
}

var _ fyne.Theme = (*Theme)(nil)

// New returns the theme following the system's light or dark preference.
func New() *Theme { return &Theme{} }

// Light returns the theme forced to its light variant.
func Light() *Theme { v := fynetheme.VariantLight; return &Theme{Variant: &v} }

// Dark returns the theme forced to its dark variant.
func Dark() *Theme { v := fynetheme.VariantDark; return &Theme{Variant: &v} }

// Color keeps Fyne's palette (its contrast is tested) but lets the theme force a variant.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.Variant != nil {
		v = *t.Variant
	}
	switch n {
	case fynetheme.ColorNamePrimary:
		// A calm teal rather than Fyne's blue: municipal, and readable on both variants.
		if v == fynetheme.VariantDark {
			return color.NRGBA{R: 0x4d, G: 0xb6, B: 0xac, A: 0xff}
		}
		return color.NRGBA{R: 0x00, G: 0x79, B: 0x6b, A: 0xff}
	}
	return fynetheme.DefaultTheme().Color(n, v)
}

// Font returns Vazirmatn for every style; monospace keeps Fyne's mono font because codes such
// as 137-1405-000736 are easier to compare in it, and Vazirmatn has no italic.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return fynetheme.DefaultTheme().Font(s)
	}
	if s.Bold {
		return Bold
	}
	return Regular
}

// Icon keeps Fyne's icons; direction-dependent ones are mirrored by package rtl.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return fynetheme.DefaultTheme().Icon(n)
}

// Size enlarges text a little: Vazirmatn's Persian glyphs are small for their line height, and
// dots under letters (ب پ ی) blur at Fyne's 14 on a 1366×768 panel.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	scale := t.Scale
	if scale == 0 {
		scale = 1
	}
	switch n {
	case fynetheme.SizeNameText:
		return 15 * scale
	case fynetheme.SizeNameHeadingText:
		return 22 * scale
	case fynetheme.SizeNameSubHeadingText:
		return 18 * scale
	case fynetheme.SizeNameCaptionText:
		return 12.5 * scale
	case fynetheme.SizeNameInputBorder:
		return 1
	case fynetheme.SizeNamePadding, fynetheme.SizeNameInnerPadding, fynetheme.SizeNameLineSpacing:
		return fynetheme.DefaultTheme().Size(n) * scale
	}
	return fynetheme.DefaultTheme().Size(n)
}
