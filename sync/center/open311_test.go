package center

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
)

// These tests follow the Open311 GeoReport v2 specification (wiki.open311.org/GeoReport_v2):
// the field names of a service and of a service request, ISO 8601 dates with an offset,
// the 90-day default window and 1000-request cap of GET requests, service_request_id
// overriding other filters, a single request answered as an array, errors as an array of
// {code, description}, and POST as form fields with an api_key.

// spec field names of a service request (GET requests).
var requestFields = []string{"service_request_id", "status", "status_notes", "service_name",
	"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
	"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"}

var iso8601Offset = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$`)

func (e *env) open311(path string) (int, []map[string]any) {
	e.t.Helper()
	status, body := e.do("GET", path, "", nil, "")
	var out []map[string]any
	if err := json.Unmarshal(body, &out); err != nil {
		e.t.Fatalf("GET %s: not a JSON array: %v\n%s", path, err, body)
	}
	return status, out
}

func ids(rows []map[string]any) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r["service_request_id"].(string))
	}
	return out
}

func TestOpen311Services(t *testing.T) {
	e := newEnv(t)
	status, services := e.open311("/open311/v2/services.json")
	if status != 200 {
		t.Fatal(status)
	}
	codes := map[string]bool{}
	for _, s := range services {
		for _, f := range []string{"service_code", "service_name", "description", "metadata", "type", "keywords", "group"} {
			if _, ok := s[f]; !ok {
				t.Errorf("service %v lacks %s", s, f)
			}
		}
		if s["type"] != "realtime" || s["metadata"] != false {
			t.Errorf("service %v: type realtime and metadata false expected", s)
		}
		codes[s["service_code"].(string)] = true
	}
	for _, c := range []string{"آسفالت", "پسماند", "آب‌های سطحی"} {
		if !codes[c] {
			t.Errorf("services lack %s", c)
		}
	}
}

// triage applies the clerk's decisions that Open311 then exposes.
func triage(t *testing.T, e *env) {
	t.Helper()
	_, res := e.push("clerk3", "3",
		op(t, "m1", tafkik.OpDecideGroup, "issue", "iss-1", 0, protocol.DecideGroupFields{Decision: tafkik.Decision{
			ID: "dec-m1", Kind: tafkik.DecisionSame, RequestIDs: []string{"R3-002", "R3-001"}}}),
		op(t, "m2", tafkik.OpDecideFlag, "request", "R3-003", 1, protocol.DecideFlagFields{Agency: tafkik.AgencyWater}),
		op(t, "m3", tafkik.OpSetStatus, "request", "R3-003", 1, protocol.SetStatusFields{Status: tafkik.StatusReferred, Note: "به آبفا ارجاع شد"}),
		op(t, "m4", tafkik.OpSetStatus, "request", "R3-004", 1, protocol.SetStatusFields{Status: tafkik.StatusResolved}),
	)
	for _, r := range res {
		if r.Outcome != tafkik.OpApplied {
			t.Fatalf("triage op: %+v", r)
		}
	}
}

func TestOpen311Requests(t *testing.T) {
	e := newEnv(t)
	triage(t, e)
	status, rows := e.open311("/open311/v2/requests.json")
	if status != 200 {
		t.Fatal(status)
	}
	// Default window: the 90 days up to now; newest first; R3-005 (June) is outside.
	want := []string{"R3-004", "R5-002", "R5-001", "R3-003", "R3-002", "R3-001"}
	if got := ids(rows); !slices.Equal(got, want) {
		t.Fatalf("default window: %v, want %v", got, want)
	}
	byID := map[string]map[string]any{}
	for _, r := range rows {
		for _, f := range requestFields {
			if _, ok := r[f]; !ok {
				t.Errorf("%s lacks field %s", r["service_request_id"], f)
			}
		}
		for _, f := range []string{"requested_datetime", "updated_datetime"} {
			if s, _ := r[f].(string); !iso8601Offset.MatchString(s) {
				t.Errorf("%s: %s %q is not ISO 8601 with an offset", r["service_request_id"], f, r[f])
			}
		}
		if s := r["status"]; s != "open" && s != "closed" {
			t.Errorf("%s: status %q", r["service_request_id"], s)
		}
		byID[r["service_request_id"].(string)] = r
	}
	if got := byID["R3-001"]["requested_datetime"]; got != "2026-11-01T08:10:00+03:30" {
		t.Errorf("R3-001 requested_datetime %v", got)
	}
	checks := []struct {
		id, field string
		want      any
	}{
		{"R3-001", "status", "open"},
		{"R3-001", "extended_status", "open"},
		{"R3-001", "service_code", "آسفالت"},
		{"R3-001", "lat", 37.2801},
		{"R3-001", "long", 49.5832},
		{"R3-002", "status", "closed"},
		{"R3-002", "extended_status", "duplicate"},
		{"R3-002", "duplicate_of", "R3-001"},
		{"R3-003", "status", "closed"},
		{"R3-003", "extended_status", "not_councils_responsibility"},
		{"R3-003", "agency_code", "water"},
		{"R3-003", "agency_responsible", "شرکت آب و فاضلاب"},
		{"R3-003", "status_notes", "به آبفا ارجاع شد"},
		{"R3-003", "lat", nil},
		{"R3-004", "extended_status", "fixed"},
		{"R3-004", "lat", 0.0}, // a real 0,0 is not a missing location
		{"R5-001", "agency_responsible", "شهرداری"},
		{"R5-001", "district", "5"},
	}
	for _, c := range checks {
		if got := byID[c.id][c.field]; got != c.want {
			t.Errorf("%s.%s = %#v, want %#v", c.id, c.field, got, c.want)
		}
	}
	if d, _ := byID["R3-001"]["duplicates"].([]any); len(d) != 1 || d[0] != "R3-002" {
		t.Errorf("R3-001.duplicates = %v, want [R3-002]", byID["R3-001"]["duplicates"])
	}
}

func TestOpen311Filters(t *testing.T) {
	e := newEnv(t)
	triage(t, e)
	q := func(v url.Values) string { return "/open311/v2/requests.json?" + v.Encode() }
	tests := []struct {
		name  string
		query url.Values
		want  []string
	}{
		// R3-002 is a duplicate of R3-001: closed, as its status field says.
		{"closed", url.Values{"status": {"closed"}}, []string{"R3-004", "R3-003", "R3-002"}},
		{"open", url.Values{"status": {"open"}}, []string{"R5-002", "R5-001", "R3-001"}},
		{"open,closed", url.Values{"status": {"open,closed"}}, []string{"R3-004", "R5-002", "R5-001", "R3-003", "R3-002", "R3-001"}},
		{"service code", url.Values{"service_code": {"آسفالت"}}, []string{"R5-002", "R3-002", "R3-001"}},
		{"two codes", url.Values{"service_code": {"پسماند,آب‌های سطحی"}}, []string{"R5-001", "R3-003"}},
		{"district extension", url.Values{"district": {"5"}}, []string{"R5-002", "R5-001"}},
		{"dates with offset", url.Values{"start_date": {"2026-11-02T00:00:00+03:30"}, "end_date": {"2026-11-05T23:59:59+03:30"}},
			[]string{"R5-001", "R3-003", "R3-002"}},
		{"dates in UTC", url.Values{"start_date": {"2026-11-01T04:40:00Z"}, "end_date": {"2026-11-01T04:40:00Z"}}, []string{"R3-001"}},
		{"start only: 90 days on", url.Values{"start_date": {"2026-05-01T00:00:00+03:30"}}, []string{"R3-005"}},
		{"ids override other filters", url.Values{"service_request_id": {"R3-005,R5-001"}, "status": {"closed"}},
			[]string{"R5-001", "R3-005"}},
		{"page 1", url.Values{"page_size": {"4"}}, []string{"R3-004", "R5-002", "R5-001", "R3-003"}},
		{"page 2", url.Values{"page_size": {"4"}, "page": {"2"}}, []string{"R3-002", "R3-001"}},
		{"page 3", url.Values{"page_size": {"4"}, "page": {"3"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, rows := e.open311(q(tc.query))
			if status != 200 {
				t.Fatalf("%d", status)
			}
			if got := ids(rows); !slices.Equal(got, tc.want) {
				t.Fatalf("%v, want %v", got, tc.want)
			}
		})
	}
}

func TestOpen311Errors(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name string
		path string
		want int
	}{
		{"span over 90 days", "/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-11-01T00:00:00Z", 400},
		{"end before start", "/open311/v2/requests.json?start_date=2026-11-02T00:00:00Z&end_date=2026-11-01T00:00:00Z", 400},
		{"bad date", "/open311/v2/requests.json?start_date=yesterday", 400},
		{"bad status", "/open311/v2/requests.json?status=pending", 400},
		{"unknown request", "/open311/v2/requests/R9-999.json", 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := e.do("GET", tc.path, "", nil, "")
			checkOpen311Error(t, status, body, tc.want)
		})
	}
	// Outside the OpenAPI document on purpose: page_size above the spec's 1000, XML.
	for _, path := range []string{"/open311/v2/requests.json?page_size=1001", "/open311/v2/requests/R3-001.xml"} {
		status, body := e.doInvalid("GET", path, "", nil, "")
		if status != 400 && status != 404 {
			t.Errorf("%s: %d", path, status)
		}
		checkOpen311Error(t, status, body, status)
	}
}

func checkOpen311Error(t *testing.T, status int, body []byte, want int) {
	t.Helper()
	if status != want {
		t.Fatalf("status %d, want %d: %s", status, want, body)
	}
	var errs []struct {
		Code        *int    `json:"code"`
		Description *string `json:"description"`
	}
	if err := json.Unmarshal(body, &errs); err != nil || len(errs) == 0 || errs[0].Code == nil ||
		*errs[0].Code != want || errs[0].Description == nil || *errs[0].Description == "" {
		t.Fatalf("not a GeoReport error array with code %d: %s", want, body)
	}
}

func TestOpen311SingleRequest(t *testing.T) {
	e := newEnv(t)
	status, rows := e.open311("/open311/v2/requests/R3-005.json")
	if status != 200 || len(rows) != 1 || rows[0]["service_request_id"] != "R3-005" || rows[0]["status"] != "closed" {
		t.Fatalf("%d %v", status, rows)
	}
}

func TestOpen311Create(t *testing.T) {
	e := newEnv(t)
	form := func(kv ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return v.Encode()
	}
	post := func(body string) (int, []byte) {
		return e.do("POST", "/open311/v2/requests.json", "", strings.NewReader(body), "application/x-www-form-urlencoded")
	}
	status, body := post(form("api_key", e.tokens["intake3"], "service_code", "آسفالت",
		"lat", "37.281", "long", "49.584", "description", "چاله در خیابان", "address_string", "خیابان امام"))
	if status != http.StatusCreated {
		t.Fatalf("create: %d %s", status, body)
	}
	var created []map[string]any
	if err := json.Unmarshal(body, &created); err != nil || len(created) != 1 {
		t.Fatalf("create answer %s", body)
	}
	id, _ := created[0]["service_request_id"].(string)
	if id == "" {
		t.Fatalf("no service_request_id in %s", body)
	}
	_, rows := e.open311("/open311/v2/requests/" + id + ".json")
	if len(rows) != 1 || rows[0]["status"] != "open" || rows[0]["district"] != "3" || rows[0]["description"] != "چاله در خیابان" {
		t.Fatalf("the new request reads %v", rows)
	}
	// The new request reaches district 3's devices through the feed.
	feed := e.pullAll("clerk3", "3", 100)
	if last := feed[len(feed)-1]; last.Kind != protocol.ChangeRequest || last.EntityID != id || last.Request.Channel != "open311" {
		t.Fatalf("last change %+v", last)
	}

	refusals := []struct {
		name string
		body string
		want int
	}{
		{"no api_key", form("service_code", "آسفالت", "lat", "1", "long", "1"), 403},
		{"unknown api_key", form("api_key", "tfk_nope", "service_code", "آسفالت", "lat", "1", "long", "1"), 403},
		{"revoked api_key", form("api_key", e.tokens["revoked3"], "service_code", "آسفالت", "lat", "1", "long", "1"), 403},
		{"manager api_key", form("api_key", e.tokens["manager3"], "service_code", "آسفالت", "lat", "1", "long", "1"), 403},
		{"unknown service", form("api_key", e.tokens["intake3"], "service_code", "UFO", "lat", "1", "long", "1"), 400},
		{"no location", form("api_key", e.tokens["intake3"], "service_code", "آسفالت", "description", "x"), 400},
		{"half a location", form("api_key", e.tokens["intake3"], "service_code", "آسفالت", "lat", "1"), 400},
		{"description too long", form("api_key", e.tokens["intake3"], "service_code", "آسفالت", "lat", "1", "long", "1",
			"description", strings.Repeat("ب", 4001)), 400},
	}
	for _, tc := range refusals {
		t.Run(tc.name, func(t *testing.T) {
			var status int
			var body []byte
			if tc.name == "no api_key" || tc.name == "description too long" {
				// These break the document's own rules (api_key required, maxLength).
				status, body = e.doInvalid("POST", "/open311/v2/requests.json", "", strings.NewReader(tc.body), "application/x-www-form-urlencoded")
			} else {
				status, body = post(tc.body)
			}
			checkOpen311Error(t, status, body, tc.want)
		})
	}
	if n := len(e.pullAll("clerk3", "3", 100)); n != len(feed) {
		t.Fatalf("refused intakes changed the feed: %d changes, want %d", n, len(feed))
	}
}
