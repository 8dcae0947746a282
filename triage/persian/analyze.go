package persian

import "strings"

// Analysis is everything triage derives from one request, computed in one pass over its
// text, address and category.
type Analysis struct {
	Tokens  []string // Tokens(Key(text)), plurals stemmed («زبالهها» → «زباله»)
	Problem string   // as Problem(text, category)
	// Confidence of Problem, 0..1; ProblemInText reports whether the text itself named a
	// problem (otherwise only the operator's category did, or nothing).
	Confidence    float64
	ProblemInText bool
	// Problem2 is a problem the text names nearly as strongly as Problem, "" when none is
	// close: grouping lets such a request join an issue of either.
	Problem2 string
	Place    Place // as ParsePlace(address, text)
	// Refs are the tracking codes of earlier requests the text names, as Refs(text).
	Refs []string
	// Names are the text's words that could be a place's name (unstemmed, no stopwords,
	// problem or place words): grouping looks them up among the names the district's
	// addresses use («سگ‌های ولگرد جنب بانک در پاستور»).
	Names []string
}

// Analyze returns the Analysis of a request. It is what grouping calls for every request,
// so each text is folded once.
func Analyze(text, address, category string) Analysis {
	return analyze(text, textAddress(address, text), categoryHintOf(keyTokens(category)))
}

func analyze(text string, address []string, hint string) Analysis {
	tw := keyTokens(text)
	var a Analysis
	a.Problem, a.Confidence, a.ProblemInText, a.Problem2 = problemsOf(tw, hint)
	if len(address) == 0 {
		address = dashAddress(text)
	}
	a.Place = placeOf(address, tw)
	a.Refs = refsOf(tw)
	a.Tokens = make([]string, 0, len(tw))
	for _, w := range tw {
		if isName(w) && !stopwords[w] && !isProblemWord(w) && !isDigit(firstRune(w)) && len(w) >= 6 {
			a.Names = append(a.Names, w)
		}
		if isDigit(firstRune(w)) || !stopwords[w] {
			a.Tokens = append(a.Tokens, stem(w))
		}
	}
	return a
}

// Analyzer is Analyze with the folded forms of categories and addresses remembered: a
// district has a few dozen categories and many requests from the same address. Not safe
// for concurrent use.
type Analyzer struct {
	cats  map[string]string
	addrs map[string][]string
}

// NewAnalyzer returns an empty Analyzer.
func NewAnalyzer() *Analyzer {
	return &Analyzer{cats: map[string]string{}, addrs: map[string][]string{}}
}

// Analyze is Analyze(text, address, category).
func (z *Analyzer) Analyze(text, address, category string) Analysis {
	c, ok := z.cats[category]
	if !ok {
		c = categoryHintOf(keyTokens(category))
		z.cats[category] = c
	}
	ad, ok := z.addrs[address]
	if address == "" {
		ad = textAddress(address, text)
	} else if !ok {
		ad = addressTokens(address)
		z.addrs[address] = ad
	}
	return analyze(text, ad, c)
}

// dashAddress is the address an operator wrote after a dash when the address field is empty
// («جمع آوری لاشه حیوان - خیابان بیستون»): a few words that read as an address there.
func dashAddress(text string) []string {
	i := strings.LastIndex(text, " - ")
	if i < 0 {
		return nil
	}
	tail := keyTokens(text[i+3:])
	if len(tail) == 0 || len(tail) > 6 {
		return nil
	}
	// a place word or number, so that «... - خیلی بده» is not read as a neighbourhood
	for _, w := range tail {
		if streetWords[w] || alleyWords[w] || areaWords[w] || isPlaceNumber(w) {
			if p := parsePlaceTokens(tail, true); !p.Empty() {
				return tail
			}
			break
		}
	}
	return nil
}
