package exchange

import (
	"bytes"
	"fmt"
	"testing"
)

// benchJSONL is n rows shaped like the central export: Persian text, half with a location.
func benchJSONL(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		loc := `"lat":null,"lon":null`
		if i%2 == 0 {
			loc = fmt.Sprintf(`"lat":37.%04d,"lon":49.%04d`, i%10000, (i*7)%10000)
		}
		fmt.Fprintf(&b, `{"id":"r%06d","district":"3","created_at":"2026-05-%02dT09:30:00+03:30","category":"آسفالت","text":"آسفالت کوچه %d خراب است و رسیدگی نمی‌شود","address":"گلسار، پلاک %d",%s,"channel":"app","status":"new"}`+"\n",
			i, 1+i%28, i%97, i%300, loc)
	}
	return b.Bytes()
}

func BenchmarkReadJSONL100k(b *testing.B) {
	data := benchJSONL(100000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		err := Read(bytes.NewReader(data), JSONL, Options{File: "bench"}, func(r Row) error {
			if r.Err != nil {
				return r.Err
			}
			n++
			return nil
		})
		if err != nil || n != 100000 {
			b.Fatal(err, n)
		}
	}
}

func BenchmarkReadCSV100k(b *testing.B) {
	var rows []Row
	_ = Read(bytes.NewReader(benchJSONL(100000)), JSONL, Options{}, func(r Row) error { rows = append(rows, r); return nil })
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, CSV)
	for _, r := range rows {
		w.Write(r.Request)
	}
	w.Close()
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		err := Read(bytes.NewReader(data), CSV, Options{File: "bench"}, func(r Row) error {
			if r.Err != nil {
				return r.Err
			}
			n++
			return nil
		})
		if err != nil || n != 100000 {
			b.Fatal(err, n)
		}
	}
}
