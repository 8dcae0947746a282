package gallery

import (
	"image/png"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik/app/rtl"

	"github.com/tafkik/tafkik/app/theme"
)

// TestGalleryRenders builds the gallery in a test window and checks it lays out at the
// office screen size; GALLERY_PNG=path saves the software-rendered capture for a look.
func TestGalleryRenders(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	w := test.NewWindow(NewAt(time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC)))
	defer w.Close()
	w.Resize(fyne.NewSize(1366, 768))
	img := w.Canvas().Capture()
	if img.Bounds().Dx() < 1000 {
		t.Fatalf("capture %v", img.Bounds())
	}
	if path := os.Getenv("GALLERY_PNG"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGalleryLeftToRight builds the gallery with the switch off: the left-to-right build
// must still lay out.
func TestGalleryLeftToRight(t *testing.T) {
	rtl.Enabled = false
	defer func() { rtl.Enabled = true }()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	w := test.NewWindow(NewAt(time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC)))
	defer w.Close()
	w.Resize(fyne.NewSize(1366, 768))
	if img := w.Canvas().Capture(); img.Bounds().Dx() < 1000 {
		t.Fatalf("capture %v", img.Bounds())
	}
}
