package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/tafkik/tafkik/sync/center"
)

func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "center database file (created if missing)")
	addr := fs.String("addr", "127.0.0.1:8137", "listen address HOST:PORT")
	cert := fs.String("tls-cert", "", "TLS certificate file (PEM); with --tls-key serves HTTPS")
	key := fs.String("tls-key", "", "TLS private key file (PEM)")
	intakeFile := fs.String("intake", "", "for demos: file the requests of this file (import format) while serving, one every --intake-every, stamped with the time they are filed")
	every := fs.Duration("intake-every", 45*time.Second, "with --intake: time between two requests")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if *dbPath == "" {
		return errors.New("--db is required")
	}
	if (*cert == "") != (*key == "") {
		return errors.New("--tls-cert and --tls-key go together")
	}
	if *every <= 0 {
		return errors.New("--intake-every must be positive")
	}
	db, err := center.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()

	logger := slog.New(slog.NewTextHandler(stderr, nil))
	s := center.NewServer(db)
	s.Logger = logger
	srv := &http.Server{
		Addr:              *addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      5 * time.Minute, // a large changes page to a slow link
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	scheme := "http"
	if *cert != "" {
		scheme = "https"
	}
	logger.Info("center137 listening", "url", fmt.Sprintf("%s://%s", scheme, ln.Addr()), "db", *dbPath,
		"version", buildVersion())
	errc := make(chan error, 1)
	if *intakeFile != "" {
		reqs, err := loadIntake(*intakeFile, stderr)
		if err != nil {
			return err
		}
		logger.Info("intake: filing requests while serving", "file", *intakeFile, "requests", len(reqs), "every", every.String())
		go func() {
			if err := intake(ctx, db, reqs, *every, logger); err != nil {
				logger.Error("intake stopped", "err", err)
			}
		}()
	}
	go func() {
		if *cert != "" {
			errc <- srv.ServeTLS(ln, *cert, *key)
		} else {
			errc <- srv.Serve(ln)
		}
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	logger.Info("center137 stopping")
	return srv.Shutdown(shutdown)
}
