#ifndef CHEAPSTATISTICS_H
#define CHEAPSTATISTICS_H

#include <stddef.h>

/// Bytes the C allocator has handed out and not yet taken back (all threads, all arenas,
/// including blocks served by mmap), or (size_t)-1 where the platform cannot say.
/// glibc: mallinfo2's uordblks + hblkhd; macOS: malloc_zone_statistics' size_in_use.
size_t ganbook_heap_bytes_in_use(void);

/// Physical memory of the machine in bytes (0 if unknown).
size_t ganbook_physical_memory_bytes(void);

#endif
