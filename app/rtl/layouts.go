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

// Table is widget.Table with logical column ids: create/update callbacks, SetColumnWidth and
// the header see column 0 as the first field, which is drawn at the start side (rightmost
// in Persian). A right-to-left table wider than its view opens scrolled to its right end,
// where column 0 is.
type Table struct {
	widget.Table
	cols     func() int
	scrolled bool
}

// NewTable is widget.NewTable with logical columns (see Table).
func NewTable(length func() (rows, cols int), create func() fyne.CanvasObject,
	update func(id widget.TableCellID, cell fyne.CanvasObject)) *Table {
	t := &Table{cols: func() int { _, n := length(); return n }}
	t.Length = length
	t.CreateCell = create
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		id.Col = Column(id.Col, t.cols())
		update(id, o)
	}
	t.ExtendBaseWidget(t)
	return t
}

// SetColumnWidth sets the width of logical column col.
func (t *Table) SetColumnWidth(col int, width float32) {
	t.Table.SetColumnWidth(Column(col, t.cols()), width)
}

// Resize scrolls a right-to-left table to its start side the first time it gets a size.
func (t *Table) Resize(size fyne.Size) {
	t.Table.Resize(size)
	if Enabled && !t.scrolled && size.Width > 0 {
		t.scrolled = true
		t.ScrollToTrailing()
	}
}

// SetTableColumnWidth sets the width of logical column col of a plain widget.Table whose
// callbacks map columns with Column.
func SetTableColumnWidth(t *widget.Table, col, ncols int, width float32) {
	t.SetColumnWidth(Column(col, ncols), width)
}

// NewTableWithHeader is NewTable with a header row of bold bidi labels, headers[i] naming
// logical column i, and the given logical column widths.
func NewTableWithHeader(headers []string, widths []float32, rows func() int,
	create func() fyne.CanvasObject, update func(id widget.TableCellID, cell fyne.CanvasObject)) *Table {
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
		t.SetColumnWidth(i, w)
	}
	return t
}
