package theme

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	fynetheme "fyne.io/fyne/v2/theme"
)

func TestTheme(t *testing.T) {
	test.NewTempApp(t) // Fyne's default theme reads the app's settings
	cases := []struct {
		name  string
		th    *Theme
		asked fyne.ThemeVariant
		want  fyne.ThemeVariant
	}{
		{"follows light", New(), fynetheme.VariantLight, fynetheme.VariantLight},
		{"follows dark", New(), fynetheme.VariantDark, fynetheme.VariantDark},
		{"forced dark", Dark(), fynetheme.VariantLight, fynetheme.VariantDark},
		{"forced light", Light(), fynetheme.VariantDark, fynetheme.VariantLight},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.th.Color(fynetheme.ColorNameBackground, c.asked)
			want := fynetheme.DefaultTheme().Color(fynetheme.ColorNameBackground, c.want)
			if got != want {
				t.Errorf("background %v, want %v", got, want)
			}
		})
	}
	th := New()
	if th.Font(fyne.TextStyle{}) != Regular || th.Font(fyne.TextStyle{Bold: true}) != Bold {
		t.Error("text styles do not use Vazirmatn")
	}
	if len(Regular.Content()) < 50000 || len(Bold.Content()) < 50000 {
		t.Error("embedded fonts look truncated")
	}
	if th.Size(fynetheme.SizeNameText) < 14 {
		t.Errorf("text size %v is below Fyne's default", th.Size(fynetheme.SizeNameText))
	}
	big := &Theme{Scale: 1.25}
	if big.Size(fynetheme.SizeNameText) != 1.25*th.Size(fynetheme.SizeNameText) {
		t.Error("Scale does not enlarge text")
	}
}
