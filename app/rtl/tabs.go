package rtl

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Tabs is a row of tab buttons over a content area, the first tab at the start side (right
// in Persian), with bidi titles. container.AppTabs always starts at the left.
type Tabs struct {
	widget.BaseWidget

	Items []*container.TabItem
	// OnSelected is called after the user or SelectIndex changes the tab.
	OnSelected func(*container.TabItem)

	selected int
	header   *fyne.Container
	buttons  []*Button
	marks    []*canvas.Rectangle
	content  *fyne.Container
}

// NewTabs returns tabs showing the first item.
func NewTabs(items ...*container.TabItem) *Tabs {
	t := &Tabs{Items: items}
	t.ExtendBaseWidget(t)
	return t
}

// Selected returns the shown item, or nil without items.
func (t *Tabs) Selected() *container.TabItem {
	if t.selected < 0 || t.selected >= len(t.Items) {
		return nil
	}
	return t.Items[t.selected]
}

// SelectedIndex returns the index of the shown item.
func (t *Tabs) SelectedIndex() int { return t.selected }

// SelectIndex shows item i.
func (t *Tabs) SelectIndex(i int) {
	if i < 0 || i >= len(t.Items) {
		return
	}
	changed := i != t.selected
	t.selected = i
	t.Refresh()
	if changed && t.OnSelected != nil {
		t.OnSelected(t.Items[i])
	}
}

// Select shows item, if it is one of the tabs.
func (t *Tabs) Select(item *container.TabItem) {
	for i, it := range t.Items {
		if it == item {
			t.SelectIndex(i)
			return
		}
	}
}

// Append adds a tab at the end.
func (t *Tabs) Append(item *container.TabItem) {
	t.Items = append(t.Items, item)
	t.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (t *Tabs) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	t.header = container.New(Mirror(layout.NewHBoxLayout()))
	t.content = container.NewStack()
	sep := widget.NewSeparator()
	t.build()
	border := container.NewBorder(container.NewVBox(NewHBox(t.header, layout.NewSpacer()), sep), nil, nil, nil, t.content)
	return &tabsRenderer{tabs: t, root: border}
}

func (t *Tabs) build() {
	if t.header == nil {
		return
	}
	for len(t.buttons) < len(t.Items) {
		i := len(t.buttons)
		b := NewButton("", func() { t.SelectIndex(i) })
		b.Importance = widget.LowImportance
		mark := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
		mark.SetMinSize(fyne.NewSize(0, 3))
		t.buttons = append(t.buttons, b)
		t.marks = append(t.marks, mark)
	}
	objs := make([]fyne.CanvasObject, 0, len(t.Items))
	for i, it := range t.Items {
		b := t.buttons[i]
		b.Label = it.Text
		b.StartIcon = it.Icon
		m := t.marks[i]
		m.Hidden = i != t.selected
		m.FillColor = t.Theme().Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())
		objs = append(objs, container.NewBorder(nil, m, nil, nil, b))
		b.Refresh()
		m.Refresh()
	}
	t.header.Objects = objs
	t.header.Refresh()
	if s := t.Selected(); s != nil {
		t.content.Objects = []fyne.CanvasObject{s.Content}
	} else {
		t.content.Objects = nil
	}
	t.content.Refresh()
}

type tabsRenderer struct {
	tabs *Tabs
	root *fyne.Container
}

func (r *tabsRenderer) Layout(s fyne.Size)           { r.root.Resize(s) }
func (r *tabsRenderer) MinSize() fyne.Size           { return r.root.MinSize() }
func (r *tabsRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.root} }
func (r *tabsRenderer) Destroy()                     {}
func (r *tabsRenderer) Refresh()                     { r.tabs.build(); r.root.Refresh() }
