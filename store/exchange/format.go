package exchange

import (
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
	return "", fmt.Errorf("%s: unknown format (want .jsonl, .csv or .xlsx)", path)
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
// Arabic letter forms do not matter.
var aliases = map[field][]string{
	fieldID:        {"id", "request_id", "requestid", "tracking_code", "service_request_id", "sr_number", "case_id", "ticket_id", "tracking_number", "کد رهگیری", "شماره رهگیری", "شماره پیگیری", "کد پیگیری", "شماره درخواست", "کد درخواست", "شناسه"},
	fieldDistrict:  {"district", "region", "district_id", "district_code", "منطقه", "ناحیه"},
	fieldCreatedAt: {"created_at", "created", "date", "datetime", "requested_datetime", "created_date", "submitted_at", "reported_at", "timestamp", "تاریخ گزارش", "زمان گزارش", "تاریخ ثبت", "تاریخ", "زمان ثبت", "تاریخ و ساعت ثبت"},
	fieldCategory:  {"category", "subject", "topic", "service_name", "sr_type", "request_type", "complaint_type", "type", "موضوع", "دسته", "دسته بندی", "نوع درخواست"},
	fieldText:      {"text", "description", "body", "details", "message", "content", "comment", "comments", "شرح مشکل", "شرح شکایت", "متن پیام", "شرح", "متن درخواست", "متن", "شرح درخواست", "توضیحات"},
	fieldAddress:   {"address", "location", "street_address", "incident_address", "address_string", "نشانی محل", "آدرس محل", "نشانی", "آدرس"},
	fieldLat:       {"lat", "latitude", "عرض جغرافیایی", "عرض"},
	fieldLon:       {"lon", "lng", "long", "longitude", "طول جغرافیایی", "طول"},
	fieldChannel:   {"channel", "source", "کانال", "نحوه ثبت", "نحوه‌ی ثبت", "روش ثبت", "مجرای ثبت"},
	fieldStatus:    {"status", "state", "وضعیت"},
}

var aliasIndex = func() map[string]field {
	m := map[string]field{}
	for f, names := range aliases {
		for _, n := range names {
			m[foldHeader(n)] = f
		}
	}
	return m
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
