// QuoteFinder (internal/quote_finder.h): a role noun that speaks ("...,"
// the minister said) and the person it stands for, the one named before
// whose titles fit it.
#include <algorithm>
#include <string>

#include "extract/internal/quote_finder.h"

namespace newskg::internal {

bool QuoteFinder::TitleFits(const std::string& title, const std::string& role) const {
  if (title == role) return true;
  if (title.size() > role.size() && title[title.size() - role.size() - 1] == ' ' &&
      title.compare(title.size() - role.size(), role.size(), role) == 0)
    return true;  // "finance minister" fits "minister"
  if (const auto it = w_.epithet_titles.find(role);
      it != w_.epithet_titles.end() && it->second.count(title) > 0)
    return true;
  const auto kinds = w_.role_noun_kinds.find(role);
  const TitleInfo* info = lex_.Title(title);
  return kinds != w_.role_noun_kinds.end() && info != nullptr &&
         kinds->second.count(info->kind) > 0;
}

void QuoteFinder::WrittenTitles() {
  for (const Mention& m : doc_.mentions) {
    if (m.kind != MentionKind::kName || m.entity < 0 || in_quote_[m.first_token]) continue;
    const auto e = static_cast<size_t>(m.entity);
    if (doc_.entities[e].type != EntityType::kPerson || e >= titles_.size()) continue;
    // Before the name: "Trade Minister Lena Varga", "bank chief Ana Ruiz".
    if (size_t b = m.first_token; b > 0 && lex_.Title(t_[b - 1].lower) != nullptr) {
      while (b > 0 && b + 3 > m.first_token && t_[b - 1].kind == TokenKind::kWord &&
             t_[b - 1].sentence == m.sentence && doc_.mention_at[b - 1] < 0 &&
             w_.definite_articles.count(t_[b - 1].lower) == 0 &&
             w_.possessive_markers.count(t_[b - 1].lower) == 0)
        --b;
      std::string title;
      for (size_t w = b; w < m.first_token; ++w) title += (title.empty() ? "" : " ") + t_[w].lower;
      titles_[e].push_back(std::move(title));
    }
    // In apposition after it.
    size_t k = m.end_token;
    if (k + 2 >= t_.size() || t_[k].text != ",") continue;
    ++k;
    // A determiner, or a name and its possessive ("Ghana's").
    if (w_.definite_articles.count(t_[k].lower) > 0 ||
        w_.indefinite_determiners.count(t_[k].lower) > 0) {
      ++k;
    } else if (const int o = doc_.mention_at[k]; o >= 0) {
      const size_t end = doc_.mentions[static_cast<size_t>(o)].end_token;
      if (end >= t_.size() || w_.possessive_markers.count(t_[end].lower) == 0) continue;
      k = end + 1;
    } else {
      continue;
    }
    // Up to four lower-case words; the last, a title or role noun, ends the
    // phrase at a comma, a period or a preposition ("the head of ...").
    size_t end = k;
    while (end < t_.size() && end < k + 4 && t_[end].kind == TokenKind::kWord &&
           !t_[end].capitalized && doc_.mention_at[end] < 0 && !in_quote_[end] &&
           lex_.prepositions.count(t_[end].lower) == 0)
      ++end;
    if (end == k || end >= t_.size()) continue;
    const Token& after = t_[end];
    if (after.text != "," && after.text != "." && lex_.prepositions.count(after.lower) == 0)
      continue;
    const std::string& head = t_[end - 1].lower;
    if (lex_.Title(head) == nullptr && w_.role_noun_kinds.count(head) == 0) continue;
    std::string title;
    for (size_t w = k; w < end; ++w) title += (title.empty() ? "" : " ") + t_[w].lower;
    titles_[e].push_back(std::move(title));
  }
}

int QuoteFinder::RoleHolder(size_t k) const {
  const Token& head = t_[k];
  if (head.kind != TokenKind::kWord || doc_.mention_at[k] >= 0 || in_quote_[k]) return -1;
  const bool role_noun = w_.role_noun_kinds.count(head.lower) > 0;
  if (!role_noun && lex_.Title(head.lower) == nullptr) return -1;
  if (head.capitalized && role_noun) return -1;
  // The head ends its noun phrase: no noun, possessive or name after it,
  // nor a name in apposition ("the minister, Ken Osei,"), which speaks; but
  // for the role's own statement ("the minister's statement said").
  if (k + 1 < t_.size()) {
    const Token& next = t_[k + 1];
    const bool own_statement = k + 2 < t_.size() && w_.possessive_markers.count(next.lower) > 0 &&
                               lex_.statement_nouns.count(t_[k + 2].lower) > 0;
    if (!own_statement &&
        (next.tag.rfind("NN", 0) == 0 || w_.possessive_markers.count(next.lower) > 0 ||
         doc_.mention_at[k + 1] >= 0))
      return -1;
    if (next.text == "," && k + 2 < t_.size() && doc_.mention_at[k + 2] >= 0) return -1;
  }
  // Back over up to two modifiers to the definite article that opens it.
  size_t b = k;
  while (b > 0 && b + 3 > k && t_[b - 1].kind == TokenKind::kWord && doc_.mention_at[b - 1] < 0 &&
         !in_quote_[b - 1] && w_.definite_articles.count(t_[b - 1].lower) == 0 &&
         w_.possessive_markers.count(t_[b - 1].lower) == 0 &&
         (!t_[b - 1].capitalized || lex_.Title(t_[b - 1].lower) != nullptr ||
          lex_.TitleAt(t_, b - 1, k + 1, nullptr, nullptr) > 0))
    --b;
  if (b == 0 || w_.definite_articles.count(t_[b - 1].lower) == 0) return -1;
  // The role as written ("trade minister", "new minister") and the longest
  // title that ends at the head ("finance minister"), else the head: the
  // first that one person holds, and no one when two do.
  auto words = [&](size_t f) {
    std::string role;
    for (size_t w = f; w <= k; ++w) role += (role.empty() ? "" : " ") + t_[w].lower;
    return role;
  };
  size_t f = b;
  while (f < k && lex_.TitleAt(t_, f, k + 1, nullptr, nullptr) != k + 1 - f) ++f;
  for (const std::string& role : {words(b), words(f)}) {
    int holder = -1;
    for (const auto& [first, entity] : titled_) {
      if (first >= b) break;
      if (entity == holder) continue;
      const auto& titles = titles_[static_cast<size_t>(entity)];
      if (std::none_of(titles.begin(), titles.end(),
                       [&](const std::string& t) { return TitleFits(t, role); }))
        continue;
      if (holder >= 0) return -1;  // two hold it: no one in particular
      holder = entity;
    }
    if (holder >= 0) return holder;
  }
  return -1;
}

}  // namespace newskg::internal
