package rtl

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynelang "fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// lastDirKey remembers, in the app's preferences, the folder a file was last chosen in.
const lastDirKey = "rtl.filedialog.dir"

// FileDialog chooses a file to open or a name to save under, laid out for the reading
// direction: places (home, desktop, documents…) on the start side, folder and file names
// as bidi labels, the file name entry right to left, the buttons mirrored as in Dialog.
// Fyne's own file dialog is left to right throughout and shows a Persian name such as
// «ارجاع-water.xlsx» out of order in its entry.
//
// A tap on a folder opens it; a tap on a file chooses it (open) or copies its name into the
// entry (save). Enter in the name entry saves, Escape closes. Saving over an existing file
// asks first. onChosen gets the absolute path; it is not called when the user cancels.
type FileDialog struct {
	save     bool
	exts     []string
	onChosen func(path string)
	parent   fyne.Window
	title    string

	dir     string
	names   []string // shown rows: folders first, then files, each sorted
	isDir   []bool
	chosen  string // open: the file picked in the list
	where   *Label
	list    *fileList
	name    *Entry
	dialog  *Dialog
	confirm *DialogButton
}

// NewFileOpen returns a dialog to pick an existing file whose name ends in one of exts
// (".csv"; any file when exts is empty).
func NewFileOpen(title string, exts []string, onChosen func(path string), parent fyne.Window) *FileDialog {
	return newFileDialog(false, title, "", exts, onChosen, parent)
}

// NewFileSave returns a dialog to choose where to save, proposing fileName.
func NewFileSave(title, fileName string, exts []string, onChosen func(path string), parent fyne.Window) *FileDialog {
	return newFileDialog(true, title, fileName, exts, onChosen, parent)
}

func newFileDialog(save bool, title, fileName string, exts []string, onChosen func(string), parent fyne.Window) *FileDialog {
	f := &FileDialog{save: save, exts: exts, onChosen: onChosen, parent: parent, title: title}
	f.where = NewCellLabel("")
	f.where.Direction = DirLTR // a path reads from its root, whatever its folder names
	if Enabled {
		f.where.Alignment = fyne.TextAlignTrailing // beside the «up» button, on the right
	}
	f.list = &fileList{}
	f.list.Length = func() int { return len(f.names) }
	f.list.CreateItem = func() fyne.CanvasObject {
		return NewBorder(nil, nil, widget.NewIcon(theme.FolderIcon()), nil, NewCellLabel(""))
	}
	f.list.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		c := o.(*fyne.Container)
		for _, obj := range c.Objects {
			switch v := obj.(type) {
			case *widget.Icon:
				if f.isDir[id] {
					v.SetResource(theme.FolderIcon())
				} else {
					v.SetResource(theme.FileIcon())
				}
			case *Label:
				v.SetText(f.names[id])
			}
		}
	}
	f.list.ExtendBaseWidget(f.list)
	f.list.OnSelected = func(id widget.ListItemID) { f.Pick(f.names[id]) }
	if save {
		f.name = NewEntry()
		f.name.SetText(fileName)
		f.name.OnChanged = func(string) { f.updateConfirm() }
	}
	up := NewButtonWithIcon(fynelang.L("Parent folder"), theme.MoveUpIcon(), func() { f.Up() })
	up.Importance = widget.LowImportance
	top := NewBorder(nil, nil, up, nil, f.where)
	var bottom fyne.CanvasObject
	if save {
		bottom = NewForm(fynelang.L("File name"), f.name)
	}
	body := NewBorder(top, bottom, NewHBox(f.places(), widget.NewSeparator()), nil, f.list)
	confirm := fynelang.L("Open")
	if save {
		confirm = fynelang.L("Save")
	}
	f.dialog = NewCustomConfirm(title, confirm, fynelang.L("Cancel"), body, f.closed, parent)
	f.confirm, _ = f.dialog.Buttons()
	f.dialog.Resize(fyne.NewSize(760, 500))

	dir := fyne.CurrentApp().Preferences().String(lastDirKey)
	if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
		dir, _ = os.UserHomeDir()
	}
	f.SetLocation(dir)
	return f
}

// places lists the folders a clerk saves to: home, desktop, documents, downloads, and the
// drives on Windows (the root elsewhere).
func (f *FileDialog) places() fyne.CanvasObject {
	box := container.NewVBox()
	add := func(label string, icon fyne.Resource, dir string) {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return
		}
		b := NewButtonWithIcon(label, icon, func() { f.SetLocation(dir) })
		b.Importance = widget.LowImportance
		box.Add(b)
	}
	if home, err := os.UserHomeDir(); err == nil {
		add(fynelang.L("Home"), theme.HomeIcon(), home)
		add(fynelang.L("Desktop"), theme.ComputerIcon(), filepath.Join(home, "Desktop"))
		add(fynelang.L("Documents"), theme.DocumentIcon(), filepath.Join(home, "Documents"))
		add(fynelang.L("Downloads"), theme.DownloadIcon(), filepath.Join(home, "Downloads"))
	}
	if runtime.GOOS == "windows" {
		for d := 'C'; d <= 'Z'; d++ {
			root := string(d) + `:\`
			add(root, theme.StorageIcon(), root)
		}
	} else {
		add("/", theme.StorageIcon(), "/")
	}
	return box
}

// SetLocation shows the folder dir.
func (f *FileDialog) SetLocation(dir string) {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	f.dir = dir
	f.chosen = ""
	f.names, f.isDir = f.names[:0], f.isDir[:0]
	entries, err := os.ReadDir(dir)
	if err != nil {
		f.where.SetText(dir + " — " + err.Error())
	} else {
		f.where.SetText(dir)
	}
	var dirs, files []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dir, n)); err == nil {
				isDir = st.IsDir()
			}
		}
		switch {
		case isDir:
			dirs = append(dirs, n)
		case f.matches(n):
			files = append(files, n)
		}
	}
	sort.Strings(dirs)
	sort.Strings(files)
	for _, n := range dirs {
		f.names, f.isDir = append(f.names, n), append(f.isDir, true)
	}
	for _, n := range files {
		f.names, f.isDir = append(f.names, n), append(f.isDir, false)
	}
	f.list.UnselectAll()
	f.list.Refresh()
	f.list.ScrollToTop()
	f.updateConfirm()
}

func (f *FileDialog) matches(name string) bool {
	if len(f.exts) == 0 {
		return true
	}
	for _, e := range f.exts {
		if strings.HasSuffix(strings.ToLower(name), strings.ToLower(e)) {
			return true
		}
	}
	return false
}

// Location is the folder on show.
func (f *FileDialog) Location() string { return f.dir }

// Names are the rows on show, folders first.
func (f *FileDialog) Names() []string { return append([]string(nil), f.names...) }

// FileName is the name in the save entry, or the file picked to open.
func (f *FileDialog) FileName() string {
	if f.save {
		return strings.TrimSpace(f.name.Text)
	}
	return f.chosen
}

// Pick acts as a tap on the row called name: a folder opens, a file is chosen.
func (f *FileDialog) Pick(name string) {
	for i, n := range f.names {
		if n != name {
			continue
		}
		if f.isDir[i] {
			f.SetLocation(filepath.Join(f.dir, n))
			return
		}
		if f.save {
			f.name.SetText(n)
		} else {
			f.chosen = n
		}
		f.updateConfirm()
		if !f.save && f.dialog.Visible() {
			f.parent.Canvas().Focus(f.confirm) // Enter now opens the file
		}
		return
	}
}

// Up shows the parent folder.
func (f *FileDialog) Up() {
	if parent := filepath.Dir(f.dir); parent != f.dir {
		f.SetLocation(parent)
	}
}

func (f *FileDialog) updateConfirm() {
	if f.confirm == nil {
		return
	}
	if f.FileName() == "" {
		f.confirm.Disable()
	} else {
		f.confirm.Enable()
	}
}

// Show opens the dialog, the keyboard in the name entry when saving.
func (f *FileDialog) Show() {
	f.dialog.Show()
	f.list.onEscape = f.dialog.Dismiss
	if f.save {
		f.parent.Canvas().Focus(f.name)
	} else {
		f.parent.Canvas().Focus(f.list) // arrows move, Space picks
	}
}

// fileList is widget.List where Escape closes the dialog, as it does from every other
// widget of a Dialog.
type fileList struct {
	widget.List
	onEscape func()
}

func (l *fileList) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && l.onEscape != nil {
		l.onEscape()
		return
	}
	l.List.TypedKey(ev)
}

// Dismiss closes the dialog without choosing, as Escape does.
func (f *FileDialog) Dismiss() { f.dialog.Dismiss() }

// Confirm acts as the Save/Open button.
func (f *FileDialog) Confirm() { f.dialog.Confirm() }

// Dialog is the dialog the chooser is shown in.
func (f *FileDialog) Dialog() *Dialog { return f.dialog }

func (f *FileDialog) closed(ok bool) {
	name := f.FileName()
	if !ok || name == "" {
		return
	}
	if f.save && len(f.exts) > 0 && !f.matches(name) {
		name += f.exts[0] // «داشبورد» saves as «داشبورد.xlsx»
	}
	path := filepath.Join(f.dir, name)
	if f.save {
		if _, err := os.Stat(path); err == nil {
			msg := fynelang.L("A file named «{{.Name}}» already exists. Replace it?", map[string]string{"Name": name})
			ShowConfirm(f.title, msg, func(replace bool) {
				if replace {
					f.chose(path)
				} else {
					f.Show() // back to the chooser to pick another name
				}
			}, f.parent)
			return
		}
	}
	f.chose(path)
}

func (f *FileDialog) chose(path string) {
	fyne.CurrentApp().Preferences().SetString(lastDirKey, filepath.Dir(path))
	if f.onChosen != nil {
		f.onChosen(path)
	}
}
