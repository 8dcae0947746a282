package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/tafkik/tafkik"
)

// ErrInvalidOp wraps every reason DecodeOp refuses an op; the center answers such an op
// "rejected" with the reason, and the client should never have sent it.
var ErrInvalidOp = errors.New("invalid op")

// maxIDLen bounds ids so that a hostile batch cannot grow the center's tables with megabyte keys.
const maxIDLen = 128

// DecodeOp checks an op's envelope and decodes its fields into the typed struct of its kind
// (*SetStatusFields, *AddNoteFields, ...). It checks shape only; whether the op applies to
// the center's current state is the center's business.
func DecodeOp(op tafkik.Op) (any, error) {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidOp, fmt.Sprintf(format, a...))
	}
	if err := checkID("id", op.ID); err != nil {
		return nil, bad("%v", err)
	}
	if err := checkID("entity_id", op.EntityID); err != nil {
		return nil, bad("%v", err)
	}
	if op.BaseVersion < 0 {
		return nil, bad("base_version %d is negative", op.BaseVersion)
	}
	raw := bytes.TrimSpace(op.Fields)
	if len(raw) == 0 || raw[0] != '{' {
		return nil, bad("fields must be a JSON object")
	}
	want := map[tafkik.OpKind][]string{
		tafkik.OpSetStatus:    {"request", "issue"},
		tafkik.OpAddNote:      {"request", "issue"},
		tafkik.OpAddVisit:     {"issue"},
		tafkik.OpDecideGroup:  {"issue", "decision"},
		tafkik.OpDecideFlag:   {"request"},
		tafkik.OpSetIssueInfo: {"issue"},
	}
	entities, ok := want[op.Kind]
	if !ok {
		return nil, bad("unknown kind %q", op.Kind)
	}
	if !contains(entities, op.Entity) {
		return nil, bad("kind %s needs entity %s, got %q", op.Kind, strings.Join(entities, " or "), op.Entity)
	}
	switch op.Kind {
	case tafkik.OpSetStatus:
		var f SetStatusFields
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, bad("fields: %v", err)
		}
		if !f.Status.Valid() {
			return nil, bad("unknown status %q", f.Status)
		}
		return &f, nil
	case tafkik.OpAddNote:
		var f AddNoteFields
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, bad("fields: %v", err)
		}
		if err := checkID("note.id", f.Note.ID); err != nil {
			return nil, bad("%v", err)
		}
		if strings.TrimSpace(f.Note.Text) == "" {
			return nil, bad("note.text is empty")
		}
		return &f, nil
	case tafkik.OpAddVisit:
		var f AddVisitFields
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, bad("fields: %v", err)
		}
		if err := checkID("visit.id", f.Visit.ID); err != nil {
			return nil, bad("%v", err)
		}
		if f.Visit.VisitedAt.IsZero() {
			return nil, bad("visit.visited_at is missing")
		}
		return &f, nil
	case tafkik.OpDecideGroup:
		var f DecideGroupFields
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, bad("fields: %v", err)
		}
		d := f.Decision
		if err := checkID("decision.id", d.ID); err != nil {
			return nil, bad("%v", err)
		}
		if d.Kind != tafkik.DecisionSame && d.Kind != tafkik.DecisionDifferent {
			return nil, bad("unknown decision kind %q", d.Kind)
		}
		// "same" joins two or more requests; "different" keeps two or more apart, or (a split)
		// takes one or more requests away from Others.
		if len(d.RequestIDs) < 2 && (d.Kind == tafkik.DecisionSame || len(d.Others) == 0) {
			return nil, bad("a decision needs at least two requests, got %d", len(d.RequestIDs)+len(d.Others))
		}
		if d.Kind == tafkik.DecisionSame && len(d.Others) > 0 {
			return nil, bad("a \"same\" decision has no others")
		}
		if len(d.RequestIDs)+len(d.Others) > MaxOpsPerBatch*10 {
			return nil, bad("a decision names %d requests, at most %d", len(d.RequestIDs)+len(d.Others), MaxOpsPerBatch*10)
		}
		seen := map[string]bool{}
		for field, ids := range map[string][]string{"request_ids": d.RequestIDs, "others": d.Others} {
			for i, id := range ids {
				if err := checkID("decision."+field+"["+strconv.Itoa(i)+"]", id); err != nil {
					return nil, bad("%v", err)
				}
				if seen[id] {
					return nil, bad("decision names request %s twice", id)
				}
				seen[id] = true
			}
		}
		return &f, nil
	case tafkik.OpDecideFlag:
		var f DecideFlagFields
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, bad("fields: %v", err)
		}
		if !f.Agency.Valid() {
			return nil, bad("unknown agency %q", f.Agency)
		}
		return &f, nil
	case tafkik.OpSetIssueInfo:
		var f SetIssueInfoFields
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, bad("fields: %v", err)
		}
		if f.Status != "" && !f.Status.Valid() {
			return nil, bad("unknown status %q", f.Status)
		}
		if f.Title == "" && f.Status == "" {
			return nil, bad("set_issue_info changes nothing")
		}
		return &f, nil
	}
	return nil, bad("unknown kind %q", op.Kind)
}

func checkID(name, id string) error {
	switch {
	case id == "":
		return fmt.Errorf("%s is empty", name)
	case len(id) > maxIDLen:
		return fmt.Errorf("%s is longer than %d bytes", name, maxIDLen)
	case strings.ContainsAny(id, "/?#\x00\r\n"):
		return fmt.Errorf("%s %q has a character ids may not hold", name, id)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
