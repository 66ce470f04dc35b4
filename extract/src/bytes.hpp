// Word-at-a-time byte access for the scanners (tokenizer, sentence splitter,
// UTF-8 and binary checks, the phrase trie's hash): unaligned loads and stores
// through memcpy, which the compiler turns into single moves, and the SWAR
// constants for testing eight bytes at once.
#pragma once

#include <cstdint>
#include <cstring>

namespace claimgraph::extract::detail {

inline std::uint64_t load64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
inline std::uint32_t load32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}
inline void store64(char* p, std::uint64_t v) { std::memcpy(p, &v, 8); }
inline void store32(char* p, std::uint32_t v) { std::memcpy(p, &v, 4); }

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

/// True when one of the eight bytes of v is zero.
constexpr bool has_zero_byte(std::uint64_t v) { return ((v - kOnes) & ~v & kHighBits) != 0; }

}  // namespace claimgraph::extract::detail
