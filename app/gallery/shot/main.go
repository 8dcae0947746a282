package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/tafkik/tafkik/app/gallery"
	"github.com/tafkik/tafkik/app/lang"
	"github.com/tafkik/tafkik/app/theme"
)

func main() {
	stay := flag.Duration("for", 6*time.Second, "how long to keep the window open")
	dark := flag.Bool("dark", false, "use the dark variant")
	flag.Parse()
	if err := lang.Setup(false); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	a := fyneapp.NewWithID("ir.rasht.tafkik.gallery")
	th := theme.Light()
	if *dark {
		th = theme.Dark()
	}
	a.Settings().SetTheme(th)
	w := a.NewWindow("تفکیک — گالری")
	// A fixed clock keeps the dates in the screenshot stable.
	w.SetContent(gallery.NewAt(time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC)))
	w.Resize(fyne.NewSize(1366, 768))
	go func() {
		time.Sleep(*stay)
		fyne.Do(a.Quit)
	}()
	w.ShowAndRun()
}
