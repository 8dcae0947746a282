package app

import (
	"context"

	"github.com/tafkik/tafkik/store"
)

// pageSize rows are fetched at a time: a screenful is ~25 rows, so one fetch covers several
// screens of scrolling while staying far under the 100 ms a clerk notices.
const pageSize = 200

// maxPages bounds the cache so scrolling through 100,000 rows never holds them all.
const maxPages = 40

// pager fetches the rows of one request query lazily, a page at a time, for a virtual table.
// It lives on the UI thread; only the store call runs in a goroutine.
type pager struct {
	u       *UI
	q       store.RequestQuery
	gen     int
	total   int
	known   bool // total has been read for this generation
	pages   map[int][]store.RequestRow
	loading map[int]bool
	changed func() // called on the UI thread when rows arrived
}

func newPager(u *UI, changed func()) *pager {
	return &pager{u: u, pages: map[int][]store.RequestRow{}, loading: map[int]bool{}, changed: changed}
}

// reset starts a new query; answers to the previous one are dropped when they arrive.
func (p *pager) reset(q store.RequestQuery) {
	p.q = q
	p.gen++
	p.pages = map[int][]store.RequestRow{}
	p.loading = map[int]bool{}
	p.known = false
	p.fetch(0)
}

// row returns row i if its page is here, and asks for the page otherwise.
func (p *pager) row(i int) (store.RequestRow, bool) {
	pg := i / pageSize
	rows, ok := p.pages[pg]
	if !ok {
		p.fetch(pg)
		return store.RequestRow{}, false
	}
	if i%pageSize >= len(rows) {
		return store.RequestRow{}, false
	}
	return rows[i%pageSize], true
}

func (p *pager) fetch(pg int) {
	if p.loading[pg] {
		return
	}
	p.loading[pg] = true
	gen, q := p.gen, p.q
	q.Limit, q.Offset = pageSize, pg*pageSize
	p.u.background(func(ctx context.Context) (func(), error) {
		rows, total, err := p.u.cfg.Store.ListRequests(ctx, q)
		if err != nil {
			return nil, err
		}
		return func() {
			if gen != p.gen {
				return
			}
			if len(p.pages) >= maxPages {
				p.evictFar(pg)
			}
			p.pages[pg] = rows
			delete(p.loading, pg)
			p.total, p.known = total, true
			if p.changed != nil {
				p.changed()
			}
		}, nil
	})
}

func (p *pager) evictFar(near int) {
	for k := range p.pages {
		if k < near-maxPages/4 || k > near+maxPages/4 {
			delete(p.pages, k)
		}
	}
}
