package triage

import (
	"math"

	"github.com/tafkik/tafkik"
)

// fillNeighbourhoods gives a request that names no neighbourhood the one its evidence points
// to, so the manager's chart by neighbourhood is not a third «unknown»: first the neighbourhood
// most members of its issue name (two thirds of them at least), then, for a request with
// coordinates, the one a clear majority (two thirds, three at least) of the located requests
// within 400 m name. What neither settles stays unknown. byRequest is updated in place.
func fillNeighbourhoods(reqs []tafkik.Request, members []tafkik.Membership, byRequest map[string]string) {
	issueOf := make(map[string]string, len(members))
	votes := map[string]map[string]int{}
	for _, m := range members {
		issueOf[m.RequestID] = m.IssueID
		if n := byRequest[m.RequestID]; n != "" {
			if votes[m.IssueID] == nil {
				votes[m.IssueID] = map[string]int{}
			}
			votes[m.IssueID][n]++
		}
	}
	for _, r := range reqs {
		if byRequest[r.ID] != "" {
			continue
		}
		if n, ok := clearMajority(votes[issueOf[r.ID]], 1); ok {
			byRequest[r.ID] = n
		}
	}

	// Coordinates: a grid of about 500 m cells over the requests that name a neighbourhood.
	const cell = 0.005 // degrees
	type point struct {
		lat, lon float64
		name     string
	}
	grid := map[[2]int][]point{}
	key := func(lat, lon float64) [2]int { return [2]int{int(math.Floor(lat / cell)), int(math.Floor(lon / cell))} }
	for _, r := range reqs {
		if n := byRequest[r.ID]; n != "" && r.HasLocation {
			k := key(r.Lat, r.Lon)
			grid[k] = append(grid[k], point{r.Lat, r.Lon, n})
		}
	}
	fill := map[string]string{} // decided after the scan, so guesses do not vote
	for _, r := range reqs {
		if byRequest[r.ID] != "" || !r.HasLocation {
			continue
		}
		near := map[string]int{}
		k := key(r.Lat, r.Lon)
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				for _, p := range grid[[2]int{k[0] + dy, k[1] + dx}] {
					if metres(r.Lat, r.Lon, p.lat, p.lon) <= 400 {
						near[p.name]++
					}
				}
			}
		}
		if n, ok := clearMajority(near, 3); ok {
			fill[r.ID] = n
		}
	}
	for id, n := range fill {
		byRequest[id] = n
	}
}

// clearMajority returns the name with at least min votes and two thirds of all votes.
func clearMajority(votes map[string]int, min int) (string, bool) {
	best, total := "", 0
	for n, v := range votes {
		total += v
		if v > votes[best] || (v == votes[best] && n < best) {
			best = n
		}
	}
	if best == "" || votes[best] < min || 3*votes[best] < 2*total {
		return "", false
	}
	return best, true
}

// metres is the distance between two nearby points (equirectangular; exact enough within a city).
func metres(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371000
	x := (lon2 - lon1) * math.Pi / 180 * math.Cos((lat1+lat2)/2*math.Pi/180)
	y := (lat2 - lat1) * math.Pi / 180
	return r * math.Hypot(x, y)
}
