#include "CHeapStatistics.h"
#include <stdlib.h>   /* defines __GLIBC__ on glibc systems */

#if defined(__APPLE__)
#include <malloc/malloc.h>
#include <sys/sysctl.h>
#include <stdint.h>

size_t ganbook_heap_bytes_in_use(void) {
    malloc_statistics_t stats;
    malloc_zone_statistics(NULL, &stats);   /* NULL: every zone */
    return stats.size_in_use;
}

size_t ganbook_physical_memory_bytes(void) {
    uint64_t bytes = 0;
    size_t length = sizeof(bytes);
    if (sysctlbyname("hw.memsize", &bytes, &length, NULL, 0) != 0) return 0;
    return (size_t)bytes;
}

#elif defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>

size_t ganbook_heap_bytes_in_use(void) {
#if __GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33)
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
#else
    struct mallinfo info = mallinfo();   /* int fields: wrong past 2 GiB, the best older glibc has */
    return (size_t)(unsigned int)info.uordblks + (size_t)(unsigned int)info.hblkhd;
#endif
}

size_t ganbook_physical_memory_bytes(void) {
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (size_t)pages * (size_t)size : 0;
}

#else
#include <unistd.h>

size_t ganbook_heap_bytes_in_use(void) { return (size_t)-1; }

size_t ganbook_physical_memory_bytes(void) {
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (size_t)pages * (size_t)size : 0;
}
#endif
