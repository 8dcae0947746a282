package rasht7

import "testing"

// TestWorld keeps the README's description of the world true.
func TestWorld(t *testing.T) {
	w := buildWorld()
	dead, old := 0, 0
	for _, al := range w.als {
		if al.deadEnd {
			dead++
		}
	}
	for _, st := range w.sts {
		if st.old != "" {
			old++
		}
		if len(st.marks) < 3 {
			t.Errorf("%s %s has %d landmarks", st.kind, st.name, len(st.marks))
		}
	}
	t.Logf("%d neighbourhoods, %d streets, %d alleys (%d dead ends), %d parks, %d old names, %d landmark kinds, %d problems",
		len(w.hoods), len(w.sts), len(w.als), dead, len(w.parks), old, len(landmarkPool), len(problems))
	says, shorts, ops, fings := 0, 0, 0, 0
	for _, p := range problems {
		says, shorts, ops, fings = says+len(p.say), shorts+len(p.short), ops+len(p.op), fings+len(p.fing)
		if len(p.say) < 2 || len(p.short) == 0 || len(p.op) == 0 || len(p.fing) == 0 {
			t.Errorf("problem %s lacks sentences", p.key)
		}
	}
	t.Logf("sentences: %d citizen, %d short, %d operator phrases, %d Finglish", says, shorts, ops, fings)
	if len(w.hoods) != 16 || len(w.sts) != 45 || len(w.parks) != 5 || old != 7 {
		t.Errorf("the README says 16 neighbourhoods, 45 streets, 5 parks, 7 old names")
	}
	if len(w.als) < 300 || len(w.als) > 380 {
		t.Errorf("%d alleys; the README says about 350", len(w.als))
	}
}
