package exchange

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik"
	"github.com/xuri/excelize/v2"

	// Jalali times are Tehran wall-clock times; embedding the zone database keeps their
	// conversion identical on machines without one (Windows clerks' workstations).
	_ "time/tzdata"
)

// DefaultMaxText caps a request's text (in characters); a longer one is a broken export
// or an attack, not a citizen's request.
const DefaultMaxText = 20000

const (
	minYear       = 1971
	maxYear       = 2200
	maxIDLen      = 128
	maxShortField = 1000 // district, category, channel
	maxAddress    = 4000
)

// Tehran is Iran's time zone; Jalali and zone-less dates are read in it.
var Tehran = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		return time.FixedZone("IRST", 3*3600+1800)
	}
	return loc
}()

// foldHeader reduces a header (or a status word) to a comparison form: case, spacing,
// ZWNJ, separators and Arabic letter variants do not count.
func foldHeader(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '_', r == '-', r == '.', r == '\u200c', r == '\u200d',
			r == '\ufeff', r == '\u0640', r == '\u200e', r == '\u200f', unicode.Is(unicode.Bidi_Control, r):
			continue
		case r == 'ي' || r == 'ى' || r == 'ئ':
			r = 'ی'
		case r == 'ك':
			r = 'ک'
		case r == 'أ' || r == 'إ':
			r = 'ا'
		case r == 'ة':
			r = 'ه'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// DistrictCode is a district as the data keeps it: «۳», «منطقه ۳» and " 3 " are district
// "3", so that one district's rows, however an export writes it, are one district's.
func DistrictCode(s string) string {
	s = strings.TrimSpace(asciiDigits(s))
	low := strings.ToLower(s)
	for _, word := range districtWords {
		if rest, ok := strings.CutPrefix(low, word); ok && rest != "" && (rest[0] == ' ' || isDigits(rest[:1])) {
			if rest = strings.TrimSpace(rest); rest != "" {
				return wholeNumber(rest)
			}
		}
	}
	return wholeNumber(s)
}

// wholeNumber is «3» for «3.0» or «3.00»: a number column read as decimals (pandas writes
// whole numbers so in a column with a blank); anything else is kept as it is.
func wholeNumber(s string) string {
	if whole, frac, ok := strings.Cut(s, "."); ok && isDigits(whole) && strings.Trim(frac, "0") == "" {
		return whole
	}
	return s
}

// districtWords are the words an export may write before a district's number, longest first.
var districtWords = []string{"منطقهٔ", "منطقه", "ناحیهٔ", "ناحیه", "district", "region"}

// asciiDigits maps Persian and Arabic-Indic digits and the Arabic decimal separator to
// ASCII, which the data keeps internally.
func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r == '٫':
			r = '.'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// record is one row's raw values by field, before validation.
type record struct {
	vals [numFields]string
	// rank is, per field, 1 + the rank of the name that gave its value (0: none yet; see set)
	rank [numFields]uint8
	// skipped are the fields a key of ours named with an object or array, left out
	skipped []field
	// warn, when set by build, is what was left out of a request that was still read
	// (a field it did not understand, warnField).
	warn      string
	warnField field
	// serialDates allows Excel serial numbers in created_at (XLSX cells only).
	serialDates bool
	// sourceID, set by build, is the id as the row wrote it when that is not the id kept
	// (Persian or Arabic-Indic digits, kept as ASCII); "" when they are the same.
	sourceID string
}

// addWarn notes what of a row that is still read was left out; a row's first warning names
// the field, and later ones are added to its reason.
func (rec *record) addWarn(f field, reason string) {
	if rec.warn == "" {
		rec.warnField, rec.warn = f, reason
		return
	}
	rec.warn += "; " + f.String() + ": " + reason
}

// hasSubject reports whether a row with no text still says what or where: a request made in
// the app with only a category and a pin, or an operator's row with only the category and the
// address, is a citizen's request all the same (grouping reads the category as its problem).
func (rec *record) hasSubject() bool {
	return strings.TrimSpace(rec.vals[fieldCategory]) != "" || strings.TrimSpace(rec.vals[fieldAddress]) != ""
}

// build validates a record and turns it into a Request. The first problem found is
// returned; field order is the exchange format's. What a request can do without and could not
// be read (a status word, a location, a control character) is left out and noted (addWarn).
func (rec *record) build(maxText int) (tafkik.Request, field, string) {
	var req tafkik.Request
	for f := range numFields {
		v := rec.vals[f]
		if !utf8.ValidString(v) {
			return req, f, "invalid UTF-8"
		}
		if f != fieldText && f != fieldAddress {
			rec.vals[f] = strings.TrimSpace(v)
		}
	}
	for _, f := range required {
		if strings.TrimSpace(rec.vals[f]) == "" && (f != fieldText || !rec.hasSubject()) {
			return req, f, "missing"
		}
	}

	id := asciiDigits(rec.vals[fieldID])
	if strings.ContainsAny(id, "eE") {
		// Excel keeps long numeric ids as doubles and writes 1.4050214000010002E+16: the
		// digits are gone, and importing it would merge different requests.
		if _, err := strconv.ParseFloat(id, 64); err == nil && strings.ContainsAny(id, "+.") {
			return req, fieldID, fmt.Sprintf("%s is a number Excel rounded; format the column as text and export again", quote(id))
		}
	}
	if len(id) > maxIDLen {
		return req, fieldID, fmt.Sprintf("longer than %d bytes", maxIDLen)
	}
	if bad, ok := badRune(id, false); ok {
		return req, fieldID, fmt.Sprintf("contains %U", bad)
	}
	req.ID = id
	rec.sourceID = ""
	if raw := rec.vals[fieldID]; raw != id { // only its digits differ
		rec.sourceID = raw
	}

	t, err := parseTime(rec.vals[fieldCreatedAt], rec.serialDates)
	if err != nil {
		return req, fieldCreatedAt, err.Error()
	}
	// 137 systems are younger than this; a date outside is a broken export. The bound also
	// keeps out Tehran's pre-1946 local mean time, whose offset RFC 3339 cannot write.
	if y := t.Year(); y < minYear || y > maxYear {
		return req, fieldCreatedAt, fmt.Sprintf("%s is out of range (years %d to %d)", quote(rec.vals[fieldCreatedAt]), minYear, maxYear)
	}
	req.CreatedAt = t

	for _, s := range []struct {
		f   field
		max int
		dst *string
	}{
		{fieldDistrict, maxShortField, &req.District},
		{fieldCategory, maxShortField, &req.Category},
		{fieldChannel, maxShortField, &req.Channel},
		{fieldAddress, maxAddress, &req.Address},
		{fieldText, maxText, &req.Text},
	} {
		v := rec.vals[s.f]
		if n := utf8.RuneCountInString(v); n > s.max {
			return req, s.f, fmt.Sprintf("%d characters, more than the %d allowed", n, s.max)
		}
		if bad, ok := badRune(v, s.f == fieldText || s.f == fieldAddress); ok {
			// a stray control character (a NUL, a bell, a tab in a category) is noise, not
			// a reason to lose the request: it goes, and the row says so
			v = dropControls(v, s.f == fieldText || s.f == fieldAddress)
			rec.addWarn(s.f, fmt.Sprintf("control character %U removed", bad))
		}
		if s.f == fieldText || s.f == fieldAddress {
			v = normalizeNewlines(v)
		}
		*s.dst = v
	}
	if strings.TrimSpace(req.Text) == "" && req.Category == "" && strings.TrimSpace(req.Address) == "" {
		return req, fieldText, "missing"
	}
	req.District = DistrictCode(req.District)

	// A location that cannot be read loses nothing else of the request: it is read as no
	// location and reported.
	noPlace := func(f field, reason string) {
		rec.addWarn(f, reason+" (read as no location)")
		req.Lat, req.Lon = 0, 0
	}
	lat, lon := noValue(rec.vals[fieldLat]), noValue(rec.vals[fieldLon])
	switch {
	case lat == "" && lon == "":
	case lat == "":
		noPlace(fieldLat, "missing while lon is given")
	case lon == "":
		noPlace(fieldLon, "missing while lat is given")
	default:
		if req.Lat, err = parseCoord(lat, 90); err != nil {
			noPlace(fieldLat, err.Error())
			break
		}
		if req.Lon, err = parseCoord(lon, 180); err != nil {
			noPlace(fieldLon, err.Error())
			break
		}
		// 0,0 is how many exports write "no location"; no request is ever made there
		req.HasLocation = req.Lat != 0 || req.Lon != 0
	}

	for _, f := range rec.skipped {
		if rec.rank[f] == 0 {
			rec.addWarn(f, "want a string or a number (left out)")
		}
	}
	st, err := parseStatus(rec.vals[fieldStatus])
	if err != nil {
		// A status word no list here knows loses nothing of the request: it is read as no
		// status (a new request starts at "new", a known one keeps its own) and reported.
		rec.addWarn(fieldStatus, err.Error()+" (read as no status)")
	}
	req.Status = st
	return req, 0, ""
}

// badRune finds a character that has no place in a request: C0/C1 controls (tab and line
// breaks allowed in free text) and the XML-forbidden non-characters, which XLSX cannot
// hold. Bidi controls are deliberately allowed: citizens' texts contain them and display
// code neutralises them.
func badRune(s string, freeText bool) (rune, bool) {
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' {
			if freeText {
				continue
			}
			return r, true
		}
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0xfffe || r == 0xffff {
			return r, true
		}
	}
	return 0, false
}

// dropControls replaces what badRune refuses with a space (a tab, a line break) or nothing.
func dropControls(s string, freeText bool) string {
	return strings.Map(func(r rune) rune {
		if _, bad := badRune(string(r), freeText); !bad {
			return r
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return -1
	}, s)
}

// normalizeNewlines stores every line break as \n: CSV readers turn a quoted \r\n into \n
// anyway, so keeping \r would make the formats disagree about the same request.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

func parseCoord(s string, limit float64) (float64, error) {
	a := asciiDigits(s)
	if strings.Count(a, ",") == 1 && !strings.Contains(a, ".") {
		a = strings.Replace(a, ",", ".", 1) // «37,28»: a decimal comma, as some locales write it
	}
	v, err := strconv.ParseFloat(a, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%s is not a number", quote(s))
	}
	if v < -limit || v > limit {
		return 0, fmt.Errorf("%s is out of range [-%g, %g]", quote(s), limit, limit)
	}
	return v, nil
}

// statusWords maps the status codes and the Persian words clerks and the central system
// use to statuses; keys are foldHeader forms.
var statusWords = func() map[string]tafkik.Status {
	words := map[tafkik.Status][]string{
		// Open311 (GeoReport v2) has only open and closed; other 311 systems add their own
		tafkik.StatusNew: {"جدید", "ثبت شده", "ثبت", "باز", "در انتظار", "در انتظار بررسی",
			"بررسی نشده", "در صف", "در صف بررسی", "منتظر بررسی", "منتظر پاسخ", "در انتظار پاسخ", "ثبت اولیه",
			"open", "submitted", "pending", "received", "unassigned", "unread", "queued"},
		tafkik.StatusReviewing: {"در حال بررسی", "در دست بررسی", "بررسی", "درحال بررسی",
			"در حال رسیدگی", "در دست رسیدگی", "درحال رسیدگی", "در حال پیگیری اولیه", "پیگیری", "تایید شده",
			"acknowledged", "under review", "in review", "reviewing", "accepted", "confirmed", "verified"},
		tafkik.StatusAssigned: {"واگذار شده", "تخصیص یافته", "محول شده", "ارجاع به واحد", "ارجاع به پیمانکار",
			"ارجاع به منطقه", "ارجاع به ناحیه", "ارجاع به اکیپ", "ارجاع به کارشناس", "ارجاع به واحد اجرایی",
			"assigned", "dispatched"},
		tafkik.StatusInProgress: {"در حال انجام", "در دست اقدام", "در حال اقدام", "در جریان", "در حال پیگیری",
			"درحال انجام", "در حال اجرا", "در دست اجرا", "در حال رفع",
			"in progress", "in-progress", "started", "work in progress"},
		tafkik.StatusResolved: {"انجام شده", "رسیدگی شده", "حل شده", "پایان یافته", "بسته شده", "بسته", "مختومه",
			"تکمیل شده", "انجام شد", "حل شد", "برطرف شد", "برطرف شده", "رفع شد", "رفع شده", "اتمام", "خاتمه",
			"خاتمه یافته", "پاسخ داده شد", "پاسخ داده شده", "اقدام شد", "اقدام شده", "تمام شده", "رسیدگی شد",
			"closed", "completed", "complete", "fixed", "done", "solved", "answered"},
		tafkik.StatusReferred: {"ارجاع شده", "ارجاع به دستگاه دیگر", "ارجاع به سازمان دیگر", "خارج از حوزه",
			"ارجاع به سازمان", "ارجاع به دستگاه", "ارجاع به دستگاه مربوطه", "خارج از حیطه", "خارج از حوزه شهرداری",
			"transferred", "forwarded", "referred"},
		tafkik.StatusRejected: {"رد شده", "رد", "نامعتبر", "invalid", "cancelled", "canceled", "declined",
			"لغو", "لغو شده", "عدم امکان", "عدم امکان اجرا", "غیر قابل انجام", "تکراری", "duplicate", "spam"},
	}
	m := map[string]tafkik.Status{}
	for st, ws := range words {
		m[foldHeader(string(st))] = st
		for _, w := range ws {
			m[foldHeader(w)] = st
		}
	}
	return m
}()

// parseStatus leaves an empty status empty: the store then keeps the status a request
// already has (a clerk's work) or starts a new one at "new".
func parseStatus(s string) (tafkik.Status, error) {
	if s == "" {
		return "", nil
	}
	if st, ok := statusWords[foldHeader(s)]; ok {
		return st, nil
	}
	return "", fmt.Errorf("unknown status %s", quote(s))
}

// parseTime reads RFC 3339, or a Jalali (year < 1700) or Gregorian date with an optional
// time, in Persian or ASCII digits, in Tehran time; with serial set, also an Excel date
// serial number.
func parseTime(s string, serial bool) (time.Time, error) {
	a := asciiDigits(s)
	if t, err := time.Parse(time.RFC3339Nano, a); err == nil && t.Year() >= 1700 {
		return t, nil
	}
	if serial {
		if v, err := strconv.ParseFloat(a, 64); err == nil && v >= 1 && v < 2958466 {
			t, err := excelize.ExcelDateToTime(v, false)
			if err == nil {
				return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, Tehran), nil
			}
		}
	}
	if t, ok := parseISO(a); ok {
		return t, nil
	}
	if t, ok := parseLocalTime(a); ok {
		return t, nil
	}
	if t, err := time.Parse(time.RFC1123Z, a); err == nil {
		return t, nil
	}
	if !serial && isDigits(a) && (len(a) == 10 || len(a) == 13) {
		// seconds or milliseconds since 1970, as some exports and APIs write a time
		v, _ := strconv.ParseInt(a, 10, 64)
		if len(a) == 13 {
			return time.UnixMilli(v).In(Tehran), nil
		}
		return time.Unix(v, 0).In(Tehran), nil
	}
	return time.Time{}, fmt.Errorf("%s is not a date (want ISO 8601 like 2026-05-04 09:30:00+03:30, or Jalali like 1405/02/14 09:30)", quote(s))
}

// parseISO reads the ISO 8601 forms other tools write that RFC 3339 does not take: a space
// for the «T» («2025-03-21 12:58:25+03:30», as Python and pandas print a time), no seconds,
// a fraction with no zone, a zone written «+0330», «+03» or after a space, and a Jalali year in
// any of these («1404-01-01T12:58:00+03:30»). With no zone the time is Tehran's.
func parseISO(s string) (time.Time, bool) {
	// date: YYYY-MM-DD
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, m, d, ok := atoi3(s[:4], s[5:7], s[8:10])
	if !ok || len(s) == 10 {
		return time.Time{}, false // a date alone is parseLocalTime's
	}
	rest := s[10:]
	if rest[0] != 'T' && rest[0] != ' ' {
		return time.Time{}, false
	}
	rest = strings.TrimLeft(rest[1:], " ")
	// clock: HH:MM[:SS[.fraction]]
	if len(rest) < 5 || rest[2] != ':' {
		return time.Time{}, false
	}
	hh, mm, _, ok := atoi3(rest[:2], rest[3:5], "0")
	if !ok {
		return time.Time{}, false
	}
	rest = rest[5:]
	ss, nanos := 0, 0
	if len(rest) >= 3 && rest[0] == ':' {
		if ss, _, _, ok = atoi3(rest[1:3], "0", "0"); !ok {
			return time.Time{}, false
		}
		rest = rest[3:]
		if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') {
			n := 1
			for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
				n++
			}
			frac := rest[1:n]
			if frac == "" || len(frac) > 9 {
				return time.Time{}, false
			}
			nanos, _ = strconv.Atoi(frac + strings.Repeat("0", 9-len(frac)))
			rest = rest[n:]
		}
	}
	if hh > 23 || mm > 59 || ss > 59 {
		return time.Time{}, false
	}
	// zone: none, Z, UTC, ±HH:MM, ±HHMM or ±HH, perhaps after a space
	rest = strings.TrimLeft(rest, " ")
	loc := Tehran
	switch {
	case rest == "":
	case rest == "Z" || rest == "z" || rest == "UTC" || rest == "GMT":
		loc = time.UTC
	case rest[0] == '+' || rest[0] == '-':
		z := strings.Replace(rest[1:], ":", "", 1)
		if len(z) == 2 {
			z += "00"
		}
		if len(z) != 4 {
			return time.Time{}, false
		}
		zh, zm, _, ok := atoi3(z[:2], z[2:], "0")
		if !ok || zh > 14 || zm > 59 {
			return time.Time{}, false
		}
		off := (zh*60 + zm) * 60
		if rest[0] == '-' {
			off = -off
		}
		loc = time.FixedZone("", off)
	default:
		return time.Time{}, false
	}
	return civilTime(y, m, d, hh, mm, ss, nanos, loc) // (a Jalali date written the ISO way too)
}

// jalaliMonths are the Solar Hijri month names (folded), for dates people typed in a
// spreadsheet: «۱۴ اردیبهشت ۱۴۰۵».
var jalaliMonths = func() map[string]int {
	m := map[string]int{}
	for i, n := range []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
		"آذر", "دی", "بهمن", "اسفند"} {
		m[foldHeader(n)] = i + 1
	}
	m[foldHeader("امرداد")] = 5
	return m
}()

// weekdayWords may precede a date written with a month name; they carry no information.
var weekdayWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه",
		"یک", "دو", "سه", "چهار", "پنج", "روز"} {
		m[foldHeader(w)] = true
	}
	return m
}()

func parseLocalTime(s string) (time.Time, bool) {
	// Forms seen in real exports and spreadsheets: "1405/02/14 09:30", "1405/02/14 - 09:30",
	// "09:30 1405/02/14", "1405-02-14T09:30", "1405.02.14", "1405/02/14 ساعت 09:30",
	// "سه‌شنبه ۱۴ اردیبهشت ۱۴۰۵ ساعت ۹:۳۰".
	s = strings.ReplaceAll(s, "ساعت", " ")
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '،' || r == 'T'
	})
	var date, clock string
	var nums []string
	month := 0
	for _, f := range fields {
		switch {
		case f == "-":
		case strings.Contains(f, ":") && clock == "":
			clock = f
		case strings.ContainsAny(f, "/-.") && date == "":
			date = f
		case jalaliMonths[foldHeader(f)] > 0 && month == 0:
			month = jalaliMonths[foldHeader(f)]
		case isDigits(f):
			nums = append(nums, f)
		case weekdayWords[foldHeader(f)]:
		default:
			return time.Time{}, false
		}
	}
	var y, m, d int
	switch {
	case date != "" && month == 0 && len(nums) == 0:
		dp := strings.Split(strings.NewReplacer("-", "/", ".", "/").Replace(date), "/")
		if len(dp) != 3 || len(dp[0]) != 4 {
			return time.Time{}, false
		}
		var ok bool
		if y, m, d, ok = atoi3(dp[0], dp[1], dp[2]); !ok {
			return time.Time{}, false
		}
	case date == "" && month > 0 && len(nums) == 2:
		// Day and year in either order; the year is the four-digit one.
		dy := nums
		if len(dy[0]) == 4 {
			dy = []string{dy[1], dy[0]}
		}
		if len(dy[1]) != 4 || len(dy[0]) > 2 {
			return time.Time{}, false
		}
		var ok bool
		if d, y, _, ok = atoi3(dy[0], dy[1], "0"); !ok || y >= 1700 {
			return time.Time{}, false
		}
		m = month
	default:
		return time.Time{}, false
	}
	var hh, mm, ss int
	if clock != "" {
		cp := strings.Split(clock, ":")
		if len(cp) < 2 || len(cp) > 3 {
			return time.Time{}, false
		}
		if len(cp) == 2 {
			cp = append(cp, "0")
		}
		var ok bool
		if hh, mm, ss, ok = atoi3(cp[0], cp[1], cp[2]); !ok || hh > 23 || mm > 59 || ss > 59 {
			return time.Time{}, false
		}
	}
	return civilTime(y, m, d, hh, mm, ss, 0, Tehran)
}

// civilTime is the time of a date and clock in loc: a Jalali date when the year is under
// 1700, else a Gregorian one up to 2200; false for a day the calendar has not.
func civilTime(y, m, d, hh, mm, ss, nanos int, loc *time.Location) (time.Time, bool) {
	if y < 1700 {
		if y < 1200 || !jalaali.IsValidDate(y, m, d) {
			return time.Time{}, false
		}
		gy, gm, gd, err := jalaali.ToGregorian(y, jalaali.Month(m), d)
		if err != nil {
			return time.Time{}, false
		}
		return time.Date(gy, gm, gd, hh, mm, ss, nanos, loc), true
	}
	t := time.Date(y, time.Month(m), d, hh, mm, ss, nanos, loc)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d || y > 2200 {
		return time.Time{}, false
	}
	return t, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi3(a, b, c string) (int, int, int, bool) {
	var out [3]int
	for i, s := range [3]string{a, b, c} {
		if s == "" || len(s) > 4 {
			return 0, 0, 0, false
		}
		for j := 0; j < len(s); j++ {
			if s[j] < '0' || s[j] > '9' {
				return 0, 0, 0, false
			}
			out[i] = out[i]*10 + int(s[j]-'0')
		}
	}
	return out[0], out[1], out[2], true
}

// quote shows a bad value in an error safely: escaped and cut short.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}

// noValue maps the ways exports write an empty cell («null», «NaN», «-») to "".
func noValue(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "null", "none", "nan", "n/a", "na", "-", "nil":
		return ""
	}
	return s
}
