package rtl

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ShowPopUpMenu shows menu's items at pos on c, laid out for the reading direction: each
// item a bidi label at the start side, the menu opening toward the end side (to the left of
// the pointer in Persian) unless the window is too narrow there. The keyboard is on the
// menu: Up/Down, Enter, Escape, as in Select's list. Separators are left out. It returns the
// pop-up, hidden again when an item is chosen or the user taps outside.
func ShowPopUpMenu(menu *fyne.Menu, c fyne.Canvas, pos fyne.Position) *widget.PopUp {
	var items []*fyne.MenuItem
	var labels []string
	for _, it := range menu.Items {
		if it.IsSeparator {
			continue
		}
		items = append(items, it)
		labels = append(labels, it.Label)
	}
	var pop *widget.PopUp
	list := newOptionList(labels, -1, func(i int) {
		pop.Hide()
		if items[i].Action != nil {
			items[i].Action()
		}
	}, func() { pop.Hide() })
	list.disabled = func(i int) bool { return items[i].Disabled }
	pop = widget.NewPopUp(list, c)

	pad := theme.Size(theme.SizeNameInnerPadding)
	size := list.box.MinSize().Add(fyne.NewSquareSize(pad))
	cs := c.Size()
	size = size.Min(cs)
	x := pos.X
	if Enabled {
		x = pos.X - size.Width
		if x < 0 {
			x = pos.X
		}
	}
	x = max(0, min(x, cs.Width-size.Width))
	y := max(0, min(pos.Y, cs.Height-size.Height))
	pop.Move(fyne.NewPos(x, y))
	pop.Resize(size)
	pop.Show()
	c.Focus(list)
	return pop
}
