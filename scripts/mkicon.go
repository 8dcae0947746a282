//go:build ignore

// mkicon draws assets/icon.png: many small requests on the right flowing into one issue on
// the left (right to left, as the app reads). Simple shapes, so it still reads at 16 px.
// Run: go run scripts/mkicon.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

func main() {
	const n = 512
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	bg := color.RGBA{0x0b, 0x6e, 0x69, 0xff} // deep teal
	fg := color.RGBA{0xff, 0xff, 0xff, 0xff}
	accent := color.RGBA{0xff, 0xc1, 0x4d, 0xff} // amber: the one issue
	r := 96.0
	inside := func(x, y float64) bool { // rounded square
		cx := math.Max(r, math.Min(n-r, x))
		cy := math.Max(r, math.Min(n-r, y))
		return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
	}
	disc := func(x, y, px, py, rad float64) bool { return (x-px)*(x-px)+(y-py)*(y-py) <= rad*rad }
	seg := func(x, y, ax, ay, bx, by, w float64) bool {
		dx, dy := bx-ax, by-ay
		t := math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/(dx*dx+dy*dy)))
		px, py := ax+t*dx, ay+t*dy
		return (x-px)*(x-px)+(y-py)*(y-py) <= w*w
	}
	dots := [][2]float64{{392, 136}, {392, 256}, {392, 376}}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			fx, fy := float64(x)+0.5, float64(y)+0.5
			if !inside(fx, fy) {
				continue
			}
			c := bg
			for _, d := range dots {
				if seg(fx, fy, d[0], d[1], 160, 256, 22) {
					c = fg
				}
			}
			for _, d := range dots {
				if disc(fx, fy, d[0], d[1], 50) {
					c = fg
				}
			}
			if disc(fx, fy, 160, 256, 96) {
				c = accent
			}
			img.Set(x, y, c)
		}
	}
	f, err := os.Create("assets/icon.png")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		panic(err)
	}
}
