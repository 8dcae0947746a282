package rasht5

// Stats summarises a generated set: what the final report and the tests look at.
type Stats struct {
	Requests int
	Issues   int
	SizeHist map[int]int // issue size → number of issues
	Largest  int
	Mid      int // issues of 10-40 requests
	Agency   map[string]int
	Outside  int // issues of other agencies
}

// Summarize counts issues, sizes and agencies of rows.
func Summarize(rows []Row) Stats { return summarize(rows) }

func summarize(rows []Row) Stats {
	st := Stats{Requests: len(rows), SizeHist: map[int]int{}, Agency: map[string]int{}}
	size := map[string]int{}
	agency := map[string]string{}
	for _, r := range rows {
		size[r.Group]++
		agency[r.Group] = r.Jurisdiction
		st.Agency[r.Jurisdiction]++
	}
	st.Issues = len(size)
	for g, n := range size {
		st.SizeHist[n]++
		if n > st.Largest {
			st.Largest = n
		}
		if n >= 10 && n <= 40 {
			st.Mid++
		}
		if agency[g] != "municipality" {
			st.Outside++
		}
	}
	return st
}
