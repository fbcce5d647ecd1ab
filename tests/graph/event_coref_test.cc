// Event mentions held as fact sets: mentions that say the same thing (all
// but their articles) share one, as the clustering groups them.
#include "graph/internal/event_coref.h"

#include <gtest/gtest.h>

#include <vector>

namespace newskg::internal {
namespace {

TEST(EventMentionsTest, MentionsThatSayTheSameShareOneFactSet) {
  EventMentions m;
  const uint32_t protest = m.ClassId("Protest"), arrest = m.ClassId("Arrest");
  const uint32_t place = m.RoleId("place"), participant = m.RoleId("participant");
  // Each mention: class, roles (role, entity), date, count, articles.
  struct Row {
    uint32_t cls;
    std::vector<std::pair<uint32_t, uint32_t>> roles;
    const char* date;
    double count;  // < 0: none
    std::vector<uint32_t> articles;
  };
  const std::vector<Row> rows = {
      {protest, {{place, 7}, {participant, 9}}, "2031-05-02", 1000, {1}},
      {protest, {{participant, 9}, {place, 7}}, "2031-05-02", 1000, {3, 2}},  // same, other order
      {protest, {{place, 7}, {participant, 9}}, "2031-05-03", 1000, {4}},     // another date
      {arrest, {{place, 7}, {participant, 9}}, "2031-05-02", 1000, {5}},      // another class
      {protest, {{place, 7}, {participant, 9}}, "2031-05-02", -1, {6}},       // no count
      {protest, {{place, 7}, {participant, 9}}, "2031-05-02", 1000, {1}},     // as the first
  };
  m.Reserve(rows.size(), 7);
  for (const Row& r : rows) {
    m.Begin(r.cls);
    for (const auto& [role, entity] : r.roles) m.AddRole(role, entity);
    m.AddDate(r.date);
    if (r.count >= 0) m.SetCount(r.count);
    for (uint32_t a : r.articles) m.AddArticle(a);
  }
  m.Finish();
  ASSERT_EQ(m.size(), rows.size());
  EXPECT_EQ(m.fact_count(), 4U);
  const std::vector<uint32_t> sets = {m.facts_of(0), m.facts_of(1), m.facts_of(2),
                                      m.facts_of(3), m.facts_of(4), m.facts_of(5)};
  EXPECT_EQ(sets, (std::vector<uint32_t>{0, 0, 1, 2, 3, 0}));
  // Each mention keeps its own articles, sorted.
  const auto a1 = m.articles(1);
  EXPECT_EQ(std::vector<uint32_t>(a1.begin(), a1.end()), (std::vector<uint32_t>{2, 3}));
  EXPECT_EQ(m.articles(5).size(), 1U);
  // What a set says: its first mention's values, sorted.
  EXPECT_EQ(m.cls(2), arrest);
  EXPECT_EQ(m.dates(1).front(), "2031-05-03");
  EXPECT_FALSE(m.count(3).has_value());
  ASSERT_EQ(m.roles(0).size(), 2U);
  EXPECT_EQ(m.role(0, place).front().second, 7U);
}

}  // namespace
}  // namespace newskg::internal
