package gallery

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/tafkik/tafkik/app/rtl"
)

// Sample is the hard line.
const Sample = "درخواست آسفالت کوچه ۱۲ خیابان 124 گلسار، کد 137-1405-000736 (Rasht)"

// New returns the gallery's content.
func New() fyne.CanvasObject {
	return container.NewVScroll(container.NewVBox(
		rtl.NewLabel(Sample),
		rtl.NewWrappedLabel(Sample),
		rtl.NewButton(Sample, nil),
	))
}
