package main

import (
	"context"
	"fmt"

	"github.com/tafkik/tafkik"
)

func init() {
	register(command{name: "version", summary: "print the version", run: func(context.Context, []string) error {
		fmt.Println("tafkikctl", tafkik.Version)
		return nil
	}})
}
