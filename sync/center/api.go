package center

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strconv"

	"github.com/tafkik/tafkik/sync/protocol"
)

func (s *Server) me(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", http.MethodGet)
		s.problem(w, r, http.StatusMethodNotAllowed, protocol.ProblemNotAllowed, "method not allowed", "use GET")
		return
	}
	t := principal(r.Context())
	writeJSON(w, r, http.StatusOK, protocol.Me{District: t.District, Role: t.Role, TokenID: t.ID,
		ServerTime: s.Now().UTC()})
}

func (s *Server) changes(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	after, limit := int64(0), protocol.DefaultChangesLimit
	if v := q.Get("after"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			s.problem(w, r, http.StatusBadRequest, protocol.ProblemBadRequest, "bad cursor", "after must be a whole number ≥ 0")
			return
		}
		after = n
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			s.problem(w, r, http.StatusBadRequest, protocol.ProblemBadRequest, "bad limit", "limit must be a whole number ≥ 1")
			return
		}
		limit = min(n, protocol.MaxChangesLimit)
	}
	d := principal(r.Context()).District
	changes, next, more, err := s.Store.Changes(r.Context(), d, after, limit)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	// The stored changes are already JSON; the page is assembled around them rather than
	// decoded and encoded again, which keeps a 100,000-request first sync cheap.
	w.Header().Set("Content-Type", protocol.MediaJSON)
	w.Header().Set("Cache-Control", "no-store")
	out, done := gzipped(w, r)
	defer done()
	w.WriteHeader(http.StatusOK)
	buf := bytes.NewBufferString(`{"changes":[`)
	for i, c := range changes {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(c)
		if buf.Len() > 64<<10 {
			if _, err := out.Write(buf.Bytes()); err != nil {
				return
			}
			buf.Reset()
		}
	}
	fmt.Fprintf(buf, `],"next":%d,"more":%t}`+"\n", next, more)
	out.Write(buf.Bytes())
}

func (s *Server) ops(w http.ResponseWriter, r *http.Request) {
	t := principal(r.Context())
	if !t.Role.CanPush() {
		s.problem(w, r, http.StatusForbidden, protocol.ProblemForbidden, "this role may not push ops",
			fmt.Sprintf("a %s's token reads the district but does not change it", t.Role))
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != protocol.MediaJSON {
		s.problem(w, r, http.StatusUnsupportedMediaType, protocol.ProblemUnsupported, "unsupported media type",
			"send the batch as application/json")
		return
	}
	body := http.MaxBytesReader(w, r.Body, s.MaxBodyBytes)
	var batch protocol.OpsBatch
	dec := json.NewDecoder(body)
	if err := dec.Decode(&batch); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.problem(w, r, http.StatusRequestEntityTooLarge, protocol.ProblemTooLarge, "batch too large",
				fmt.Sprintf("a batch may hold at most %d bytes", s.MaxBodyBytes))
			return
		}
		s.problem(w, r, http.StatusBadRequest, protocol.ProblemBadRequest, "batch is not valid JSON", err.Error())
		return
	}
	if dec.More() {
		s.problem(w, r, http.StatusBadRequest, protocol.ProblemBadRequest, "batch is not valid JSON", "data after the batch object")
		return
	}
	if len(batch.Ops) > protocol.MaxOpsPerBatch {
		s.problem(w, r, http.StatusBadRequest, protocol.ProblemBadRequest, "batch too long",
			fmt.Sprintf("%d ops; a batch may hold at most %d", len(batch.Ops), protocol.MaxOpsPerBatch))
		return
	}
	for _, op := range batch.Ops {
		// The body may not reach past the token's district any more than the URL may.
		if op.District != "" && op.District != t.District {
			s.problem(w, r, http.StatusForbidden, protocol.ProblemForbidden, "another district",
				fmt.Sprintf("op %s names district %s; this token belongs to district %s", op.ID, op.District, t.District))
			return
		}
	}
	results, err := s.Store.ApplyOps(r.Context(), t.District, batch.Ops)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, protocol.OpsResult{Results: results})
}

func (s *Server) request(w http.ResponseWriter, r *http.Request) {
	d, err := s.Store.Request(r.Context(), principal(r.Context()).District, r.PathValue("id"))
	if errors.Is(err, ErrNotFound) {
		s.problem(w, r, http.StatusNotFound, protocol.ProblemNotFound, "no such request",
			fmt.Sprintf("district %s has no request %s", principal(r.Context()).District, r.PathValue("id")))
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, d)
}
