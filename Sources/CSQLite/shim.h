// The few SQLite calls Swift cannot make directly.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast of -1 to a function pointer, which Swift cannot import.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

// sqlite3_config is variadic, which Swift cannot call. Turns off SQLite's memory statistics
// (sqlite3_memory_used and friends, which nothing here reads): with them on, every allocation
// SQLite makes takes a global mutex. Effective only before SQLite initializes, that is before
// the first connection opens; returns SQLITE_MISUSE after.
static inline int csqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
