package rtl

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// mirroredIcons pairs the theme icons whose meaning follows the reading direction.
var mirroredIcons = map[fyne.ThemeIconName]fyne.ThemeIconName{
	theme.IconNameNavigateBack:      theme.IconNameNavigateNext,
	theme.IconNameNavigateNext:      theme.IconNameNavigateBack,
	theme.IconNameMediaFastRewind:   theme.IconNameMediaFastForward,
	theme.IconNameMediaFastForward:  theme.IconNameMediaFastRewind,
	theme.IconNameMediaSkipPrevious: theme.IconNameMediaSkipNext,
	theme.IconNameMediaSkipNext:     theme.IconNameMediaSkipPrevious,
	theme.IconNameContentUndo:       theme.IconNameContentRedo,
	theme.IconNameContentRedo:       theme.IconNameContentUndo,
}

// Icon returns the theme icon named n, swapped for its mirror twin when Enabled: «back»
// points right in Persian, «next» points left.
func Icon(n fyne.ThemeIconName) fyne.Resource {
	if Enabled {
		if m, ok := mirroredIcons[n]; ok {
			n = m
		}
	}
	return theme.Icon(n)
}

// BackIcon points toward the start of the reading direction (right in Persian).
func BackIcon() fyne.Resource { return Icon(theme.IconNameNavigateBack) }

// NextIcon points toward the end of the reading direction (left in Persian).
func NextIcon() fyne.Resource { return Icon(theme.IconNameNavigateNext) }
