package rtl

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik/app/theme"
)

func newTestEntry(t *testing.T, multi bool, width float32) (*Entry, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	e := NewEntry()
	e.MultiLine = multi
	w := test.NewWindow(e)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(width, e.MinSize().Height))
	w.Canvas().Focus(e)
	return e, w
}

func key(e *Entry, name fyne.KeyName) { e.TypedKey(&fyne.KeyEvent{Name: name}) }

// textBounds returns the leftmost and rightmost x of the drawn text, in content coordinates.
func textBounds(e *Entry) (float32, float32) {
	g := e.ensureGeometry()
	left := e.textLeft(g)
	lo, hi := float32(1e9), float32(-1e9)
	for _, ln := range g.tl.lines {
		for _, r := range ln.runs {
			lo = min(lo, left+r.x)
			hi = max(hi, left+r.x+r.w)
		}
	}
	return lo, hi
}

// TestCaretAfterTyping: after typing «آب 12 برق» the caret is at the visual end of «برق»,
// the leftmost point of the text, where the next Persian letter will appear.
func TestCaretAfterTyping(t *testing.T) {
	e, _ := newTestEntry(t, false, 400)
	test.Type(e, "آب 12 برق")
	if e.Text != "آب 12 برق" || e.CursorIndex() != 9 {
		t.Fatalf("text %q caret %d", e.Text, e.CursorIndex())
	}
	lo, hi := textBounds(e)
	if x := e.caretX(); x != lo {
		t.Errorf("caret x = %v, want the text's left edge %v (right edge %v)", x, lo, hi)
	}
	// The text is right-aligned: its right edge is at the content's right edge.
	if w := e.contentWidth(); hi < w-0.5 || hi > w+0.5 {
		t.Errorf("text right edge %v, content width %v", hi, w)
	}
	// After typing digits the caret follows the digits: «آب 12» puts it right of «2».
	e.SetText("")
	test.Type(e, "آب 12")
	g := e.ensureGeometry()
	two := 4 // logical index of '2'
	if x, want := e.caretX(), e.textLeft(g)+g.right[0][g.vpos[two]]; x != want {
		t.Errorf("after «آب 12» caret x = %v, want right of «2» at %v", x, want)
	}
}

// TestCaretMovesVisually: from the end of «آب 12 برق», Right moves one character to the right
// per press all the way across, including through «12», and Left comes back the same way.
func TestCaretMovesVisually(t *testing.T) {
	e, _ := newTestEntry(t, false, 400)
	test.Type(e, "آب 12 برق")
	g := e.ensureGeometry()
	n := len(g.tl.lines[0].Visual)
	var xs []float32
	xs = append(xs, e.caretX())
	for i := 0; i < n; i++ {
		key(e, fyne.KeyRight)
		xs = append(xs, e.caretX())
	}
	for i := 1; i < len(xs); i++ {
		// One character per press: the caret moves to the next character edge.
		want := e.textLeft(g) + g.right[0][i-1]
		if xs[i] != want || xs[i] <= xs[i-1] {
			t.Errorf("press %d: caret x %v, want %v (previous %v)", i, xs[i], want, xs[i-1])
		}
	}
	// A further Right at the right edge stays put.
	key(e, fyne.KeyRight)
	if e.caretX() != xs[n] || e.CursorIndex() != 0 {
		t.Errorf("past the right edge: x %v idx %d", e.caretX(), e.CursorIndex())
	}
	for i := n - 1; i >= 0; i-- {
		key(e, fyne.KeyLeft)
		if e.caretX() != xs[i] {
			t.Errorf("Left to slot %d: x %v want %v", i, e.caretX(), xs[i])
		}
	}
	if e.CursorIndex() != 9 {
		t.Errorf("back at the left edge, index %d, want 9", e.CursorIndex())
	}

	// Between «1» and «2» visually, typing «3» lands between them.
	e.SetText("آب 12 برق")
	for e.caretX() < e.textLeft(g)+g.right[0][g.vpos[3]]-0.01 {
		key(e, fyne.KeyRight)
	}
	test.Type(e, "3")
	if e.Text != "آب 132 برق" {
		t.Errorf("typed between 1 and 2: %q", e.Text)
	}
}

func TestEntryEditing(t *testing.T) {
	e, w := newTestEntry(t, false, 400)
	test.Type(e, "کوچه 12")
	key(e, fyne.KeyBackspace)
	if e.Text != "کوچه 1" {
		t.Errorf("backspace: %q", e.Text)
	}
	key(e, fyne.KeyHome)
	if e.CursorIndex() != 0 {
		t.Errorf("home: %d", e.CursorIndex())
	}
	key(e, fyne.KeyDelete)
	if e.Text != "وچه 1" {
		t.Errorf("delete: %q", e.Text)
	}
	key(e, fyne.KeyEnd)
	if e.CursorIndex() != 5 {
		t.Errorf("end: %d", e.CursorIndex())
	}
	// Shift+Left from the end selects visually: the caret is left of «1» at the end of the
	// text, so the first Shift+Left has nothing to its left... the end of «وچه 1» is after «1»
	// (right of it); Left crosses «1».
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	key(e, fyne.KeyLeft)
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if got := e.SelectedText(); got != "1" {
		t.Errorf("shift+left selected %q", got)
	}
	clip := w.Clipboard()
	e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
	if e.Text != "وچه " || clip.Content() != "1" {
		t.Errorf("cut: text %q clipboard %q", e.Text, clip.Content())
	}
	clip.SetContent("\u202Eabc 137-1405")
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if e.Text != "وچه abc 137-1405" {
		t.Errorf("paste kept controls or lost text: %q", e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if clip.Content() != e.Text {
		t.Errorf("copy all: %q", clip.Content())
	}
	// Word jumps: from the end, Ctrl+Right... the end is after «1405», on the right of the
	// code; Ctrl+Left from the start (rightmost) crosses the word «وچه».
	key(e, fyne.KeyHome)
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierControl})
	if e.CursorIndex() != 3 {
		t.Errorf("ctrl+left from the start: index %d, want 3", e.CursorIndex())
	}
	var submitted string
	e.OnSubmitted = func(s string) { submitted = s }
	key(e, fyne.KeyReturn)
	if submitted != e.Text {
		t.Errorf("submit: %q", submitted)
	}
}

func TestMultiLineEntry(t *testing.T) {
	e, w := newTestEntry(t, true, 200)
	w.Resize(fyne.NewSize(200, 150))
	test.Type(e, "سطر اول")
	key(e, fyne.KeyReturn)
	test.Type(e, "line 2")
	if e.Text != "سطر اول\nline 2" {
		t.Fatalf("text %q", e.Text)
	}
	key(e, fyne.KeyUp)
	g := e.ensureGeometry()
	if e.caret.line != 0 {
		t.Errorf("up: line %d", e.caret.line)
	}
	key(e, fyne.KeyDown)
	if e.caret.line != 1 || len(g.tl.lines) != 2 {
		t.Errorf("down: line %d of %d", e.caret.line, len(g.tl.lines))
	}
}

func BenchmarkEntryTyping(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(theme.Light())
	e := NewMultiLineEntry()
	w := test.NewWindow(e)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 200))
	for b.Loop() {
		e.SetText("")
		test.Type(e, "درخواست آسفالت کوچه ۱۲ خیابان 124 گلسار، کد 137-1405-000736 (Rasht)")
	}
}

func TestEntryTapAndWords(t *testing.T) {
	e, w := newTestEntry(t, false, 400)
	test.Type(e, "آب 12 برق")
	g := e.ensureGeometry()
	pad := e.pad()
	// Tap at the right half of «1»: the caret goes between «1» and «2».
	one := g.vpos[3]
	x := pad + e.textLeft(g) + g.right[0][one] - 1
	test.TapAt(e, fyne.NewPos(x, pad+2))
	if e.CursorIndex() != 4 {
		t.Errorf("tap right of «1»: index %d, want 4", e.CursorIndex())
	}
	// Double tap on «برق» selects it.
	b := g.vpos[7]
	e.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(pad+e.textLeft(g)+g.left[0][b]+1, pad+2)})
	if got := e.SelectedText(); got != "برق" {
		t.Errorf("double tap selected %q", got)
	}
	// Ctrl+Delete from the start removes the first word.
	key(e, fyne.KeyHome)
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDelete, Modifier: fyne.KeyModifierControl})
	if e.Text != " 12 برق" {
		t.Errorf("ctrl+delete: %q", e.Text)
	}
	_ = w
}

// TestEntryScrollsToCaret: a long single line keeps the caret inside the box while editing,
// and shows the text's start (right end) when not focused; a tall note scrolls to the caret.
func TestEntryScrollsToCaret(t *testing.T) {
	e, w := newTestEntry(t, false, 150)
	test.Type(e, "درخواست آسفالت کوچه ۱۲ خیابان 124 گلسار")
	if x := e.caretX(); x < 0 || x > e.contentWidth() {
		t.Errorf("caret at %v outside [0, %v]", x, e.contentWidth())
	}
	w.Canvas().Unfocus()
	g := e.ensureGeometry()
	if _, hi := textBounds(e); hi < e.contentWidth()-0.5 || hi > e.contentWidth()+0.5 || g.tl.width <= e.contentWidth() {
		t.Errorf("unfocused: text right edge %v, box %v, text width %v", hi, e.contentWidth(), g.tl.width)
	}

	m, mw := newTestEntry(t, true, 200)
	mw.Resize(fyne.NewSize(200, m.MinSize().Height))
	for i := 0; i < 8; i++ {
		test.Type(m, "سطر 12")
		key(m, fyne.KeyReturn)
	}
	mg := m.ensureGeometry()
	y := m.textTop(mg) + mg.tl.lines[m.caret.line].y
	if h := m.Size().Height - 2*m.pad(); y < 0 || y+mg.tl.lineHeight > h+0.5 {
		t.Errorf("caret line at y %v, box height %v", y, h)
	}
}

func TestEntryMenuAndMarks(t *testing.T) {
	e, w := newTestEntry(t, false, 300)
	test.Type(e, "بَ")
	key(e, fyne.KeyBackspace)
	if e.Text != "ب" {
		t.Errorf("backspace after a fatha: %q, want the letter kept", e.Text)
	}
	test.TapSecondary(e)
	if w.Canvas().Overlays().Top() == nil {
		t.Error("right click showed no menu")
	}
}

func TestEntryUndo(t *testing.T) {
	e, _ := newTestEntry(t, false, 300)
	test.Type(e, "کوچه")
	test.Type(e, " 12")
	key(e, fyne.KeyBackspace)
	steps := []string{"کوچه 12", "کوچه", ""}
	for _, want := range steps {
		e.TypedShortcut(&fyne.ShortcutUndo{})
		if e.Text != want {
			t.Errorf("undo: %q, want %q", e.Text, want)
		}
	}
	e.TypedShortcut(&fyne.ShortcutRedo{})
	if e.Text != "کوچه" {
		t.Errorf("redo: %q", e.Text)
	}
}
