package gallery

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik/app/format"
	"github.com/tafkik/tafkik/app/rtl"
)

// Sample is the hard line: Persian, Persian digits, European digits, a hyphenated
// code and a parenthesised Latin word.
const Sample = "درخواست آسفالت کوچه ۱۲ خیابان 124 گلسار، کد 137-1405-000736 (Rasht)"

// Hostile carries a RIGHT-TO-LEFT OVERRIDE and an isolate, as a pasted citizen text might.
const Hostile = "شهروند: \u202Eabc 123\u202C و \u2067کد 98-7"

// New returns the gallery's content: every widget of package rtl with hard strings, laid out
// with the mirrored containers (navigation on the right, form labels on the right).
func New() fyne.CanvasObject { return NewAt(time.Now()) }

// NewAt is New with a fixed clock, so screenshots and tests do not change from day to day.
func NewAt(now time.Time) fyne.CanvasObject {
	nav := container.NewVBox(
		heading("تفکیک"),
		rtl.NewButtonWithIcon("صندوق درخواست‌ها", theme.MailComposeIcon(), nil),
		rtl.NewButtonWithIcon("مسئله‌ها", theme.ListIcon(), nil),
		rtl.NewButtonWithIcon("ارجاع به دستگاه دیگر", rtl.NextIcon(), nil),
		rtl.NewButtonWithIcon("همگام‌سازی", theme.ViewRefreshIcon(), nil),
	)
	toolbar := rtl.NewToolbar(
		widget.NewToolbarAction(rtl.BackIcon(), func() {}),
		widget.NewToolbarAction(rtl.NextIcon(), func() {}),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ContentUndoIcon(), func() {}),
		widget.NewToolbarSpacer(),
		widget.NewToolbarAction(theme.SettingsIcon(), func() {}),
	)

	labels := section("برچسب‌ها",
		rtl.NewLabel(Sample),
		rtl.NewLabel(Hostile),
		showControls(Hostile),
		autoLabel("Sewage overflow at Golsar, 12th alley."),
		rtl.NewCellLabel(Sample+" — "+Sample),
	)
	rich := section("متن غنی و جست‌وجو",
		rtl.NewRichLabel(rtl.Span{Text: "نشانی: ", Bold: true}, rtl.Span{Text: "گلسار، خیابان 124، کوچه ۱۲ (Rasht)"}),
		rtl.NewRichLabel(rtl.Highlight(Sample, "كوچه 12")...),
	)
	wrapped := section("پاراگراف شکسته",
		rtl.NewWrappedLabel(Sample+" شهروند گفته است: «آب از لولهٔ 3 اینچی نشت می‌کند» و شمارهٔ پیگیری 1405/02/14-12 است."),
	)

	rows := [][]string{
		{"137-1405-000736", Sample, format.Short(now.AddDate(0, 0, -3)), format.Age(now.AddDate(0, 0, -3), now)},
		{"137-1405-000737", "چراغ خیابان 12 خاموش (برق)", format.Short(now.Add(-5 * time.Hour)), format.Age(now.Add(-5*time.Hour), now)},
		{"137-1405-000738", "نشت فاضلاب در کوچهٔ 7 — Water Co.", format.Short(now.AddDate(0, -2, 0)), format.Age(now.AddDate(0, -2, 0), now)},
	}
	table := rtl.NewTableWithHeader([]string{"کد", "متن درخواست", "تاریخ", "سن"}, []float32{140, 190, 95, 100},
		func() int { return len(rows) },
		func() fyne.CanvasObject { return rtl.NewCellLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*rtl.Label).SetText(rows[id.Row][id.Col]) })
	tableBox := container.NewGridWrap(fyne.NewSize(560, 185), table)

	search := rtl.NewEntry()
	search.PlaceHolder = "جست‌وجو در متن، نشانی یا کد…"
	filled := rtl.NewEntry()
	filled.SetText(Sample)
	note := rtl.NewMultiLineEntry()
	note.SetText("بازدید شد: گودال 2 متری جلوی پلاک 45.\nپیمانکار: Asphalt Co. — تماس 0911-123-4567")

	high := rtl.NewButtonWithIcon("ثبت کد 137-1405-000736", theme.ConfirmIcon(), nil)
	high.Importance = widget.HighImportance
	danger := rtl.NewButton("ارجاع به شرکت آب (Water)", nil)
	danger.Importance = widget.DangerImportance
	buttons := container.NewVBox(rtl.NewButton(Sample, nil), rtl.NewHBox(high, danger))

	status := rtl.NewSelect([]string{"جدید", "در بررسی", "ارجاع به شرکت آب (Water)", "کوچه ۱۲ خیابان 124 گلسار"}, nil)
	status.SetSelected("ارجاع به شرکت آب (Water)")
	progress := rtl.NewProgressBar()
	progress.SetValue(0.4)
	var ask *rtl.Button
	ask = rtl.NewButton("پرسش پیش از ارجاع…", func() { showConfirm(ask) })
	form := rtl.NewForm(
		"وضعیت", status,
		"پیشرفت", progress,
		"پیام", rtl.NewHBox(ask),
		"جست‌وجو", search,
		"متن", filled,
		"یادداشت", note,
		"امروز", rtl.NewLabel(format.Long(now)+" — "+format.Clock(now)),
		"شمار درخواست‌ها", rtl.NewLabel(format.Int(18000)+" درخواست، "+format.Count(1234)+" مسئلهٔ جدا ("+format.Percent(0.0686)+")"),
	)

	tabs := rtl.NewTabs(
		container.NewTabItem("ورودی و فرم", form),
		container.NewTabItem("دکمه‌ها", buttons),
		container.NewTabItem("جدول", tableBox),
	)

	// Two columns, the first (labels) on the start side.
	center := container.NewVScroll(rtl.NewGridWithColumns(2,
		container.NewVBox(labels, wrapped, rich),
		container.NewVBox(tabs, section("جدول و دکمه‌ها", tableBox, buttons)),
	))
	return rtl.NewBorder(toolbar, nil, container.NewHBox(nav, widget.NewSeparator()), nil, center)
}

func heading(s string) fyne.CanvasObject {
	l := rtl.NewLabel(s)
	l.SizeName = theme.SizeNameHeadingText
	l.TextStyle.Bold = true
	return l
}

func section(title string, objs ...fyne.CanvasObject) fyne.CanvasObject {
	t := rtl.NewLabel(title)
	t.SizeName = theme.SizeNameSubHeadingText
	t.TextStyle.Bold = true
	return container.NewVBox(append([]fyne.CanvasObject{t}, objs...)...)
}

func showControls(s string) fyne.CanvasObject {
	l := rtl.NewLabel(s)
	l.ShowControls = true
	l.Importance = widget.WarningImportance
	return l
}

func autoLabel(s string) fyne.CanvasObject {
	l := rtl.NewLabel(s)
	l.Direction = rtl.DirAuto
	return l
}

// showConfirm opens the dialog sample over the window that holds from.
func showConfirm(from fyne.CanvasObject) {
	c := fyne.CurrentApp().Driver().CanvasForObject(from)
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Canvas() == c {
			rtl.ShowConfirm("ارجاع درخواست 137-1405-000736",
				"درخواست در کوچه ۱۲ خیابان 124 گلسار به شرکت آب (Water) ارجاع شود؟", nil, w)
			return
		}
	}
}
