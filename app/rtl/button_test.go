package rtl

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	fynetheme "fyne.io/fyne/v2/theme"

	"github.com/tafkik/tafkik/app/theme"
)

func TestButton(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	taps := 0
	b := NewButton("ثبت", func() { taps++ })
	w := test.NewWindow(b)
	defer w.Close()
	w.Resize(fyne.NewSize(200, 60))
	test.Tap(b)
	if taps != 1 {
		t.Errorf("taps = %d", taps)
	}
	b.SetText("ثبت کد 137")
	b.Button.Icon = fynetheme.ConfirmIcon()
	b.Refresh()
	if b.Label != "ثبت کد 137" || b.Text != "" || b.StartIcon == nil || b.Button.Icon != nil {
		t.Errorf("label %q text %q icon %v", b.Label, b.Text, b.StartIcon)
	}
	r := test.WidgetRenderer(b).(*buttonRenderer)
	if r.label.Text != "ثبت کد 137" {
		t.Errorf("drawn label %q", r.label.Text)
	}
	b.Disable()
	test.Tap(b)
	if taps != 1 {
		t.Error("a disabled button was tapped")
	}
}
