package rtl

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Check is a check box with a bidi label on its end side: the box on the right and the label
// to its left in Persian. Tapping the label toggles it too.
type Check struct {
	widget.BaseWidget

	Box   *widget.Check
	Label *Label
}

// NewCheck returns a check box calling changed when toggled.
func NewCheck(label string, changed func(bool)) *Check {
	c := &Check{Box: widget.NewCheck("", changed), Label: NewLabel(label)}
	c.ExtendBaseWidget(c)
	return c
}

// Checked reports the state.
func (c *Check) Checked() bool { return c.Box.Checked }

// SetChecked sets the state, calling the changed callback like widget.Check.
func (c *Check) SetChecked(v bool) { c.Box.SetChecked(v) }

// Tapped toggles the box when the label is tapped.
func (c *Check) Tapped(*fyne.PointEvent) {
	if !c.Box.Disabled() {
		c.Box.SetChecked(!c.Box.Checked)
	}
}

// CreateRenderer implements fyne.Widget.
func (c *Check) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	return widget.NewSimpleRenderer(NewHBox(c.Box, c.Label))
}

// NewHSplit puts start (the list, in a master/detail screen) on the start side; offset is the
// start side's share of the width, whichever side that is.
func NewHSplit(start, end fyne.CanvasObject, offset float64) *container.Split {
	if !Enabled {
		s := container.NewHSplit(start, end)
		s.SetOffset(offset)
		return s
	}
	s := container.NewHSplit(end, start)
	s.SetOffset(1 - offset)
	return s
}
