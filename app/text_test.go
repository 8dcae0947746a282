package app

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// The issue screen tells a clerk why each request is in its issue, in Persian digits and with
// the Persian decimal point.
func TestReasonText(t *testing.T) {
	cases := []struct {
		m    tafkik.Membership
		want string
	}{
		{tafkik.Membership{Reason: "همان کوچه؛ آسفالت؛ شباهت 0.07؛ 3 روز فاصله"}, "همان کوچه؛ آسفالت؛ شباهت ۰٫۰۷؛ ۳ روز فاصله"},
		{tafkik.Membership{Score: 0.5}, "امتیاز ۰٫۵۰"},
		{tafkik.Membership{Reason: "نخستین درخواست این موضوع", Score: 1}, "نخستین درخواست این موضوع"},
	}
	for _, c := range cases {
		if got := reasonText(c.m); got != c.want {
			t.Errorf("reasonText(%+v) = %q, want %q", c.m, got, c.want)
		}
	}
}
