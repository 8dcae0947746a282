// Command rashtgen20 writes the twentieth author's labelled set of Rasht-style requests from
// the city centre and the arterial roads, or prints its shape with -stats.
package main
