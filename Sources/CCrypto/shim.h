// The system's OpenSSL libcrypto (Debian libssl-dev), for SHA-256 only.
#include <stddef.h>
#include <openssl/evp.h>

// SHA-256 of `count` bytes into `digest` (32 bytes); 1 on success. Through EVP, so OpenSSL uses
// the processor's SHA instructions where it has them.
static inline int ccrypto_sha256(const void *data, size_t count, unsigned char *digest) {
    unsigned int length = 0;
    return EVP_Digest(data, count, digest, &length, EVP_sha256(), NULL) == 1 && length == 32;
}
