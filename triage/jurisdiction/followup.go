package jurisdiction

import (
	"strings"

	"github.com/tafkik/tafkik"
)

// RuleFollowUp is the rule id of a flag taken from the request a follow-up cites.
const RuleFollowUp = "follow-up"

// followUpConfidence: the cited request's agency is likely, not sure (a follow-up may also
// cite a request the caller made about something else).
const followUpConfidence = 0.75

// minCitedDigits: request numbers in a 137 export are long (seven digits in some cities'
// exports, thirteen in others); shorter numbers in a text are plates, alleys and phone
// extensions. A number counts only when it is a request of the same set, cited by a text
// that names nothing else.
const minCitedDigits = 6

// namesNothing reports whether the text named nothing any rule knows: the flag came from
// no rule or from the operator's category alone.
func namesNothing(x Explanation) bool { return !namesAny(x.Hits) }

// followUps gives a request whose text names nothing but the number of another request in
// the same set («وضعیت درخواست ۱۴۰۴۰۹۲۱۰۰۰۴ را اعلام کنید», «پیرو ۱۴۰۵۰۲۱۷۰۰۱۵ هیچ اقدامی
// نشده») the agency of the request it cites: a follow-up on a water-main report is the water
// company's too. A citation of a citation is followed once more.
func followUps(reqs []tafkik.Request, flags []tafkik.Flag, blank []bool, reviewBelow float64) {
	index := make(map[string]int, len(reqs))
	for i, r := range reqs {
		index[r.ID] = i
	}
	cites := make([]int, len(reqs))
	for i, r := range reqs {
		cites[i] = -1
		if !blank[i] {
			continue
		}
		for _, w := range strings.Fields(r.Text) {
			for _, k := range strings.Fields(wordKey(w)) {
				if len(k) < minCitedDigits || !isDigits(k) {
					continue
				}
				if j, ok := index[k]; ok && j != i {
					cites[i] = j
				}
			}
		}
	}
	for pass := 0; pass < 2; pass++ {
		for i, j := range cites {
			if j < 0 || blank[j] && cites[j] >= 0 && pass == 0 {
				continue // the cited request is a follow-up itself: take it on the second pass
			}
			src := flags[j]
			if src.RuleID == RuleDefault && src.Agency == tafkik.AgencyMunicipality && blank[j] {
				continue // nothing to inherit
			}
			f := &flags[i]
			f.Agency, f.RuleID, f.Words = src.Agency, RuleFollowUp, []string{reqs[j].ID}
			f.Confidence = min(src.Confidence, followUpConfidence)
			f.NeedsReview = src.NeedsReview || f.Confidence < reviewBelow
			cites[i] = -1
		}
	}
}
