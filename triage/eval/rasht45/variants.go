package rasht45

import "fmt"

type variantDef struct {
	cit, op []int
	fing    []string
	fingSub []int
}

// variantsOf splits the kinds whose sentences name different problems into variants.
var variantsOf = map[string]variantDef{
	"bin":  {cit: []int{0, 1, 1, 1}, op: []int{0, 1, 0}, fing: []string{"satl ashghal {loc} shekaste", "satl ashghal {loc} nadarim"}, fingSub: []int{0, 1}},
	"tree": {cit: []int{0, 1, 1, 0}, op: []int{0, 1, 0}, fing: []string{"derakht {loc} oftade", "derakhte {loc} hers mikhad"}, fingSub: []int{0, 1}},
	"park": {cit: []int{0, 1, 2, 0}, op: []int{0, 1, 2},
		fing: []string{"vasayele bazi {loc} kharabe", "chamane {loc} khoshk shode", "dastshooie {loc} kharabe"}, fingSub: []int{0, 1, 2}},
	"carcass": {cit: []int{0, 1, -1}, op: []int{-1, 0}, fing: []string{"lashe sag {loc} oftade", "gorbe morde {loc} oftade"}, fingSub: []int{0, 1}},
	"bus":     {cit: []int{0, 1, 0}, op: []int{0, 1, 0}, fing: []string{"istgahe {loc} kharabe", "otobus {loc} dir miad"}, fingSub: []int{0, 1}},
	"spray": {cit: []int{0, 1, 2}, op: []int{-1, -1},
		fing: []string{"pashe {loc} ziade, sampashi konid", "moosh {loc} ziad shode", "{loc} sampashi lazem dare"}, fingSub: []int{0, 1, -1}},
	"pavement": {cit: []int{0, 1, 0}, op: []int{0, 1, 0}, fing: []string{"piadero {loc} kharabe", "jadvale {loc} kharab shode"}, fingSub: []int{0, 1}},
	"wire": {cit: []int{0, 1, 2}, op: []int{0, 1, 2},
		fing: []string{"sim bargh {loc} avizoone", "tir bargh {loc} kaj shode", "jabe fuse {loc} jaraghe mizane"}, fingSub: []int{0, 1, 2}},
	"sewer-smell": {cit: []int{0, 1, 1}, op: []int{0, 1}, fing: []string{"booye fazelab {loc} miad", "lole fazelab {loc} gerefte"}, fingSub: []int{0, 1}},
	"watercut": {cit: []int{0, 1, 0, 2}, op: []int{0, 1, 2},
		fing: []string{"abe {loc} ghate", "feshare abe {loc} kame", "abe {loc} gel aloode"}, fingSub: []int{0, 1, 2}},
	"phone":     {cit: []int{0, 1, 0}, op: []int{0, 1, 0}, fing: []string{"telephone {loc} ghate", "kafoo mokhaberat {loc} baze"}, fingSub: []int{0, 1}},
	"noise":     {cit: []int{0, 0, 1, 2}, op: []int{-1, -1}, fing: []string{"sar o sedaye {loc} nemizare bekhabim"}, fingSub: []int{-1}},
	"parkcrime": {cit: []int{0, 0, 1}, op: []int{0, 1}, fing: []string{"motadha {loc} jam mishan", "har shab {loc} dava mishe"}, fingSub: []int{0, 1}},
	"school": {cit: []int{0, 1, 2}, op: []int{0, 1, 2},
		fing: []string{"servise {loc} dir miad", "shishe kelas {loc} shekaste", "{loc} pool ezafe migire"}, fingSub: []int{0, 1, 2}},
	"hygiene":   {cit: []int{0, 1}, op: []int{-1, -1}, fing: []string{"sandwichi {loc} kasife", "ghassabi {loc} behdashti nist"}, fingSub: []int{0, 1}},
	"livestock": {cit: []int{0, 1}, op: []int{0, 1}, fing: []string{"hamsaye {loc} gav o gusfand dare", "morgh o khoroos hamsaye {loc}"}, fingSub: []int{0, 1}},
	"bakery": {cit: []int{0, 1, 2}, op: []int{0, 1, 2},
		fing: []string{"{loc} noon ro geroon mifrushe", "noone {loc} khamire", "{loc} zood mibande"}, fingSub: []int{0, 1, 2}},
}

func init() {
	for code, v := range variantsOf {
		k := kindByCode(code)
		if v.fing != nil {
			k.fing = v.fing
		}
		k.citSub, k.opSub, k.fingSub = v.cit, v.op, v.fingSub
		if len(k.citSub) != len(k.cit) || len(k.opSub) != len(k.op) || len(k.fingSub) != len(k.fing) {
			panic(fmt.Sprintf("rasht45: variants of %s do not match its sentences", code))
		}
	}
}

// variants is how many problems kind k holds.
func (k *kind) variants() int {
	n := 1
	for _, v := range k.citSub {
		n = max(n, v+1)
	}
	return n
}

// sentence picks one of xs that fits variant v.
func (rd renderer) sentence(xs []string, subs []int, v int) string {
	var ok []string
	for i, x := range xs {
		if subs == nil || subs[i] == v || subs[i] == -1 {
			ok = append(ok, x)
		}
	}
	if len(ok) == 0 {
		ok = xs
	}
	return ok[rd.r.IntN(len(ok))]
}
