//go:build unix

package main

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used. On the shared 2-core machine wall time
// depends on the neighbours; CPU time is what an idle machine would take for this
// single-threaded work.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
