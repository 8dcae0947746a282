package center

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tafkik/tafkik"
)

// Open311 GeoReport v2, JSON format only. Extensions follow FixMyStreet's: extended_status
// carries the detailed state (duplicate, not_councils_responsibility, ...) next to the
// standard open/closed, duplicate_of and duplicates link a duplicate group, and
// agency_responsible names the body a clerk decided is responsible.

// tehran is Iran Standard Time; Iran has kept no daylight saving since 2022, and a fixed
// zone needs no tzdata in a CGO_ENABLED=0 binary on Windows.
var tehran = time.FixedZone("IRST", 3*3600+1800)

// open311Time is ISO 8601 with a numeric offset, as GeoReport v2 asks.
const open311Time = "2006-01-02T15:04:05-07:00"

const (
	open311MaxDays     = 90
	open311MaxPageSize = 1000
	// open311MaxDescription matches maxLength in openapi.yaml.
	open311MaxDescription = 4000
)

// defaultServices are offered even before any request of theirs arrived, so that intake
// works on an empty center.
var defaultServices = []string{"آسفالت", "پسماند", "روشنایی معابر", "فضای سبز", "آب‌های سطحی", "سد معبر"}

var agencyNames = map[tafkik.Agency]string{
	tafkik.AgencyMunicipality: "شهرداری",
	tafkik.AgencyWater:        "شرکت آب و فاضلاب",
	tafkik.AgencyPower:        "شرکت توزیع نیروی برق",
	tafkik.AgencyGas:          "شرکت گاز",
	tafkik.AgencyTelecom:      "شرکت مخابرات",
	tafkik.AgencyPolice:       "پلیس",
	tafkik.AgencyOther:        "سایر دستگاه‌ها",
}

type open311Service struct {
	ServiceCode string `json:"service_code"`
	ServiceName string `json:"service_name"`
	Description string `json:"description"`
	Metadata    bool   `json:"metadata"`
	Type        string `json:"type"`
	Keywords    string `json:"keywords"`
	Group       string `json:"group"`
}

type open311Request struct {
	ServiceRequestID  string   `json:"service_request_id"`
	Status            string   `json:"status"`
	StatusNotes       *string  `json:"status_notes"`
	ServiceName       string   `json:"service_name"`
	ServiceCode       string   `json:"service_code"`
	Description       string   `json:"description"`
	AgencyResponsible string   `json:"agency_responsible"`
	ServiceNotice     *string  `json:"service_notice"`
	RequestedDatetime string   `json:"requested_datetime"`
	UpdatedDatetime   string   `json:"updated_datetime"`
	ExpectedDatetime  *string  `json:"expected_datetime"`
	Address           string   `json:"address"`
	AddressID         *string  `json:"address_id"`
	Zipcode           *string  `json:"zipcode"`
	Lat               *float64 `json:"lat"`
	Long              *float64 `json:"long"`
	MediaURL          *string  `json:"media_url"`

	ExtendedStatus string        `json:"extended_status"`
	DuplicateOf    string        `json:"duplicate_of,omitempty"`
	Duplicates     []string      `json:"duplicates,omitempty"`
	AgencyCode     tafkik.Agency `json:"agency_code"`
	District       string        `json:"district"`
}

type open311Err struct {
	Code        int    `json:"code"`
	Description string `json:"description"`
}

func open311Error(w http.ResponseWriter, status int, description string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode([]open311Err{{Code: status, Description: description}})
}

func open311JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) services(r *http.Request) ([]string, error) {
	cats, err := s.Store.Categories(r.Context())
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, c := range append(append([]string{}, defaultServices...), cats...) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out, nil
}

func (s *Server) open311Services(w http.ResponseWriter, r *http.Request) {
	codes, err := s.services(r)
	if err != nil {
		s.Logger.Error("open311 services", "err", err)
		open311Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	out := make([]open311Service, 0, len(codes))
	for _, c := range codes {
		out = append(out, open311Service{ServiceCode: c, ServiceName: c, Description: c, Type: "realtime"})
	}
	open311JSON(w, http.StatusOK, out)
}

// extendedStatus maps a request to Open311's open/closed and FixMyStreet's detailed state.
func extendedStatus(rec Record) (status, extended string) {
	if rec.DuplicateOf != "" {
		return "closed", "duplicate"
	}
	switch rec.Request.Status {
	case tafkik.StatusReviewing:
		return "open", "investigating"
	case tafkik.StatusAssigned:
		return "open", "action_scheduled"
	case tafkik.StatusInProgress:
		return "open", "in_progress"
	case tafkik.StatusResolved:
		return "closed", "fixed"
	case tafkik.StatusReferred:
		if rec.Agency != "" && rec.Agency.Outside() {
			return "closed", "not_councils_responsibility"
		}
		return "closed", "internal_referral"
	case tafkik.StatusRejected:
		return "closed", "no_further_action"
	}
	return "open", "open"
}

func toOpen311(rec Record) open311Request {
	r := rec.Request
	status, ext := extendedStatus(rec)
	agency := rec.Agency
	if agency == "" {
		agency = tafkik.AgencyMunicipality
	}
	out := open311Request{
		ServiceRequestID: r.ID, Status: status, ServiceName: r.Category, ServiceCode: r.Category,
		Description: redactPhones(r.Text), AgencyResponsible: agencyNames[agency], AgencyCode: agency,
		RequestedDatetime: r.CreatedAt.In(tehran).Format(open311Time),
		UpdatedDatetime:   r.UpdatedAt.In(tehran).Format(open311Time),
		Address:           r.Address, ExtendedStatus: ext, DuplicateOf: rec.DuplicateOf,
		Duplicates: rec.Duplicates, District: r.District,
	}
	if rec.StatusNote != "" {
		note := redactPhones(rec.StatusNote)
		out.StatusNotes = &note
	}
	if r.HasLocation {
		lat, lon := r.Lat, r.Lon
		out.Lat, out.Long = &lat, &lon
	}
	return out
}

// parseOpen311Time accepts the W3C subset of ISO 8601 that GeoReport v2 names; a value
// without a zone is read as Tehran time.
func parseOpen311Time(v string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, v, tehran); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not an ISO 8601 date-time (e.g. 2026-11-28T09:30:00+03:30)", v)
}

func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (s *Server) open311Requests(w http.ResponseWriter, r *http.Request) {
	q, err := s.open311Query(r)
	if err != nil {
		open311Error(w, http.StatusBadRequest, err.Error())
		return
	}
	recs, err := s.Store.Open311(r.Context(), q)
	if err != nil {
		s.Logger.Error("open311 requests", "err", err)
		open311Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	out := make([]open311Request, 0, len(recs))
	for _, rec := range recs {
		out = append(out, toOpen311(rec))
	}
	open311JSON(w, http.StatusOK, out)
}

func (s *Server) open311Query(r *http.Request) (Query, error) {
	v := r.URL.Query()
	q := Query{District: v.Get("district"), Limit: open311MaxPageSize}
	page := 1
	if p := v.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return q, fmt.Errorf("page must be a whole number ≥ 1")
		}
		page = n
	}
	if p := v.Get("page_size"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > open311MaxPageSize {
			return q, fmt.Errorf("page_size must be a whole number from 1 to %d", open311MaxPageSize)
		}
		q.Limit = n
	}
	q.Offset = (page - 1) * q.Limit
	if ids := splitList(v.Get("service_request_id")); len(ids) > 0 {
		// The spec: service_request_id overrides every other argument.
		if len(ids) > open311MaxPageSize {
			return q, fmt.Errorf("at most %d service_request_id values", open311MaxPageSize)
		}
		return Query{IDs: ids, Limit: q.Limit, Offset: q.Offset}, nil
	}
	q.Categories = splitList(v.Get("service_code"))
	states := map[string]bool{}
	for _, st := range splitList(v.Get("status")) {
		if st != "open" && st != "closed" {
			return q, fmt.Errorf("status %q: use open, closed or both comma-separated", st)
		}
		states[st] = true
	}
	if len(states) == 1 {
		for st := range states {
			q.State = st
		}
	}
	var start, end time.Time
	if sd := v.Get("start_date"); sd != "" {
		t, err := parseOpen311Time(sd)
		if err != nil {
			return q, fmt.Errorf("start_date: %v", err)
		}
		start = t
	}
	if ed := v.Get("end_date"); ed != "" {
		t, err := parseOpen311Time(ed)
		if err != nil {
			return q, fmt.Errorf("end_date: %v", err)
		}
		end = t
	}
	span := open311MaxDays * 24 * time.Hour
	switch {
	case start.IsZero() && end.IsZero():
		end = s.Now()
		start = end.Add(-span)
	case start.IsZero():
		start = end.Add(-span)
	case end.IsZero():
		end = start.Add(span)
	}
	if end.Before(start) {
		return q, fmt.Errorf("end_date is before start_date")
	}
	if end.Sub(start) > span {
		return q, fmt.Errorf("start_date to end_date may not span more than %d days", open311MaxDays)
	}
	q.Start, q.End = start, end
	return q, nil
}

func (s *Server) open311Request(w http.ResponseWriter, r *http.Request) {
	id, ok := strings.CutSuffix(r.PathValue("file"), ".json")
	if !ok || id == "" {
		open311Error(w, http.StatusNotFound, "only the .json format is served: /open311/v2/requests/ID.json")
		return
	}
	recs, err := s.Store.Open311(r.Context(), Query{IDs: []string{id}, Limit: 1})
	if err != nil {
		s.Logger.Error("open311 request", "err", err)
		open311Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	if len(recs) == 0 {
		open311Error(w, http.StatusNotFound, "no service request "+id)
		return
	}
	open311JSON(w, http.StatusOK, []open311Request{toOpen311(recs[0])})
}

func (s *Server) open311Create(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.MaxBodyBytes)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			open311Error(w, http.StatusRequestEntityTooLarge, "request too large")
			return
		}
		open311Error(w, http.StatusBadRequest, "the body must be application/x-www-form-urlencoded")
		return
	}
	f := r.PostForm
	key := f.Get("api_key")
	if key == "" {
		open311Error(w, http.StatusForbidden, "api_key is required")
		return
	}
	t, err := s.Store.TokenByHash(r.Context(), HashToken(key))
	if errors.Is(err, ErrNotFound) || (err == nil && (t.Revoked() || t.Role == "manager")) {
		open311Error(w, http.StatusForbidden, "api_key is invalid, revoked or may not file requests")
		return
	}
	if err != nil {
		s.Logger.Error("open311 create", "err", err)
		open311Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	if h, ok := r.Context().Value(logHolderKey{}).(*Token); ok {
		*h = Token{ID: t.ID, District: t.District}
	}
	code := f.Get("service_code")
	codes, err := s.services(r)
	if err != nil {
		open311Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	if code == "" || !containsString(codes, code) {
		open311Error(w, http.StatusBadRequest, fmt.Sprintf("service_code %q is not in services.json", code))
		return
	}
	if n := utf8.RuneCountInString(f.Get("description")); n > open311MaxDescription {
		open311Error(w, http.StatusBadRequest, fmt.Sprintf("description has %d characters, at most %d", n, open311MaxDescription))
		return
	}
	req := tafkik.Request{District: t.District, Category: code, Text: f.Get("description"),
		Address: f.Get("address_string"), Channel: "open311"}
	latS, lonS := f.Get("lat"), f.Get("long")
	if latS != "" || lonS != "" {
		lat, err1 := strconv.ParseFloat(latS, 64)
		lon, err2 := strconv.ParseFloat(lonS, 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			open311Error(w, http.StatusBadRequest, "lat and long must both be WGS84 degrees")
			return
		}
		req.Lat, req.Lon, req.HasLocation = lat, lon, true
	}
	if !req.HasLocation && req.Address == "" && f.Get("address_id") == "" {
		open311Error(w, http.StatusBadRequest, "a location is required: lat and long, address_string or address_id")
		return
	}
	if req.Address == "" {
		req.Address = f.Get("address_id")
	}
	created, err := s.Store.CreateRequest(r.Context(), req)
	if err != nil {
		s.Logger.Error("open311 create", "err", err)
		open311Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	open311JSON(w, http.StatusCreated, []map[string]any{{
		"service_request_id": created.ID, "service_notice": "", "account_id": nil,
	}})
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
