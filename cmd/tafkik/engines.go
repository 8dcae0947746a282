package main

import (
	"context"

	"fyne.io/fyne/v2"

	"github.com/tafkik/tafkik/app/gallery"
	"github.com/tafkik/tafkik/store"
)

// regroup runs the triage pipeline; nil until triage.Run lands.
func regroup(db *store.DB) func(ctx context.Context, progress func(done, total int)) error {
	return nil
}

// galleryContent is the right-to-left toolkit's widget gallery.
func galleryContent() fyne.CanvasObject { return gallery.New() }
