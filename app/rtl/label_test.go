package rtl

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik/app/theme"
)

// TestWrappedLabelGrows: in a narrow column a wrapped label takes several lines and pushes
// the next object down instead of overlapping it.
func TestWrappedLabelGrows(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	wrapped := NewWrappedLabel(sample + " " + sample)
	below := NewLabel("زیر")
	w := test.NewWindow(container.NewVBox(wrapped, below))
	defer w.Close()
	w.Resize(fyne.NewSize(220, 600))
	one := NewLabel("یک").MinSize().Height
	if h := wrapped.Size().Height; h < 3*one {
		t.Errorf("wrapped label height %v, want several lines (one line is %v)", h, one)
	}
	if below.Position().Y < wrapped.Position().Y+wrapped.Size().Height {
		t.Errorf("label below at y %v overlaps the paragraph ending at %v", below.Position().Y, wrapped.Position().Y+wrapped.Size().Height)
	}
	// Wider window, fewer lines.
	h := wrapped.Size().Height
	w.Resize(fyne.NewSize(900, 600))
	if wrapped.Size().Height >= h {
		t.Errorf("at 900 wide height %v, at 220 %v", wrapped.Size().Height, h)
	}
}

func TestLabelAlignment(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	for _, c := range []struct {
		rtl       bool
		align     fyne.TextAlign
		wantRight bool
	}{
		{true, fyne.TextAlignLeading, true},
		{true, fyne.TextAlignTrailing, false},
		{false, fyne.TextAlignLeading, false},
		{false, fyne.TextAlignTrailing, true},
	} {
		withDirection(t, c.rtl, func() {
			l := NewLabel("کد 12")
			l.Alignment = c.align
			w := test.NewWindow(l)
			defer w.Close()
			w.SetPadded(false)
			w.Resize(fyne.NewSize(300, 40))
			r := test.WidgetRenderer(l).(*labelRenderer)
			right := r.texts[len(r.texts)-1].Position().X+r.texts[len(r.texts)-1].Size().Width > 250
			if right != c.wantRight {
				t.Errorf("rtl=%v align=%v: text at right = %v", c.rtl, c.align, right)
			}
		})
	}
}
