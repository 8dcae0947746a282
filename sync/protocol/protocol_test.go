package protocol

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

func TestDecodeOp(t *testing.T) {
	base := func(kind tafkik.OpKind, entity, fields string) tafkik.Op {
		return tafkik.Op{ID: "op-1", Kind: kind, Entity: entity, EntityID: "r1",
			Fields: json.RawMessage(fields), Actor: "a", CreatedAt: time.Now()}
	}
	tests := []struct {
		name string
		op   tafkik.Op
		want any // the type of the decoded fields; nil for a refusal
	}{
		{"status", base(tafkik.OpSetStatus, "request", `{"status":"assigned"}`), &SetStatusFields{}},
		{"status unknown", base(tafkik.OpSetStatus, "request", `{"status":"done"}`), nil},
		{"status on issue", base(tafkik.OpSetStatus, "issue", `{"status":"assigned"}`), &SetStatusFields{}},
		{"status on a note", base(tafkik.OpSetStatus, "note", `{"status":"assigned"}`), nil},
		{"note", base(tafkik.OpAddNote, "issue", `{"note":{"id":"n1","text":"سلام"}}`), &AddNoteFields{}},
		{"empty note", base(tafkik.OpAddNote, "request", `{"note":{"id":"n1","text":"  "}}`), nil},
		{"visit", base(tafkik.OpAddVisit, "issue", `{"visit":{"id":"v1","visited_at":"2026-01-01T10:00:00Z"}}`), &AddVisitFields{}},
		{"visit no time", base(tafkik.OpAddVisit, "issue", `{"visit":{"id":"v1"}}`), nil},
		{"decision", base(tafkik.OpDecideGroup, "issue", `{"decision":{"id":"d1","kind":"same","request_ids":["a","b"]}}`), &DecideGroupFields{}},
		{"decision of one", base(tafkik.OpDecideGroup, "issue", `{"decision":{"id":"d1","kind":"same","request_ids":["a"]}}`), nil},
		{"decision twice", base(tafkik.OpDecideGroup, "issue", `{"decision":{"id":"d1","kind":"same","request_ids":["a","a"]}}`), nil},
		{"flag", base(tafkik.OpDecideFlag, "request", `{"agency":"water"}`), &DecideFlagFields{}},
		{"flag unknown", base(tafkik.OpDecideFlag, "request", `{"agency":"moon"}`), nil},
		{"issue info", base(tafkik.OpSetIssueInfo, "issue", `{"title":"آسفالت"}`), &SetIssueInfoFields{}},
		{"issue info empty", base(tafkik.OpSetIssueInfo, "issue", `{}`), nil},
		{"unknown kind", base("explode", "request", `{}`), nil},
		{"fields not object", base(tafkik.OpSetStatus, "request", `"x"`), nil},
		{"slash in id", func() tafkik.Op {
			o := base(tafkik.OpSetStatus, "request", `{"status":"new"}`)
			o.EntityID = "../x"
			return o
		}(), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeOp(tc.op)
			if tc.want == nil {
				if !errors.Is(err, ErrInvalidOp) {
					t.Fatalf("DecodeOp = %T, %v; want ErrInvalidOp", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if gt, wt := typeName(got), typeName(tc.want); gt != wt {
				t.Fatalf("decoded %s, want %s", gt, wt)
			}
		})
	}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }

func TestRequestLocationRoundTrip(t *testing.T) {
	for _, r := range []tafkik.Request{
		{ID: "a", Lat: 0, Lon: 0, HasLocation: true},
		{ID: "b"},
		{ID: "c", Lat: 35.7, Lon: 51.4, HasLocation: true},
	} {
		b, err := json.Marshal(FromRequest(r))
		if err != nil {
			t.Fatal(err)
		}
		var w Request
		if err := json.Unmarshal(b, &w); err != nil {
			t.Fatal(err)
		}
		if got := w.Domain(); got.HasLocation != r.HasLocation || got.Lat != r.Lat || got.Lon != r.Lon {
			t.Errorf("%s: round trip %s gave %+v", r.ID, b, got)
		}
	}
}
