// Secrets, by libsodium: passwords hashed with argon2id (a salt of its own each, memory-hard, at
// libsodium's interactive limits so that a sign-in costs tens of milliseconds), random tokens for
// sessions and CSRF, and digests so that the database keeps no usable session token.
// All functions are safe to call from several threads once credentials_init() has returned true.
#pragma once
#include <string>

namespace yp {

// Initialises libsodium; false when it cannot (no entropy source).
bool credentials_init();

// The argon2id hash of `password` in libsodium's self-describing string form ("$argon2id$v=19$…").
std::string hash_password(const std::string& password);
// Whether `password` matches `hash`, in time independent of where they differ.
bool verify_password(const std::string& password, const std::string& hash);
// Why `password` is too weak to set, or empty when it will do.
std::string password_weakness(const std::string& password);

// 32 random bytes as 64 hex digits.
std::string random_token();
// An unkeyed BLAKE2b digest of `token` as hex: what the store keeps instead of the token.
std::string token_digest(const std::string& token);
// Compares two strings in time independent of their content.
bool same_secret(const std::string& a, const std::string& b);

}  // namespace yp
