package rtl

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ProgressBar is widget.ProgressBar filling from the start side (right to left in Persian,
// as progress runs in the reading direction) with its percentage in Persian digits, «۴۰٪».
type ProgressBar struct {
	widget.ProgressBar
}

// NewProgressBar returns a bar from 0 to 1.
func NewProgressBar() *ProgressBar {
	p := &ProgressBar{}
	p.Min, p.Max = 0, 1
	p.TextFormatter = p.percent
	p.ExtendBaseWidget(p)
	return p
}

func (p *ProgressBar) percent() string {
	ratio := 0.0
	if p.Max > p.Min {
		ratio = (p.Value - p.Min) / (p.Max - p.Min)
	}
	ratio = max(0, min(1, ratio))
	s := strconv.Itoa(int(ratio*100)) + "%"
	if Enabled {
		s = persianPercent.Replace(s)
	}
	return s
}

var persianPercent = strings.NewReplacer("0", "۰", "1", "۱", "2", "۲", "3", "۳", "4", "۴",
	"5", "۵", "6", "۶", "7", "۷", "8", "۸", "9", "۹", "%", "٪")

// CreateRenderer implements fyne.Widget.
func (p *ProgressBar) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	return &progressRenderer{WidgetRenderer: p.ProgressBar.CreateRenderer(), bar: p}
}

// progressRenderer moves Fyne's filled rectangle to the start side after each layout.
type progressRenderer struct {
	fyne.WidgetRenderer
	bar *ProgressBar
}

func (r *progressRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.mirror(size)
}

func (r *progressRenderer) Refresh() {
	r.WidgetRenderer.Refresh() // lays the bar out again from the left
	r.mirror(r.bar.Size())
}

func (r *progressRenderer) mirror(size fyne.Size) {
	objs := r.WidgetRenderer.Objects()
	if !Enabled || len(objs) < 2 {
		return
	}
	// Fyne's objects are background, bar, label: the bar grows from x=0.
	fill := objs[1]
	fill.Move(fyne.NewPos(size.Width-fill.Size().Width, 0))
}
