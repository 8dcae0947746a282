package rasht7

import (
	"io"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Write generates a set and writes dir/requests.jsonl and dir/truth.csv (labelled.Write).
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, toLabelled(rows))
}

// WriteJSONL writes the requests, one JSON object a line.
func WriteJSONL(w io.Writer, rows []Row) error { return labelled.WriteJSONL(w, toLabelled(rows)) }

// WriteTruth writes truth.csv: the header, then each request's issue and agency.
func WriteTruth(w io.Writer, rows []Row) error { return labelled.WriteTruth(w, toLabelled(rows)) }

// toLabelled is the rows in the shared file format.
func toLabelled(rows []Row) []labelled.Row {
	out := make([]labelled.Row, len(rows))
	for i, r := range rows {
		out[i] = labelled.FromRequest(r.Request, r.Group, string(r.Agency))
	}
	return out
}
