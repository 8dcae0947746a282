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
	"fyne.io/fyne/v2/driver/desktop"
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

// TestOverrideCannotFlipNeighbour puts a text carrying U+202E (RIGHT-TO-LEFT OVERRIDE) above
// and beside a plain label: the neighbour must render pixel for pixel as it does next to a
// harmless text, and the hostile text itself must render as if the control were absent.
func TestOverrideCannotFlipNeighbour(t *testing.T) {
	newApp(t)
	const neighbour = "کد 137-1405-000736 (Rasht)"
	render := func(first string) image.Image {
		box := container.NewVBox(
			rtl.NewLabel(first),
			rtl.NewHBox(rtl.NewLabel(first), rtl.NewLabel(neighbour)),
			rtl.NewLabel(neighbour),
		)
		w := test.NewWindow(box)
		defer w.Close()
		w.SetPadded(false)
		w.Resize(fyne.NewSize(480, 120))
		return w.Canvas().Capture()
	}
	hostile := render("نام: \u202Eabc 123 \u2067شهر")
	clean := render("نام: abc 123 شهر")
	if *update {
		writePNG(t, filepath.Join("testdata", "override.png"), hostile)
	} else {
		test.AssertImageMatches(t, "override.png", hostile)
	}
	if !sameImage(hostile, clean) {
		writePNG(t, filepath.Join(t.TempDir(), "clean.png"), clean)
		t.Error("a text with U+202E rendered differently from the same text without it")
	}
}

func sameImage(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}

// TestGoldenTable shows a table through NewTableWithHeader: logical column 0 (the code) is
// drawn rightmost, cells truncate at the end of their text.
func TestGoldenTable(t *testing.T) {
	newApp(t)
	rows := [][]string{
		{"137-1405-000736", Sample, "۱۴۰۵/۰۲/۱۴"},
		{"137-1405-000737", "چراغ خیابان 12 خاموش (برق)", "۱۴۰۵/۰۲/۱۵"},
	}
	tbl := rtl.NewTableWithHeader([]string{"کد", "متن درخواست", "تاریخ"}, []float32{150, 260, 100},
		func() int { return len(rows) },
		func() fyne.CanvasObject { return rtl.NewCellLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*rtl.Label).SetText(rows[id.Row][id.Col]) })
	golden(t, "table.png", tbl, fyne.NewSize(540, 130))

	// Narrower than its columns: it opens at its right end, where the code column is.
	narrow := rtl.NewTableWithHeader([]string{"کد", "متن درخواست", "تاریخ"}, []float32{150, 260, 100},
		func() int { return len(rows) },
		func() fyne.CanvasObject { return rtl.NewCellLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*rtl.Label).SetText(rows[id.Row][id.Col]) })
	golden(t, "table_narrow.png", narrow, fyne.NewSize(300, 130))
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

// TestGoldenDark renders a label, a button and a focused entry in the dark variant.
func TestGoldenDark(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Dark())
	e := rtl.NewEntry()
	b := rtl.NewButtonWithIcon("ثبت", fynetheme.ConfirmIcon(), nil)
	b.Importance = widget.HighImportance
	box := container.NewVBox(rtl.NewLabel(Sample), rtl.NewHBox(b), e)
	w := test.NewWindow(box)
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(560, 130))
	w.Canvas().Focus(e)
	test.Type(e, "آب 12 برق")
	img := w.Canvas().Capture()
	if *update {
		writePNG(t, filepath.Join("testdata", "dark.png"), img)
		return
	}
	test.AssertImageMatches(t, "dark.png", img)
}

// TestGoldenRich: a bold field name before a value, and a search for «كوچه 12» (Arabic kaf,
// ASCII digits) highlighted in the sample, plus «خواس» highlighted inside «درخواست», which must
// stay one joined word.
func TestGoldenRich(t *testing.T) {
	newApp(t)
	field := rtl.NewRichLabel(rtl.Span{Text: "نشانی: ", Bold: true}, rtl.Span{Text: "گلسار، خیابان 124، کوچه ۱۲ (Rasht)"})
	found := rtl.NewRichLabel(rtl.Highlight(Sample, "كوچه 12")...)
	inside := rtl.NewRichLabel(rtl.Highlight("درخواست آسفالت کوچه", "خواس")...)
	golden(t, "rich.png", container.NewVBox(field, found, inside), fyne.NewSize(560, 130))
}

func TestHighlight(t *testing.T) {
	spans := rtl.Highlight(Sample, "كوچه 12")
	var marked []string
	for _, s := range spans {
		if s.Highlight {
			marked = append(marked, s.Text)
		}
	}
	if len(marked) != 1 || marked[0] != "کوچه ۱۲" {
		t.Errorf("marked %q", marked)
	}
	if got := rtl.Highlight("abc", ""); len(got) != 1 || got[0].Text != "abc" {
		t.Errorf("empty query: %+v", got)
	}
}

// TestGoldenEmoji: an emoji (not in Vazirmatn, drawn from Fyne's fallback font) inside a
// Persian sentence stays between the words around it.
func TestGoldenEmoji(t *testing.T) {
	newApp(t)
	golden(t, "emoji.png", rtl.NewLabel("سلام 🙏🌹 ممنون از پیگیری کوچه 12"), fyne.NewSize(320, 40))
}

// TestGoldenSelection: a wrapped note; Up from the end, Home, then Shift+Left 14 times from
// the first line's right edge selects «درخواست آسفالت», its first two words.
func TestGoldenSelection(t *testing.T) {
	newApp(t)
	e := rtl.NewMultiLineEntry()
	w := test.NewWindow(e)
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 110))
	w.Canvas().Focus(e)
	test.Type(e, Sample)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for i := 0; i < 14; i++ {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	}
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	img := w.Canvas().Capture()
	if *update {
		writePNG(t, filepath.Join("testdata", "selection.png"), img)
		return
	}
	test.AssertImageMatches(t, "selection.png", img)
}

// TestGoldenProgress: 40% fills the right 40% of the bar (progress runs in the reading
// direction) and reads «۴۰٪».
func TestGoldenProgress(t *testing.T) {
	newApp(t)
	p := rtl.NewProgressBar()
	p.SetValue(0.4)
	w := test.NewWindow(p)
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 40))
	if got := p.TextFormatter(); got != "۴۰٪" {
		t.Errorf("text %q, want «۴۰٪»", got)
	}
	img := w.Canvas().Capture()
	// The dark primary colour fills the right side, the pale track the left.
	y := img.Bounds().Dy() / 2
	luma := func(x int) uint32 { r, g, b, _ := img.At(x, y).RGBA(); return r + g + b }
	if right, left := luma(img.Bounds().Dx()*4/5), luma(img.Bounds().Dx()/5); right >= left {
		t.Errorf("brightness at 80%% width %d, at 20%% %d: want the filled (darker) part on the right", right, left)
	}
	golden(t, "progress.png", p, fyne.NewSize(300, 40))
}
