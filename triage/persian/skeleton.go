package persian

import "strings"

// Skeleton is a place name reduced to its consonants in one Latin spelling, so that a name
// typed in Finglish («motahari», «ostadsara») can be matched with the Persian one («مطهری»,
// «استادسرا»): vowels, and the letters that mostly write vowels (ا، و، ی، a final ه), are
// left out, and letters that sound alike (ت/ط، س/ص/ث، ز/ذ/ض/ظ، ق/غ، ه/ح) are one. "" when
// fewer than three consonants are left: too short to tell names apart.
func Skeleton(name string) string {
	var b strings.Builder
	rs := []rune(name)
	latin := false
	for _, r := range rs {
		if r < 128 {
			latin = true
			break
		}
	}
	n := 0
	add := func(s string) {
		b.WriteString(s)
		n++
	}
	if latin {
		s := strings.ToLower(name)
		s = strings.TrimSuffix(s, "eh")
		// a final «ه» is left out of the Persian («آتشگاه» is «tSg»), so «atashgah» drops its h
		if strings.HasSuffix(s, "ah") {
			s = s[:len(s)-1]
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			if i+1 < len(s) && s[i+1] == 'h' && strings.IndexByte("kgszc", c) >= 0 {
				switch c {
				case 'k':
					add("x")
				case 'g':
					add("q")
				case 's':
					add("S")
				case 'z':
					add("Z")
				case 'c':
					add("C")
				}
				i++
				continue
			}
			if i > 0 && s[i-1] == c && c != 'h' {
				continue // «abbas», «hassan»: Finglish doubles a letter Persian writes once
			}
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v', '\'':
			case 'q':
				add("q")
			case 'c':
				add("k")
			default:
				if c >= 'a' && c <= 'z' {
					add(string(c))
				}
			}
		}
	} else {
		for i, r := range rs {
			switch r {
			case 'ا', 'آ', 'و', 'ی', 'ع', 'ء', 'أ', 'ئ', 'ؤ':
			case 'ه':
				if i < len(rs)-1 {
					add("h")
				}
			default:
				if l, ok := skeletonLetters[r]; ok {
					add(l)
				}
			}
		}
	}
	if n < 3 {
		return ""
	}
	return b.String()
}

var skeletonLetters = map[rune]string{
	'ب': "b", 'پ': "p", 'ت': "t", 'ط': "t", 'ث': "s", 'س': "s", 'ص': "s", 'ج': "j", 'چ': "C",
	'ح': "h", 'خ': "x", 'د': "d", 'ذ': "z", 'ز': "z", 'ض': "z", 'ظ': "z", 'ژ': "Z", 'ر': "r",
	'ش': "S", 'غ': "q", 'ق': "q", 'ف': "f", 'ک': "k", 'گ': "g", 'ل': "l", 'م': "m", 'ن': "n",
}
