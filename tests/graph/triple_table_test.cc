// The merge table's storage: triples packed in 5 to 8 bytes that widen as
// ids and predicates grow, their radix sort, and nodes with a language.
#include "graph/internal/triple_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace newskg::internal {
namespace {

// Triples with subjects and objects spread up to `most` and `predicates`
// predicates (ids from 1,000,000 on), in a fixed pseudo-random order.
std::vector<IdTriple> SomeTriples(size_t n, NodeId most, NodeId predicates, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<NodeId> node(0, most), predicate(0, predicates - 1);
  std::vector<IdTriple> out;
  for (size_t i = 0; i < n; ++i) out.push_back({node(rng), 1000000 + predicate(rng), node(rng)});
  return out;
}

// Triple i of `v`, read.
IdTriple At(const TripleVector& v, size_t i) { return v[i]; }

TEST(TripleVectorTest, WidensAsIdsGrowAndKeepsEveryTriple) {
  // Each row: the largest id pushed, and the bytes a triple takes then.
  const struct {
    NodeId most;
    unsigned width;
  } rows[] = {
      {(NodeId{1} << 16) - 1, 5}, {NodeId{1} << 16, 6}, {(NodeId{1} << 20) - 1, 6},
      {NodeId{1} << 20, 7},       {NodeId{1} << 24, 8}, {(NodeId{1} << 28) - 1, 8},
  };
  TripleVector v;
  std::vector<IdTriple> all;
  unsigned seed = 1;
  for (const auto& row : rows) {
    for (const IdTriple& t : SomeTriples(500, row.most, 20, seed++)) {
      v.push_back(t);
      all.push_back(t);
    }
    v.push_back({row.most, 1000000, 0});
    all.push_back({row.most, 1000000, 0});
    EXPECT_EQ(v.width(), row.width) << "ids up to " << row.most;
    ASSERT_EQ(v.size(), all.size());
    for (size_t i = 0; i < all.size(); ++i) ASSERT_EQ(At(v, i), all[i]) << "triple " << i;
  }
  EXPECT_THROW(v.push_back({NodeId{1} << 28, 1000000, 0}), std::length_error);
}

TEST(TripleVectorTest, MorePredicatesTakeBitsFromTheNodesOrWidenTheKey) {
  // Ids below 2^16 with 8 bits of predicate fit 5 bytes; 257 predicates
  // take 12 bits, leaving 14 a node: a wider key, the triples the same.
  TripleVector v;
  std::vector<IdTriple> all = SomeTriples(2000, (NodeId{1} << 16) - 1, 256, 7);
  for (const IdTriple& t : all) v.push_back(t);
  EXPECT_EQ(v.width(), 5U);
  for (NodeId p = 0; p < 1000; ++p) {
    v.push_back({p, 2000000 + p, p});
    all.push_back({p, 2000000 + p, p});
  }
  std::set<NodeId> predicates;
  for (const IdTriple& t : all) predicates.insert(t[1]);
  EXPECT_EQ(v.predicates().size(), predicates.size());
  EXPECT_GT(predicates.size(), 256U);
  EXPECT_EQ(v.width(), 6U);
  for (size_t i = 0; i < all.size(); ++i) ASSERT_EQ(At(v, i), all[i]) << "triple " << i;
}

TEST(TripleVectorTest, AssignedTriplesAndShrinkingKeepTheRest) {
  TripleVector v;
  for (NodeId i = 0; i < 10000; ++i) v.push_back({i, 5, i + 1});
  v[3] = IdTriple{1U << 22, 6, 7};  // widens while assigned
  EXPECT_EQ(v.width(), 7U);
  v[4] = v[3];
  v.resize(5000);
  v.shrink_to_fit();
  EXPECT_EQ(v.capacity(), 5000U);
  EXPECT_EQ(At(v, 2), (IdTriple{2, 5, 3}));
  EXPECT_EQ(At(v, 3), (IdTriple{1U << 22, 6, 7}));
  EXPECT_EQ(At(v, 4), (IdTriple{1U << 22, 6, 7}));
  EXPECT_EQ(At(v, 4999), (IdTriple{4999, 5, 5000}));
}

template <unsigned W>
void ExpectRadixSortIsStdSort(uint64_t mask, unsigned seed) {
  std::mt19937_64 rng(seed);
  for (size_t n : {0, 1, 63, 64, 1000, 16384, 16385, 100000}) {
    std::vector<PackedTriple<W>> packed(n);
    std::vector<uint64_t> keys(n);
    for (size_t i = 0; i < n; ++i) {
      // Few distinct high bytes, as ids of one table have.
      keys[i] = (rng() & mask) >> (rng() % 3 == 0 ? 0 : 9);
      packed[i].set(keys[i]);
    }
    RadixSort(packed.data(), packed.data() + n);
    std::sort(keys.begin(), keys.end());
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(packed[i].key(), keys[i]) << W << " bytes, " << n;
  }
}

TEST(TripleVectorTest, RadixSortOfPackedTriplesIsStdSort) {
  ExpectRadixSortIsStdSort<5>((uint64_t{1} << 40) - 1, 1);
  ExpectRadixSortIsStdSort<6>((uint64_t{1} << 48) - 1, 2);
  ExpectRadixSortIsStdSort<7>((uint64_t{1} << 56) - 1, 3);
  ExpectRadixSortIsStdSort<8>(~uint64_t{0}, 4);
  // Few bits, not a whole byte's multiple, and many repeats.
  ExpectRadixSortIsStdSort<6>((uint64_t{1} << 13) - 1, 5);
}

TEST(TripleTableTest, SortIrisInAPresortedOrderIsTheirOrder) {
  TripleTable table;
  std::vector<NodeId> iris;
  auto add = [&](const std::string& iri) { iris.push_back(table.Intern(TermKind::kIri, iri)); };
  // IRIs under prefixes of which one starts another, and one without '/'.
  for (int i = 0; i < 300; ++i) {
    add("https://example.org/a/" + std::to_string(i * 7919 % 1000));
    add("https://example.org/a/b/" + std::to_string(i));
    add("https://example.org/" + std::to_string(i % 40) + "x");
  }
  add("urn:example:one");
  table.Intern(TermKind::kLiteral, "not an IRI");
  TripleTable::NodeOrder order = table.TakeNodeOrder();
  order.Sort();
  // Some added after the order was taken.
  for (int i = 0; i < 50; ++i) add("https://example.org/a/late-" + std::to_string(i));
  add("urn:example:two");
  std::vector<NodeId> some;
  for (size_t i = 0; i < iris.size(); i += 3) some.push_back(iris[i]);
  std::sort(some.begin(), some.end());
  some.erase(std::unique(some.begin(), some.end()), some.end());
  std::vector<NodeId> expected = some;
  table.SortIris(expected, 1);
  table.SortIris(some, 1, &order);
  EXPECT_EQ(some, expected);
  for (size_t i = 1; i < some.size(); ++i)
    EXPECT_LT(table.value(some[i - 1]).str(), table.value(some[i]).str());
}

TEST(TripleTableTest, LiteralsWithALanguageAreNodesOfTheirOwn) {
  TripleTable table;
  const NodeId dt = table.Intern(TermKind::kIri, "http://www.w3.org/2001/XMLSchema#string");
  const NodeId plain = table.Intern(TermKind::kLiteral, "Paris");
  const NodeId en = table.Intern(TermKind::kLiteral, "Paris", kNoNode, "en");
  const NodeId fr = table.Intern(TermKind::kLiteral, "Paris", kNoNode, "fr");
  const NodeId typed = table.Intern(TermKind::kLiteral, "Paris", dt);
  const NodeId blank = table.Intern(TermKind::kBlank, "Paris");
  const NodeId iri = table.Intern(TermKind::kIri, "Paris");
  const std::vector<NodeId> ids = {plain, en, fr, typed, blank, iri};
  EXPECT_EQ(std::set<NodeId>(ids.begin(), ids.end()).size(), ids.size());
  EXPECT_EQ(table.Intern(TermKind::kLiteral, "Paris", kNoNode, "fr"), fr);
  EXPECT_EQ(table.Intern(TermKind::kLiteral, "Paris", kNoNode, "en"), en);
  EXPECT_EQ(table.Find(TermKind::kLiteral, "Paris"), plain);
  EXPECT_EQ(table.lang(en), "en");
  EXPECT_EQ(table.lang(fr), "fr");
  EXPECT_EQ(table.lang(plain), "");
  EXPECT_EQ(table.kind(en), TermKind::kLiteral);
  EXPECT_EQ(table.kind(blank), TermKind::kBlank);
  EXPECT_EQ(table.datatype(typed), dt);
  EXPECT_EQ(table.datatype(en), kNoNode);
  EXPECT_EQ(table.value(en).str(), "Paris");
  // Read back the same after the index is built again, and in another table.
  table.ReleaseIndex();
  EXPECT_EQ(table.Intern(TermKind::kLiteral, "Paris", kNoNode, "en"), en);
  table.Add(iri, iri, en);
  table.Add(iri, iri, fr);
  table.Add(iri, iri, plain);
  TripleTable other;
  ASSERT_TRUE(other.Absorb(static_cast<const TripleTable&>(table)).ok());
  std::set<std::string> langs;
  for (const IdTriple& t : other.triples()) langs.insert(std::string(other.lang(t[2])));
  EXPECT_EQ(langs, (std::set<std::string>{"", "en", "fr"}));
}

}  // namespace
}  // namespace newskg::internal
