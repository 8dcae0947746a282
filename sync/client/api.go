package client

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
)

// Me asks the center what the token is: its district and role.
func (c *Client) Me(ctx context.Context) (protocol.Me, error) {
	var me protocol.Me
	err := c.call(ctx, http.MethodGet, protocol.MePath, nil, nil, &me)
	return me, err
}

// Changes reads one page of the district's changes feed after the cursor.
func (c *Client) Changes(ctx context.Context, district string, after int64, limit int) (protocol.ChangesPage, error) {
	var page protocol.ChangesPage
	q := url.Values{"after": {strconv.FormatInt(after, 10)}, "limit": {strconv.Itoa(limit)}}
	err := c.call(ctx, http.MethodGet, protocol.ChangesPath(url.PathEscape(district)), q, nil, &page)
	if err != nil {
		return page, err
	}
	// A page that moves the cursor backwards would make the engine apply changes twice.
	if page.Next < after {
		return page, fmt.Errorf("%w: next cursor %d is before %d", ErrBadResponse, page.Next, after)
	}
	for _, ch := range page.Changes {
		if ch.Seq <= after || ch.Seq > page.Next {
			return page, fmt.Errorf("%w: change seq %d outside (%d, %d]", ErrBadResponse, ch.Seq, after, page.Next)
		}
	}
	return page, nil
}

// PushOps sends one batch of ops; the results come back in the batch's order.
func (c *Client) PushOps(ctx context.Context, district string, ops []tafkik.Op) ([]protocol.OpResult, error) {
	var res protocol.OpsResult
	err := c.call(ctx, http.MethodPost, protocol.OpsPath(url.PathEscape(district)), nil,
		protocol.OpsBatch{Ops: ops}, &res)
	if err != nil {
		return nil, err
	}
	if len(res.Results) != len(ops) {
		return nil, fmt.Errorf("%w: %d results for %d ops", ErrBadResponse, len(res.Results), len(ops))
	}
	for i, r := range res.Results {
		if r.OpID != ops[i].ID {
			return nil, fmt.Errorf("%w: result %d is for op %s, want %s", ErrBadResponse, i, r.OpID, ops[i].ID)
		}
		switch r.Outcome {
		case tafkik.OpApplied, tafkik.OpAlreadyApplied, tafkik.OpConflict, tafkik.OpRejected:
		default:
			return nil, fmt.Errorf("%w: unknown outcome %q for op %s", ErrBadResponse, r.Outcome, r.OpID)
		}
	}
	return res.Results, nil
}

// Request reads one request with its status and version.
func (c *Client) Request(ctx context.Context, district, id string) (protocol.RequestDetail, error) {
	var d protocol.RequestDetail
	err := c.call(ctx, http.MethodGet, protocol.RequestPath(url.PathEscape(district), url.PathEscape(id)), nil, nil, &d)
	return d, err
}
