package rtl_test

import (
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/app/theme"
)

// update rewrites the golden PNGs in testdata/ instead of comparing: go test ./app/rtl -update
var update = flag.Bool("update", false, "rewrite golden images in testdata/")

// Sample is the hard line: Persian with Persian digits, European digits, a code with
// hyphens and a parenthesised Latin word.
const Sample = "درخواست آسفالت کوچه ۱۲ خیابان 124 گلسار، کد 137-1405-000736 (Rasht)"

func newApp(t *testing.T) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
}

// golden renders content at size and compares it with testdata/name.
func golden(t *testing.T, name string, content fyne.CanvasObject, size fyne.Size) {
	t.Helper()
	w := test.NewWindow(content)
	defer w.Close()
	w.SetPadded(false)
	w.Resize(size)
	img := w.Canvas().Capture()
	if *update {
		writePNG(t, filepath.Join("testdata", name), img)
		return
	}
	test.AssertImageMatches(t, name, img)
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func TestGoldenLabel(t *testing.T) {
	newApp(t)
	golden(t, "label.png", rtl.NewLabel(Sample), fyne.NewSize(560, 40))
}

func TestGoldenWrapped(t *testing.T) {
	newApp(t)
	l := rtl.NewWrappedLabel(Sample + "\n" + "شهروند گفته است: «آب از لولهٔ 3 اینچی نشت می‌کند» و کد پیگیری 98-7 است.")
	golden(t, "wrapped.png", l, fyne.NewSize(260, 240))
}

func TestGoldenCell(t *testing.T) {
	newApp(t)
	golden(t, "cell.png", rtl.NewCellLabel(Sample), fyne.NewSize(300, 40))
}

// TestOverrideCannotFlipNeighbour puts a text carrying U+202E (RIGHT-TO-LEFT OVERRIDE) beside
// a plain label: the neighbour must render exactly as it does alone.
func TestOverrideCannotFlipNeighbour(t *testing.T) {
	newApp(t)
	evil := rtl.NewLabel("نام: \u202Eabc 123")
	plain := rtl.NewLabel("کد 137-1405-000736 (Rasht)")
	golden(t, "override.png", container.NewVBox(evil, plain), fyne.NewSize(320, 80))
	alone := rtl.NewLabel("کد 137-1405-000736 (Rasht)")
	golden(t, "override_neighbour_alone.png", container.NewVBox(rtl.NewLabel("نام: abc 123"), alone), fyne.NewSize(320, 80))
}

func TestGoldenButton(t *testing.T) {
	newApp(t)
	plain := rtl.NewButton(Sample, func() {})
	high := rtl.NewButtonWithIcon("ثبت کد 137-1405-000736", theme.Regular, nil)
	high.StartIcon = fynetheme.ConfirmIcon()
	high.Importance = widget.HighImportance
	golden(t, "button.png", container.NewVBox(plain, rtl.NewHBox(high)), fyne.NewSize(600, 100))
}

func TestGoldenEntry(t *testing.T) {
	newApp(t)
	e := rtl.NewEntry()
	ph := rtl.NewEntry()
	ph.PlaceHolder = "جست‌وجو در متن، نشانی یا کد 137…"
	multi := rtl.NewMultiLineEntry()
	box := container.NewVBox(e, ph, multi)
	w := test.NewWindow(box)
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(560, 200))
	multi.SetText(Sample + "\nیادداشت: بازدید 2 بار")
	w.Canvas().Focus(e)
	test.Type(e, Sample)
	img := w.Canvas().Capture()
	if *update {
		writePNG(t, filepath.Join("testdata", "entry.png"), img)
		return
	}
	test.AssertImageMatches(t, "entry.png", img)
}
