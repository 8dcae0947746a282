/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, used by scripts/wine-check.sh.
 * Go 1.24+ programs call ProcessPrng from that DLL at start-up; Windows 10/11 ship it, but
 * Debian 12's Wine 8.0 does not, so every Go program dies there before main. This shim
 * forwards to RtlGenRandom (advapi32's SystemFunction036). It is never shipped in dist/.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x7fffffff ? 0x7fffffff : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
