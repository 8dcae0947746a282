package jurisdiction

import "sync/atomic"

// Reloader holds the engine in force and swaps it only for rules that load without error,
// so a district editing its rules file never loses flagging to a typo.
type Reloader struct {
	cur atomic.Pointer[Engine]
}

// Engine returns the engine in force, or the default one when nothing was loaded yet.
func (r *Reloader) Engine() *Engine {
	if e := r.cur.Load(); e != nil {
		return e
	}
	e, err := Default()
	if err != nil {
		panic("jurisdiction: embedded default rules are broken: " + err.Error())
	}
	r.cur.CompareAndSwap(nil, e)
	return r.cur.Load()
}

// Reload loads path and puts it in force; on error the previous engine stays.
func (r *Reloader) Reload(path string) error {
	e, err := Load(path)
	if err != nil {
		return err
	}
	r.cur.Store(e)
	return nil
}
