package app

import (
	"context"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/rtl"
)

// Dashboard is the manager's view: raw requests against distinct issues against requests
// for another agency, where they come from, how old the open issues are, and which are late.
type Dashboard struct {
	u    *UI
	data DashboardData
	ok   bool

	root                 fyne.CanvasObject
	reqN, issN, outN     *canvas.Text
	byCat, byNbh, trend  *fyne.Container
	ageing, overdue, top *fyne.Container
	note                 *rtl.Label
}

func newDashboard(u *UI) *Dashboard { return &Dashboard{u: u} }

func (d *Dashboard) object() fyne.CanvasObject {
	if d.root == nil {
		d.root = d.build()
	}
	return d.root
}

func (d *Dashboard) build() fyne.CanvasObject {
	var a, b, c fyne.CanvasObject
	a, d.reqN = bigNumber(0, "درخواست خام", color.NRGBA{0x55, 0x55, 0x60, 0xff})
	b, d.issN = bigNumber(0, "مسئله متمایز", color.NRGBA{0x1a, 0x73, 0xe8, 0xff})
	c, d.outN = bigNumber(0, "خارج از حوزه شهرداری", color.NRGBA{0xd9, 0x4c, 0x1a, 0xff})
	numbers := container.NewGridWithColumns(3, c, b, a) // raw requests on the right, read first
	d.byCat, d.byNbh = container.NewStack(), container.NewStack()
	d.trend, d.ageing = container.NewStack(), container.NewStack()
	d.overdue, d.top = container.NewVBox(), container.NewVBox()
	d.note = newCell("")
	export := newButton("خروجی اکسل داشبورد", func() { d.askExport() })
	card := func(title string, body fyne.CanvasObject) fyne.CanvasObject {
		return widget.NewCard("", "", container.NewBorder(newBold(title), nil, nil, nil, body))
	}
	// Grid columns run left to right, so the first card of each pair is given last.
	row1 := container.NewGridWithColumns(2, card("درخواست‌ها بر پایه محله", d.byNbh), card("درخواست‌ها بر پایه مشکل", d.byCat))
	row2 := card("روند هفتگی درخواست‌ها (۱۲ هفته آخر)", d.trend)
	row3 := container.NewGridWithColumns(2, card("معوق (بیش از مهلت)", d.overdue), card("سن مسئله‌های باز", d.ageing))
	row4 := card("پرتکرارترین مسئله‌های باز", d.top)
	body := container.NewVBox(numbers, d.note, row1, row2, row3, row4)
	return container.NewBorder(rtlRow(export), nil, nil, nil, container.NewVScroll(body))
}

func (d *Dashboard) reload() {
	st, now, sla := d.u.cfg.Store, d.u.cfg.Now(), d.u.cfg.SLADays
	d.u.background(func(ctx context.Context) (func(), error) {
		if sla == nil {
			var err error
			if sla, err = slaFromMeta(ctx, st); err != nil {
				return nil, err
			}
		}
		// The numbers first: a manager sees them while the trend and ageing are still read.
		data, err := loadNumbers(ctx, st, now)
		if err != nil {
			return nil, err
		}
		return func() {
			d.data = data
			d.render()
			d.u.background(func(ctx context.Context) (func(), error) {
				if err := loadDetails(ctx, st, now, sla, &data); err != nil {
					return nil, err
				}
				return func() { d.data, d.ok = data, true; d.render() }, nil
			})
		}, nil
	})
}

// Data is what the dashboard shows.
func (d *Dashboard) Data() DashboardData { return d.data }

func (d *Dashboard) render() {
	if d.reqN == nil {
		return
	}
	x := d.data
	d.reqN.Text, d.issN.Text, d.outN.Text = num(x.Requests), num(x.Issues), num(x.Outside)
	d.reqN.Refresh()
	d.issN.Refresh()
	d.outN.Refresh()
	ratio := ""
	if x.Issues > 0 {
		ratio = fmt.Sprintf("هر مسئله به طور میانگین %s بار گزارش شده است. ", strings.Replace(fa(fmt.Sprintf("%.1f", float64(x.Requests)/float64(x.Issues))), ".", "٫", 1))
	}
	d.note.SetText(ratio + "مسئله باز: " + num(x.OpenIssues) + " | معوق: " + num(len(x.Overdue)) +
		" | نیازمند بررسی حوزه: " + num(x.NeedsReview))
	reqs := func(b Bar) int { return b.Requests }
	d.byCat.Objects = []fyne.CanvasObject{hbars(x.ByProblem, reqs, 6)}
	d.byNbh.Objects = []fyne.CanvasObject{hbars(x.ByNeighbourhood, reqs, 6)}
	d.trend.Objects = []fyne.CanvasObject{columns(x.Weekly)}
	d.ageing.Objects = []fyne.CanvasObject{hbars(x.Ageing, func(b Bar) int { return b.Issues }, 8)}
	d.overdue.Objects = issueLines(d.u, x.Overdue, 6, true)
	d.top.Objects = issueLines(d.u, x.Top, 6, false)
	for _, c := range []*fyne.Container{d.byCat, d.byNbh, d.trend, d.ageing, d.overdue, d.top} {
		c.Refresh()
	}
}

func issueLines(u *UI, list []tafkik.Issue, n int, late bool) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for i, is := range list {
		if i >= n {
			out = append(out, newLabel("و "+num(len(list)-n)+" مسئله دیگر"))
			break
		}
		txt := num(is.Count) + " درخواست — " + firstLine(machineText(is.Title), 30) + " — " + firstLine(machineText(is.Place), 25)
		if late {
			txt = age(u.cfg.Now(), is.FirstAt) + " — " + firstLine(machineText(is.Title), 30) + " — " + firstLine(machineText(is.Place), 25)
		}
		id := is.ID
		b := newButton(txt, func() { u.Issues.Open(id) })
		b.Importance = widget.LowImportance
		out = append(out, b)
	}
	if len(out) == 0 {
		out = append(out, newLabel("موردی نیست."))
	}
	return out
}

func (d *Dashboard) askExport() {
	rtl.NewFileSave("خروجی اکسل داشبورد", "داشبورد.xlsx", []string{".xlsx"}, d.Export, d.u.win).Show()
}

// Export writes the numbers on show to an XLSX file.
func (d *Dashboard) Export(path string) {
	data := d.data
	d.u.longWork("خروجی اکسل داشبورد", func(ctx context.Context, progress func(int, int)) error {
		return exportDashboard(data, path)
	}, func() { d.u.setMessage("داشبورد ذخیره شد: " + path) })
}
