#pragma once

#include <string>

namespace patrolbook::server {

// Argon2id (libsodium's crypto_pwhash_str, interactive limits): the result carries its
// own salt and parameters.
std::string hashPassword(const std::string& password);
bool verifyPassword(const std::string& hash, const std::string& password);
// 256 random bits, hex.
std::string newToken();
// SHA-256, hex: what the server keeps of a token.
std::string sha256Hex(const std::string& data);

} // namespace patrolbook::server
