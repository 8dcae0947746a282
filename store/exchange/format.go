package exchange

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// Format is an exchange file format.
type Format string

const (
	JSONL Format = "jsonl"
	CSV   Format = "csv"
	XLSX  Format = "xlsx"
)

// ErrUnknownFormat is a file whose extension names none of the formats.
var ErrUnknownFormat = errors.New("unknown format")

// FormatFromPath picks the format from a file name's extension.
func FormatFromPath(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson", ".json":
		return JSONL, nil
	case ".csv", ".tsv", ".txt":
		return CSV, nil
	case ".xlsx", ".xlsm":
		return XLSX, nil
	}
	return "", fmt.Errorf("%s: %w (want .jsonl, .csv or .xlsx)", path, ErrUnknownFormat)
}

// field indexes the columns of the exchange format.
type field int

const (
	fieldID field = iota
	fieldDistrict
	fieldCreatedAt
	fieldCategory
	fieldText
	fieldAddress
	fieldLat
	fieldLon
	fieldChannel
	fieldStatus
	numFields
)

// Fields are the exchange format's column names in their canonical order; writers use
// them as the header.
var Fields = [numFields]string{"id", "district", "created_at", "category", "text",
	"address", "lat", "lon", "channel", "status"}

func (f field) String() string { return Fields[f] }

func fieldByName(name string) (field, bool) {
	for i, n := range Fields {
		if n == name {
			return field(i), true
		}
	}
	return 0, false
}

// required fields must have a column (CSV/XLSX) and a non-blank value in every row: a
// request without a date cannot be placed in time by grouping. The text may be blank in a row
// that gives the category or the address (see record.hasSubject).
var required = []field{fieldID, fieldCreatedAt, fieldText}

// aliases are the header names the central system and hand-made spreadsheets use, in
// English and Persian. They are compared after foldHeader, so spacing, ZWNJ, case and
// Arabic letter forms do not matter. Each list is in order of preference: when a file has
// two columns (or keys) for one field, the name earlier in the list gives it («text» over
// «description», «موضوع» over «type»), so the generic names other systems also use for
// something else («type», «comments», «date») come last.
var aliases = map[field][]string{
	fieldID: {"id", "request_id", "requestid", "شماره پیگیری", "کد پیگیری", "کد رهگیری", "شماره رهگیری",
		"شماره درخواست", "کد درخواست", "tracking_code", "service_request_id", "sr_number", "tracking_number",
		"case_id", "ticket_id", "شناسه", "شناسه درخواست", "شماره", "کد"},
	fieldDistrict: {"district", "منطقه", "district_code", "district_id", "ناحیه", "region"},
	fieldCreatedAt: {"created_at", "تاریخ ثبت", "زمان ثبت", "تاریخ و ساعت ثبت", "requested_datetime", "created",
		"created_date", "submitted_at", "reported_at", "تاریخ گزارش", "زمان گزارش", "datetime", "timestamp",
		"تاریخ درخواست", "زمان درخواست", "تاریخ ایجاد", "زمان", "تاریخ", "date", "time"},
	fieldCategory: {"category", "موضوع", "موضوع درخواست", "دسته", "دسته بندی", "نوع درخواست", "عنوان درخواست", "نوع", "service_name", "sr_type",
		"request_type", "complaint_type", "subject", "topic", "type"},
	fieldText: {"text", "شرح", "متن درخواست", "شرح درخواست", "متن", "شرح مشکل", "شرح شکایت", "متن پیام",
		"description", "body", "details", "توضیحات", "message", "content", "comment", "comments"},
	fieldAddress: {"address", "نشانی", "آدرس", "نشانی محل", "آدرس محل", "street_address", "incident_address",
		"address_string", "location"},
	fieldLat:     {"lat", "عرض جغرافیایی", "latitude", "عرض"},
	fieldLon:     {"lon", "طول جغرافیایی", "lng", "long", "longitude", "طول"},
	fieldChannel: {"channel", "کانال", "کانال ثبت", "نحوه ثبت", "نحوه‌ی ثبت", "روش ثبت", "مجرای ثبت", "منبع", "source"},
	fieldStatus:  {"status", "وضعیت", "وضعیت درخواست", "state"},
}

// aliasIndex is the field each folded name stands for, and aliasRank its place in that
// field's list of aliases (0: the field's own name).
var aliasIndex, aliasRank = func() (map[string]field, map[string]int) {
	index, rank := map[string]field{}, map[string]int{}
	for f, names := range aliases {
		for i, n := range names {
			index[foldHeader(n)], rank[foldHeader(n)] = f, i
		}
	}
	return index, rank
}()

// ParseMap turns --map arguments of the form field=column into a field → column map. The
// column is a header name (compared like recognised headers) or a 1-based column number.
func ParseMap(specs []string) (map[string]string, error) {
	m := map[string]string{}
	for _, s := range specs {
		name, col, ok := strings.Cut(s, "=")
		name = strings.TrimSpace(name)
		if !ok || strings.TrimSpace(col) == "" {
			return nil, fmt.Errorf("--map %q: want field=column", s)
		}
		if _, known := fieldByName(name); !known {
			return nil, fmt.Errorf("--map %q: unknown field %q (fields: %s)", s, name, strings.Join(Fields[:], ", "))
		}
		m[name] = col
	}
	return m, nil
}
