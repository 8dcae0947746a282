// Command tafkik is the district office's desktop app.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("ir.rasht.tafkik")
	w := a.NewWindow("تفکیک")
	w.SetContent(widget.NewLabel("تفکیک"))
	w.ShowAndRun()
}
