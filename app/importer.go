package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/format"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/store/exchange"
)

// ImportResult is what an import did, for the clerk's message.
type ImportResult struct {
	File                              string // the file's name
	Inserted, Updated, Unchanged, Bad int
	FirstBad                          string // the first bad row's line and reason
	// Warned counts the rows read with something left out (an unknown status word, read as
	// no status; a location that cannot be read); FirstWarn is the first one's line and what.
	Warned    int
	FirstWarn string
	// Problems are the rows rejected and the rows read with something left out, in Persian,
	// in file order (the first maxReported), for the clerk's import report.
	Problems []string
	// OtherDistrict counts the requests of other districts, not imported: the database
	// holds District's only.
	OtherDistrict int
	District      string
	// Districts is how many districts the requests name when they were all written to a
	// database with no district yet (0 otherwise).
	Districts int
}

// countingReader reports how far through the file the reader is, for the progress bar.
type countingReader struct {
	r        io.Reader
	n, total int64
	progress func(done, total int)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.total > 0 {
		c.progress(int(c.n*1000/c.total), 1000)
	}
	return n, err
}

// importFile reads a JSONL, CSV or XLSX export of the central system and upserts its good
// rows in one transaction: bad rows are counted and reported, nothing is half-imported.
func importFile(ctx context.Context, st Store, path string, progress func(done, total int)) (ImportResult, error) {
	res := ImportResult{File: filepath.Base(path)}
	format, err := exchange.FormatFromPath(path)
	if err != nil {
		return res, err
	}
	f, err := os.Open(path)
	if err != nil {
		return res, err
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	var reqs []tafkik.Request
	source := map[string]string{} // by the id kept, the id as the file wrote it ("" when the same)
	err = exchange.Read(&countingReader{r: f, total: size, progress: progress}, format,
		exchange.Options{File: filepath.Base(path)}, func(row exchange.Row) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if row.Err != nil {
				if res.Bad == 0 || len(res.Problems) < maxReported { // (told in Persian only when shown)
					p := rowProblem(row.Err)
					if res.Bad == 0 {
						res.FirstBad = p
					}
					res.report("کنار گذاشته شد: " + p)
				}
				res.Bad++
				return nil
			}
			if row.Warn != nil {
				if res.Warned == 0 || len(res.Problems) < maxReported {
					p := rowProblem(row.Warn)
					if res.Warned == 0 {
						res.FirstWarn = p
					}
					res.report("وارد شد، جز این: " + p)
				}
				res.Warned++
			}
			reqs = append(reqs, row.Request)
			source[row.Request.ID] = row.SourceID
			return nil
		})
	if err != nil {
		return res, err
	}
	up, err := st.UpsertRequests(ctx, reqs)
	if err != nil {
		return res, err
	}
	// the triage export writes each id as the file did («۱۴۰۴۰۰۰۰۰۶۸»)
	if err := st.SetSourceIDs(ctx, source); err != nil {
		return res, err
	}
	res.Inserted, res.Updated, res.Unchanged = up.Inserted, up.Updated, up.Unchanged
	res.OtherDistrict, res.District = up.Skipped(), up.District
	if len(up.Districts) > 1 {
		res.Districts = len(up.Districts)
	}
	return res, nil
}

// maxReported is how many problem rows an import report lists; the rest are counted.
const maxReported = 200

func (r *ImportResult) report(p string) {
	if len(r.Problems) < maxReported {
		r.Problems = append(r.Problems, p)
	}
}

// showReport lists an import's problem rows in a dialog, the status bar having room for the
// first only.
func (in *Inbox) showReport(summary string, res ImportResult) {
	lines := []fyne.CanvasObject{newWrapped(summary), widget.NewSeparator()}
	for _, p := range res.Problems {
		lines = append(lines, newWrapped(p))
	}
	if more := res.Bad + res.Warned - len(res.Problems); more > 0 {
		lines = append(lines, newWrapped(fmt.Sprintf("و %s ردیف دیگر.", num(more))))
	}
	scroll := container.NewVScroll(container.NewVBox(lines...))
	scroll.SetMinSize(fyne.NewSize(720, 380))
	in.report = rtl.NewCustom("گزارش ورود "+res.File, "بستن", scroll, in.u.win)
	in.report.Show()
}

// importExts are the formats exchange.FormatFromPath reads.
var importExts = []string{".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}

func (in *Inbox) askImport() {
	rtl.NewFileOpen("ورود درخواست‌ها از پرونده", importExts, in.Import, in.u.win).Show()
}

// Import brings a file of requests into the district, then regroups, with progress and cancel.
func (in *Inbox) Import(path string) {
	var res ImportResult
	in.u.longWork("ورود درخواست‌ها از "+filepath.Base(path), func(ctx context.Context, progress func(int, int)) error {
		var err error
		if res, err = importFile(ctx, in.u.cfg.Store, path, progress); err != nil {
			return err
		}
		if in.u.cfg.Regroup != nil && res.Inserted+res.Updated > 0 {
			return in.u.cfg.Regroup(ctx, progress)
		}
		return nil
	}, func() {
		msg := fmt.Sprintf("ورود انجام شد: %s تازه، %s به‌روز، %s بی‌تغییر", num(res.Inserted), num(res.Updated), num(res.Unchanged))
		if res.Bad > 0 {
			msg += fmt.Sprintf("؛ %s ردیف نادرست کنار گذاشته شد (نخستین: %s)", num(res.Bad), res.FirstBad)
		}
		if res.Warned > 0 {
			msg += fmt.Sprintf("؛ %s ردیف با بخشی ناخوانا وارد شد (نخستین: %s)", num(res.Warned), res.FirstWarn)
		}
		if res.OtherDistrict > 0 {
			msg += fmt.Sprintf("؛ %s درخواست منطقه‌های دیگر وارد نشد (این دستگاه از آنِ منطقهٔ %s است)",
				num(res.OtherDistrict), format.Digits(res.District))
		}
		if res.Districts > 1 {
			msg += fmt.Sprintf("؛ درخواست‌های %s منطقه همه وارد شد، چون این دستگاه هنوز منطقه‌ای ندارد", num(res.Districts))
		}
		in.u.setMessage(msg)
		in.optsOnce = false
		in.reload()
		if len(res.Problems) > 0 {
			in.showReport(msg, res)
		}
	})
	in.lastImport = &res
}
