package rtl

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// Mirror returns l reflected left to right when Enabled (and l itself otherwise): every object
// is placed where l puts it, then flipped about the container's vertical axis. Any Fyne layout
// becomes its right-to-left version this way: HBox starts at the right, a Border's "left" is on
// the right, a Form's labels column is on the right, a GridWrap fills from the right.
func Mirror(l fyne.Layout) fyne.Layout {
	if !Enabled {
		return l
	}
	return &mirrored{inner: l}
}

type mirrored struct{ inner fyne.Layout }

func (m *mirrored) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	m.inner.Layout(objects, size)
	for _, o := range objects {
		p := o.Position()
		o.Move(fyne.NewPos(size.Width-p.X-o.Size().Width, p.Y))
	}
}

func (m *mirrored) MinSize(objects []fyne.CanvasObject) fyne.Size { return m.inner.MinSize(objects) }

// NewHBox is container.NewHBox laid out from the start side: the first object is rightmost
// in the right-to-left build.
func NewHBox(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(Mirror(layout.NewHBoxLayout()), objects...)
}

// NewBorder is container.NewBorder with start/end instead of left/right: start (typically
// the navigation) is on the right in the right-to-left build.
func NewBorder(top, bottom, start, end fyne.CanvasObject, center ...fyne.CanvasObject) *fyne.Container {
	objs := append([]fyne.CanvasObject{}, center...)
	for _, o := range []fyne.CanvasObject{top, bottom, start, end} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(Mirror(layout.NewBorderLayout(top, bottom, start, end)), objs...)
}

// NewForm lays out label/field pairs in two columns, labels on the start side (right in
// Persian). Strings among objects become start-aligned bidi labels, so
// NewForm("نشانی", addressEntry, "وضعیت", statusSelect) reads naturally.
func NewForm(pairs ...any) *fyne.Container {
	objs := make([]fyne.CanvasObject, 0, len(pairs))
	for _, p := range pairs {
		switch v := p.(type) {
		case string:
			l := NewLabel(v)
			l.TextStyle.Bold = true
			objs = append(objs, l)
		case fyne.CanvasObject:
			objs = append(objs, v)
		default:
			panic("rtl.NewForm: want string or fyne.CanvasObject")
		}
	}
	return container.New(Mirror(layout.NewFormLayout()), objs...)
}

// NewGridWithColumns is container.NewGridWithColumns filling rows from the start side.
func NewGridWithColumns(cols int, objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(Mirror(layout.NewGridLayoutWithColumns(cols)), objects...)
}

// NewGridWrap is container.NewGridWrap filling rows from the start side.
func NewGridWrap(size fyne.Size, objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(Mirror(layout.NewGridWrapLayout(size)), objects...)
}

// NewToolbar builds a widget.Toolbar whose first item is at the start side (right in Persian);
// spacers and separators keep their meaning. Directional icons should come from Icon.
func NewToolbar(items ...widget.ToolbarItem) *widget.Toolbar {
	if Enabled {
		rev := make([]widget.ToolbarItem, len(items))
		for i, it := range items {
			rev[len(items)-1-i] = it
		}
		items = rev
	}
	return widget.NewToolbar(items...)
}

// Column maps between logical column numbers (0 is the first field, e.g. the request id)
// and the visual columns of a table with n columns: in the right-to-left build column 0 is
// drawn rightmost. The mapping is its own inverse.
func Column(col, n int) int {
	if !Enabled {
		return col
	}
	return n - 1 - col
}

// NewTable wraps widget.NewTable so that create/update receive logical column ids (0 is the
// first field) while the table shows column 0 at the start side. Use SetColumnWidth on the
// result with logical columns through SetTableColumnWidth.
func NewTable(length func() (rows, cols int), create func() fyne.CanvasObject,
	update func(id widget.TableCellID, cell fyne.CanvasObject)) *widget.Table {
	t := widget.NewTable(length, create, func(id widget.TableCellID, o fyne.CanvasObject) {
		_, n := length()
		id.Col = Column(id.Col, n)
		update(id, o)
	})
	return t
}

// SetTableColumnWidth sets the width of logical column col of a table from NewTable.
func SetTableColumnWidth(t *widget.Table, col, ncols int, width float32) {
	t.SetColumnWidth(Column(col, ncols), width)
}

// NewTableWithHeader is NewTable with a header row of bold bidi labels, headers[i] naming
// logical column i, and the given logical column widths.
func NewTableWithHeader(headers []string, widths []float32, rows func() int,
	create func() fyne.CanvasObject, update func(id widget.TableCellID, cell fyne.CanvasObject)) *widget.Table {
	n := len(headers)
	t := NewTable(func() (int, int) { return rows(), n }, create, update)
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		l := NewCellLabel("")
		l.TextStyle.Bold = true
		return l
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col < 0 {
			return
		}
		if l, ok := o.(*Label); ok {
			l.SetText(headers[Column(id.Col, n)])
		}
	}
	for i, w := range widths {
		SetTableColumnWidth(t, i, n, w)
	}
	return t
}
