package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	tafkik "github.com/tafkik/tafkik"
)

// Assignments is one CSV of the triage export's shape: each request's group and agency.
type Assignments struct {
	Groups   map[string]string
	Agencies map[string]tafkik.Agency
}

// ReadCSV reads a truth file or a triage export (header request_id,group_id,jurisdiction, in
// any column order; a UTF-8 BOM is tolerated). A bad row is an error naming its line.
func ReadCSV(r io.Reader) (Assignments, error) {
	a := Assignments{Groups: map[string]string{}, Agencies: map[string]tafkik.Agency{}}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return a, fmt.Errorf("header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, want := range []string{"request_id", "group_id", "jurisdiction"} {
		if _, ok := col[want]; !ok {
			return a, fmt.Errorf("header lacks %q (have %v)", want, header)
		}
	}
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return a, nil
		}
		if err != nil {
			return a, err // a csv.ParseError names its line
		}
		line, _ := cr.FieldPos(0)
		get := func(name string) string {
			if i := col[name]; i < len(row) {
				return strings.TrimSpace(row[i])
			}
			return ""
		}
		id, g := get("request_id"), get("group_id")
		if id == "" || g == "" {
			return a, fmt.Errorf("line %d: empty request_id or group_id", line)
		}
		if _, dup := a.Groups[id]; dup {
			return a, fmt.Errorf("line %d: request %s appears twice", line, id)
		}
		ag, err := tafkik.ParseAgency(get("jurisdiction"))
		if err != nil {
			return a, fmt.Errorf("line %d: %w", line, err)
		}
		a.Groups[id], a.Agencies[id] = g, ag
	}
}
