package format

import (
	"strconv"
	"strings"
)

// ThousandsSep is the Arabic thousands separator (U+066C) used between digit groups.
const ThousandsSep = '٬'

// DecimalSep is the Arabic decimal separator (U+066B).
const DecimalSep = '٫'

// Digits returns s with ASCII and Arabic-Indic digits replaced by Persian digits (۰-۹).
// Everything else, including Latin letters in codes, is left alone.
func Digits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return (r >= '0' && r <= '9') || (r >= '٠' && r <= '٩') }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) * 2)
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune('۰' + (r - '0'))
		case r >= '٠' && r <= '٩':
			b.WriteRune('۰' + (r - '٠'))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Decimals is Digits for a machine's sentence that holds fractions («شباهت 0.07»): a point
// between two digits becomes «٫», the Persian decimal separator, so a clerk reads ۰٫۰۷ and
// not ۰.۰۷. Points elsewhere («ک. ۱۳», the end of a sentence) stay.
func Decimals(s string) string {
	if !strings.Contains(s, ".") {
		return Digits(s)
	}
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '.' && isDigit(rs[i-1]) && isDigit(rs[i+1]) {
			rs[i] = DecimalSep
		}
	}
	return Digits(string(rs))
}

func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '۰' && r <= '۹') || (r >= '٠' && r <= '٩')
}

// ASCIIDigits is the inverse of Digits: Persian and Arabic-Indic digits become ASCII, which
// is how data and typed filters are stored and compared.
func ASCIIDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return (r >= '۰' && r <= '۹') || (r >= '٠' && r <= '٩') }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + (r - '۰'))
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + (r - '٠'))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Int formats n with Persian digits and «٬» between thousands: 18000 → «۱۸٬۰۰۰».
// A minus sign stays in front (logically), which a right-to-left label shows on the right.
func Int(n int64) string {
	return Digits(group(strconv.FormatInt(n, 10), string(ThousandsSep)))
}

// Count is Int for the int counts screens mostly hold.
func Count(n int) string { return Int(int64(n)) }

// Percent formats a share 0..1 as a whole Persian percentage: 0.237 → «۲۴٪».
func Percent(f float64) string {
	return Digits(strconv.FormatFloat(f*100, 'f', 0, 64)) + "٪"
}

// Decimal formats f with the given number of decimals, Persian digits, «٬» grouping and «٫»
// as the decimal point.
func Decimal(f float64, decimals int) string {
	s := strconv.FormatFloat(f, 'f', decimals, 64)
	intPart, frac, hasFrac := strings.Cut(s, ".")
	out := group(intPart, string(ThousandsSep))
	if hasFrac {
		out += string(DecimalSep) + frac
	}
	return Digits(out)
}

func group(digits, sep string) string {
	neg := strings.HasPrefix(digits, "-")
	if neg {
		digits = digits[1:]
	}
	if len(digits) <= 3 {
		if neg {
			return "-" + digits
		}
		return digits
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	lead := len(digits) % 3
	if lead > 0 {
		b.WriteString(digits[:lead])
	}
	for i := lead; i < len(digits); i += 3 {
		if b.Len() > 0 && !(neg && b.Len() == 1) {
			b.WriteString(sep)
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}
