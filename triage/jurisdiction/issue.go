package jurisdiction

import "github.com/tafkik/tafkik"

// decidedWeight: a clerk's decision counts for more than a machine guess when members vote.
const decidedWeight = 3

// IssueAgency is the agency of an issue, from its members' flags: the majority (a clerk's
// decision weighs more), and mixed when members disagree. A tie falls to the municipality
// when it is among the tied, so nothing is referred out on a coin toss.
func IssueAgency(flags []tafkik.Flag) (tafkik.Agency, bool) {
	if len(flags) == 0 {
		return tafkik.AgencyMunicipality, false
	}
	votes := map[tafkik.Agency]int{}
	for _, f := range flags {
		w := 1
		if f.Decided {
			w = decidedWeight
		}
		a := f.Agency
		if !a.Valid() {
			a = tafkik.AgencyMunicipality
		}
		votes[a] += w
	}
	best, bestVotes := tafkik.AgencyMunicipality, -1
	for _, a := range tafkik.Agencies { // fixed order: municipality first wins ties
		if v := votes[a]; v > bestVotes {
			best, bestVotes = a, v
		}
	}
	return best, len(votes) > 1
}

// Label returns the Persian and English names of an agency, for people.
func Label(a tafkik.Agency) (fa, en string) {
	switch a {
	case tafkik.AgencyMunicipality:
		return "شهرداری", "municipality"
	case tafkik.AgencyWater:
		return "آب و فاضلاب (آبفا)", "water and sewage company"
	case tafkik.AgencyPower:
		return "توزیع برق", "power distribution company"
	case tafkik.AgencyGas:
		return "شرکت گاز", "gas company"
	case tafkik.AgencyTelecom:
		return "مخابرات", "telecom company"
	case tafkik.AgencyPolice:
		return "پلیس (فراجا)", "police"
	case tafkik.AgencyOther:
		return "سایر دستگاه‌ها", "another agency"
	}
	return string(a), string(a)
}

// SetIssueAgencies sets each issue's Agency and Mixed from its members' flags (by request
// id); the pipeline calls it between grouping and store.SaveGrouping. A member without a
// flag counts as the municipality's.
func SetIssueAgencies(issues []tafkik.Issue, members []tafkik.Membership, flags map[string]tafkik.Flag) {
	byIssue := make(map[string][]tafkik.Flag, len(issues))
	for _, m := range members {
		f, ok := flags[m.RequestID]
		if !ok {
			f = tafkik.Flag{RequestID: m.RequestID, Agency: tafkik.AgencyMunicipality}
		}
		byIssue[m.IssueID] = append(byIssue[m.IssueID], f)
	}
	for i := range issues {
		issues[i].Agency, issues[i].Mixed = IssueAgency(byIssue[issues[i].ID])
	}
}
