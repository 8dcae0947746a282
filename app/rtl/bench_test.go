package rtl

import (
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik/app/theme"
)

const sample = "درخواست آسفالت کوچه ۱۲ خیابان 124 گلسار، کد 137-1405-000736 (Rasht)"

// BenchmarkCellLabels is a page of the inbox: 50 truncating cells get new texts and are laid
// out, as when the clerk scrolls a table.
func BenchmarkCellLabels(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(theme.Light())
	cells := make([]fyne.CanvasObject, 50)
	for i := range cells {
		cells[i] = NewCellLabel("")
	}
	w := test.NewWindow(container.NewVBox(cells...))
	defer w.Close()
	w.Resize(fyne.NewSize(300, 2000))
	n := 0
	for b.Loop() {
		n++
		for i, c := range cells {
			c.(*Label).SetText(sample + " " + strconv.Itoa(n*100+i))
		}
	}
}

// BenchmarkWrappedLabel lays out a long note at a new width.
func BenchmarkWrappedLabel(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(theme.Light())
	text := sample + " " + sample + "\n" + sample + " " + sample + " " + sample
	l := NewWrappedLabel(text)
	w := test.NewWindow(l)
	defer w.Close()
	width := float32(200)
	for b.Loop() {
		width += 1
		if width > 600 {
			width = 200
		}
		l.Resize(fyne.NewSize(width, 300))
	}
}

// BenchmarkEntryKeystrokeLongNote is one keystroke at the end of a 600-character note
// (the entry re-lays out and re-measures every caret stop).
func BenchmarkEntryKeystrokeLongNote(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(theme.Light())
	e := NewMultiLineEntry()
	w := test.NewWindow(e)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	text := ""
	for len([]rune(text)) < 600 {
		text += sample + " "
	}
	e.SetText(text)
	for b.Loop() {
		e.TypedRune('ب')
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
}
