package fonts

import _ "embed"

// Regular is Vazirmatn-Regular.ttf.
//
//go:embed Vazirmatn-Regular.ttf
var Regular []byte

// Bold is Vazirmatn-Bold.ttf.
//
//go:embed Vazirmatn-Bold.ttf
var Bold []byte

// License is the font's OFL.txt, to ship with any binary that embeds it.
//
//go:embed OFL.txt
var License string
