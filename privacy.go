package tafkik

import "strings"

// RedactedPhone replaces a phone number in text that leaves the district: the public Open311
// feed, and the referral lists sent to other agencies.
const RedactedPhone = "[شماره حذف شد]"

// RedactPhones hides phone numbers, and other personal numbers written like them (a national
// code), from text that leaves the district: citizens often type their mobile number into a
// request, and the citizen's phone number is personal data. A run of at least eight digits,
// in any digit script, with single spaces or dashes inside, that starts with 0 or with
// +98/0098/98 is taken for one; tracking codes such as 137-1405-000736 do not start with 0
// and stay.
func RedactPhones(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if j, ok := phoneAt(rs, i); ok {
			b.WriteString(RedactedPhone)
			i = j
			continue
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String()
}

// phoneAt reports whether a phone number starts at rs[i], and where it ends.
func phoneAt(rs []rune, i int) (end int, ok bool) {
	if i > 0 && (phoneDigit(rs[i-1]) >= 0 || isLetterOrDigitJoin(rs[i-1])) {
		return 0, false // not at the start of a number
	}
	j := i
	if rs[j] == '+' {
		j++
	}
	var digits []int
	for j < len(rs) {
		if d := phoneDigit(rs[j]); d >= 0 {
			digits = append(digits, d)
			j++
			continue
		}
		if (rs[j] == ' ' || rs[j] == '-') && j+1 < len(rs) && phoneDigit(rs[j+1]) >= 0 && len(digits) > 0 {
			j++
			continue
		}
		break
	}
	if len(digits) < 8 {
		return 0, false
	}
	switch {
	case digits[0] == 0, rs[i] == '+', digits[0] == 9 && len(digits) >= 2 && digits[1] == 8 && len(digits) >= 12:
		return j, true
	}
	return 0, false
}

func phoneDigit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	}
	return -1
}

// isLetterOrDigitJoin: a number glued to a Latin letter or code separator is part of a code.
func isLetterOrDigitJoin(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '-' || r == '/' || r == '_'
}
