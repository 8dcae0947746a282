package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// barFill is a layout that gives its one object a share of the width, from the right edge,
// so bars grow leftwards as a right-to-left reader expects.
type barFill struct{ frac float32 }

func (b barFill) MinSize(objs []fyne.CanvasObject) fyne.Size { return fyne.NewSize(10, 18) }

func (b barFill) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := size.Width * b.frac
	if b.frac > 0 && w < 2 {
		w = 2
	}
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height-4))
		o.Move(fyne.NewPos(size.Width-w, 2))
	}
}

func barColor() color.Color { return theme.Color(theme.ColorNamePrimary) }

// hbars draws one horizontal bar per item: label on the right, the bar, the count on the left.
func hbars(items []Bar, value func(Bar) int, max int) fyne.CanvasObject {
	top := 0
	for _, b := range items {
		if v := value(b); v > top {
			top = v
		}
	}
	box := container.NewVBox()
	for i, b := range items {
		if i >= max {
			break
		}
		v := value(b)
		frac := float32(0)
		if top > 0 {
			frac = float32(v) / float32(top)
		}
		rect := canvas.NewRectangle(barColor())
		rect.CornerRadius = 2
		label := newLabel(b.Label)
		labelBox := container.NewGridWrap(fyne.NewSize(150, label.MinSize().Height), label)
		count := newLabel(num(v))
		countBox := container.NewGridWrap(fyne.NewSize(70, count.MinSize().Height), count)
		box.Add(container.NewBorder(nil, nil, countBox, labelBox, container.New(barFill{frac}, rect)))
	}
	return box
}

// columnsLayout lays columns side by side from the right, each as tall as its share.
type columnsLayout struct{ fracs []float32 }

func (c columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return fyne.NewSize(200, 120) }

func (c columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	n := len(objs)
	if n == 0 {
		return
	}
	slot := size.Width / float32(n)
	for i, o := range objs {
		h := size.Height * c.fracs[i]
		x := size.Width - slot*float32(i+1) + slot*0.15 // the first column is the rightmost
		o.Resize(fyne.NewSize(slot*0.7, h))
		o.Move(fyne.NewPos(x, size.Height-h))
	}
}

// columns is a column chart (the weekly trend): oldest on the right, labels underneath.
func columns(items []Bar) fyne.CanvasObject {
	top := 0
	for _, b := range items {
		if b.Requests > top {
			top = b.Requests
		}
	}
	var rects, labels []fyne.CanvasObject
	fracs := make([]float32, len(items))
	for i, b := range items {
		if top > 0 {
			fracs[i] = float32(b.Requests) / float32(top)
		}
		r := canvas.NewRectangle(barColor())
		rects = append(rects, r)
		t := canvas.NewText(num(b.Requests), theme.Color(theme.ColorNameForeground))
		t.Alignment = fyne.TextAlignCenter
		t.TextSize = theme.CaptionTextSize()
		l := canvas.NewText(fa(b.Label), theme.Color(theme.ColorNameForeground))
		l.Alignment = fyne.TextAlignCenter
		l.TextSize = theme.CaptionTextSize()
		labels = append(labels, container.NewVBox(t, l))
	}
	// Grid columns run left to right; reverse so the oldest week sits on the right.
	rev := make([]fyne.CanvasObject, len(labels))
	for i := range labels {
		rev[len(labels)-1-i] = labels[i]
	}
	chart := container.New(columnsLayout{fracs}, rects...)
	return container.NewBorder(nil, container.NewGridWithColumns(max(1, len(rev)), rev...), nil, nil, chart)
}

// bigNumber is one of the three numbers the mission is about.
func bigNumber(value int, caption string, c color.Color) (fyne.CanvasObject, *canvas.Text) {
	t := canvas.NewText(num(value), c)
	t.TextSize = 44
	t.TextStyle.Bold = true
	t.Alignment = fyne.TextAlignCenter
	cap := newLabel(caption)
	cap.Alignment = fyne.TextAlignCenter
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = 8
	return container.NewStack(bg, container.NewPadded(container.NewVBox(t, cap))), t
}
