package client

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/tafkik/tafkik/sync/protocol"
)

// Client talks to one central 137 server. Build it with New, adjust the exported fields,
// then Open it once and reuse it for the life of the program (it keeps connections alive).
// Every call takes a context; retries are done here rather than by resty because a failure
// while streaming the body (a cut connection) must be retried too, and resty's retry only
// sees the status line.
type Client struct {
	BaseURL string
	Token   Token

	// MaxResponseBytes refuses a response body (after gunzip) larger than this; a body whose
	// Content-Length says so is refused before reading any of it.
	MaxResponseBytes int64
	// MaxRequestBytes refuses to send a larger body (the center would answer 413).
	MaxRequestBytes int64
	// Timeout bounds one attempt, headers and body together.
	Timeout time.Duration
	// Retries is how many times a retryable failure (5xx, timeout, connection error, a body
	// cut short) is tried again, waiting MinBackoff·2ⁿ (capped at MaxBackoff) with jitter.
	Retries                int
	MinBackoff, MaxBackoff time.Duration
	// Transport is the http.RoundTripper under resty; nil means a tuned http.Transport.
	Transport http.RoundTripper
	Logger    *slog.Logger
	UserAgent string

	rc *resty.Client
}

// New returns a client with defaults filled in; call Open before use.
func New(baseURL string, token Token) *Client {
	return &Client{
		BaseURL:          strings.TrimRight(baseURL, "/"),
		Token:            token,
		MaxResponseBytes: 32 << 20,
		MaxRequestBytes:  protocol.MaxBodyBytes,
		Timeout:          30 * time.Second,
		Retries:          4,
		MinBackoff:       200 * time.Millisecond,
		MaxBackoff:       10 * time.Second,
		Logger:           slog.New(slog.DiscardHandler),
		UserAgent:        "tafkik-sync/1",
	}
}

// Open builds the underlying resty client.
func (c *Client) Open() error {
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("sync client: bad server url %q (want http(s)://host[:port])", c.BaseURL)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if u.Scheme == "http" && !isLoopback(u.Hostname()) {
		c.Logger.Warn("sync over plain http: the token travels unencrypted", "server", u.Host)
	}
	tr := c.Transport
	if tr == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 4
		// We ask for gzip ourselves so that the size limit applies to the inflated bytes.
		t.DisableCompression = true
		tr = t
	}
	c.rc = resty.NewWithClient(&http.Client{Transport: tr}).
		SetBaseURL(c.BaseURL).
		SetLogger(restyLogger{c.Logger}).
		SetHeader("User-Agent", c.UserAgent)
	return nil
}

// Close drops idle connections.
func (c *Client) Close() error {
	if c.rc != nil {
		c.rc.GetClient().CloseIdleConnections()
	}
	return nil
}

// call performs one API call with retries; in is marshalled once (a retried POST resends the
// same bytes: the ops endpoint is idempotent by op id), out is decoded strictly.
func (c *Client) call(ctx context.Context, method, path string, query url.Values, in, out any) error {
	if c.rc == nil {
		return errors.New("sync client: not opened")
	}
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return fmt.Errorf("encode %s: %w", path, err)
		}
		if c.MaxRequestBytes > 0 && int64(len(body)) > c.MaxRequestBytes {
			return fmt.Errorf("%s %s: %w: %d bytes", method, path, ErrRequestLarge, len(body))
		}
	}
	for attempt := 0; ; attempt++ {
		if out != nil {
			// A failed attempt may have half-filled out.
			reflect.ValueOf(out).Elem().SetZero()
		}
		err := c.once(ctx, method, path, query, body, out, attempt)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s %s: %w", method, path, ctx.Err())
		}
		if !retryable(err) || attempt >= c.Retries {
			return err
		}
		wait := c.backoff(attempt)
		c.Logger.LogAttrs(ctx, slog.LevelWarn, "sync retry", slog.String("method", method),
			slog.String("path", path), slog.Int("attempt", attempt+1),
			slog.Duration("wait", wait), slog.String("err", err.Error()))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s %s: %w (last error: %v)", method, path, ctx.Err(), err)
		}
	}
}

// backoff is capped exponential back-off with "equal jitter": half fixed, half random, so
// many devices coming back online after an outage do not hammer the center in step.
func (c *Client) backoff(attempt int) time.Duration {
	d := c.MinBackoff << min(attempt, 20)
	if d <= 0 || d > c.MaxBackoff {
		d = c.MaxBackoff
	}
	half := d / 2
	return half + rand.N(half+1)
}

func (c *Client) once(ctx context.Context, method, path string, query url.Values, body []byte, out any, attempt int) error {
	actx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	start := time.Now()
	req := c.rc.R().SetContext(actx).SetDoNotParseResponse(true).
		SetHeader("Accept", "application/json, application/problem+json").
		SetHeader("Accept-Encoding", "gzip").
		SetHeader("Authorization", "Bearer "+string(c.Token))
	if query != nil {
		req.SetQueryParamsFromValues(query)
	}
	if body != nil {
		req.SetHeader("Content-Type", "application/json").SetBody(body)
	}
	resp, err := req.Execute(method, path)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, transportErr(actx, err))
	}
	raw := resp.RawBody()
	defer raw.Close()
	n, err := c.decode(actx, resp.RawResponse, raw, out)
	c.Logger.LogAttrs(ctx, slog.LevelDebug, "sync call", slog.String("method", method),
		slog.String("path", path), slog.Int("status", resp.StatusCode()), slog.Int64("bytes", n),
		slog.Duration("took", time.Since(start)), slog.Int("attempt", attempt))
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	return nil
}

// transportErr classifies an error from sending or reading: timeouts and connection
// failures are retryable; the message never contains headers, so never the token.
func transportErr(actx context.Context, err error) error {
	var ne net.Error
	switch {
	case errors.Is(err, errBodyTooLarge):
		return ErrTooLarge
	case errors.Is(actx.Err(), context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("%w: %v", ErrTimeout, err)
	default:
		return fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
}

var errBodyTooLarge = errors.New("body too large")

// limitedReader fails with errBodyTooLarge instead of silently stopping at the limit.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		// Probe one byte: a body of exactly the limit is fine.
		var one [1]byte
		if k, _ := l.r.Read(one[:]); k > 0 {
			return 0, errBodyTooLarge
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}

// countingReader counts the bytes that came over the wire, for the log and benchmarks.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n += int64(k)
	return k, err
}

// problem is RFC 9457's problem document.
type problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
}

func (c *Client) decode(actx context.Context, resp *http.Response, raw io.Reader, out any) (int64, error) {
	if resp.ContentLength > c.MaxResponseBytes {
		return 0, fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, resp.ContentLength, c.MaxResponseBytes)
	}
	wire := &countingReader{r: raw}
	var r io.Reader = wire
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		gz, err := gzip.NewReader(wire)
		if err != nil {
			return wire.n, readErr(actx, err)
		}
		defer gz.Close()
		r = gz
	}
	r = &limitedReader{r: r, n: c.MaxResponseBytes}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))

	if resp.StatusCode >= 300 {
		kind := statusKind(resp.StatusCode)
		pe := &ProblemError{Status: resp.StatusCode, kind: kind}
		if mt == "application/problem+json" || mt == "application/json" {
			var p problem
			b, err := io.ReadAll(io.LimitReader(r, 64<<10))
			if err == nil && json.Unmarshal(b, &p) == nil {
				pe.Type, pe.Title, pe.Detail = p.Type, p.Title, p.Detail
			}
		} else {
			pe.Title = http.StatusText(resp.StatusCode)
			_, _ = io.Copy(io.Discard, io.LimitReader(r, 64<<10)) // lets the connection be reused
		}
		return wire.n, pe
	}
	if out == nil {
		_, _ = io.Copy(io.Discard, io.LimitReader(r, 64<<10))
		return wire.n, nil
	}
	if mt != "application/json" {
		// A captive portal or a proxy's error page answers 200 with HTML.
		return wire.n, fmt.Errorf("%w: content type %q", ErrBadResponse, resp.Header.Get("Content-Type"))
	}
	dec := json.NewDecoder(r)
	if err := dec.Decode(out); err != nil {
		return wire.n, readErr(actx, err)
	}
	// Exactly one JSON value: trailing bytes mean a corrupted or concatenated body.
	if _, err := dec.Token(); err != io.EOF {
		if err == nil {
			return wire.n, fmt.Errorf("%w: trailing data after the JSON value", ErrBadResponse)
		}
		return wire.n, readErr(actx, err)
	}
	return wire.n, nil
}

// readErr classifies a failure while reading a body: a cut connection or a body that ends
// early is retryable; a well-delivered body that is not valid JSON is not.
func readErr(actx context.Context, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, errBodyTooLarge):
		return fmt.Errorf("%w: over the limit", ErrTooLarge)
	case errors.As(err, &syn), errors.As(err, &typ), errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum):
		return fmt.Errorf("%w: %v", ErrBadResponse, err)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("%w: empty body", ErrBadResponse)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: body cut short: %v", ErrUnavailable, err)
	default:
		return transportErr(actx, err)
	}
}

// restyLogger sends resty's own warnings to our logger (resty would print to stderr).
type restyLogger struct{ l *slog.Logger }

func (r restyLogger) Errorf(format string, v ...any) { r.l.Error(fmt.Sprintf(format, v...)) }
func (r restyLogger) Warnf(format string, v ...any)  { r.l.Warn(fmt.Sprintf(format, v...)) }
func (r restyLogger) Debugf(format string, v ...any) { r.l.Debug(fmt.Sprintf(format, v...)) }

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
