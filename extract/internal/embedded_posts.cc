#include "extract/internal/embedded_posts.h"

#include <algorithm>
#include <string_view>

namespace newskg::internal {
namespace {

constexpr std::string_view kEmDash = "\xE2\x80\x94";  // U+2014
constexpr std::string_view kEnDash = "\xE2\x80\x93";  // U+2013
// Where the text of an embedded post gives way to its links.
constexpr std::string_view kLinkStarts[] = {"http://", "https://", "pic.twitter.com/"};

}  // namespace

void FindEmbeddedPosts(Document& doc, const std::vector<bool>& in_quote, const std::string& cls,
                       const std::string& speaker_role) {
  const std::vector<Token>& t = doc.tokens;
  auto line_between = [&](size_t a, size_t b) {
    for (uint32_t i = t[a].span.end; i < t[b].span.begin; ++i) {
      if (doc.text[i] == '\n') return true;
    }
    return false;
  };
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    // "(@handle)" after a name after a dash, and only a date after it on its line.
    if (t[i].text != "(" || t[i + 1].text != "@" || t[i + 3].text != ")") continue;
    const int m = i > 0 ? doc.mention_at[i - 1] : -1;
    if (m < 0) continue;
    const Mention& name = doc.mentions[static_cast<size_t>(m)];
    if (name.entity < 0 || name.first_token == 0) continue;
    const size_t dash = name.first_token - 1;
    if (t[dash].text != kEmDash && t[dash].text != kEnDash) continue;
    size_t k = i + 4;
    while (k < t.size() && !line_between(k - 1, k) &&
           (t[k].in_date || t[k].kind == TokenKind::kNumber || t[k].text == ","))
      ++k;
    if (k < t.size() && !line_between(k - 1, k)) continue;
    const int speaker = name.entity;
    const EntityType ty = doc.entities[static_cast<size_t>(speaker)].type;
    if (ty != EntityType::kPerson && ty != EntityType::kOrganization) continue;
    // The post's words: from the start of the line to the first link.
    uint32_t begin = t[dash].span.begin;
    while (begin > 0 && doc.text[begin - 1] != '\n') --begin;
    uint32_t end = t[dash].span.begin;
    const std::string_view line(doc.text.data() + begin, end - begin);
    for (std::string_view link : kLinkStarts) {
      if (const size_t at = line.find(link); at != std::string_view::npos)
        end = std::min(end, begin + static_cast<uint32_t>(at));
    }
    // Trailing space and symbols (an emoji pointing at the link) go.
    while (end > begin) {
      const unsigned char c = static_cast<unsigned char>(doc.text[end - 1]);
      if (c == ' ' || c == '\t') {
        --end;
      } else if (c >= 0x80) {
        uint32_t lead = end - 1;
        while (lead > begin && (static_cast<unsigned char>(doc.text[lead]) & 0xC0) == 0x80) --lead;
        if (static_cast<unsigned char>(doc.text[lead]) < 0xF0) break;  // four bytes: a symbol
        end = lead;
      } else {
        break;
      }
    }
    if (end <= begin || in_quote[dash]) continue;
    Event ev;
    ev.cls = cls;
    ev.entity_roles[speaker_role] = {speaker};
    ev.quote = std::string(doc.SpanText({begin, end}));
    size_t first = dash;
    while (first > 0 && !line_between(first - 1, first)) --first;
    for (size_t si = t[first].sentence; si <= t[dash].sentence; ++si) ev.sentences.push_back(si);
    ev.reported = true;
    doc.events.push_back(std::move(ev));
  }
}

}  // namespace newskg::internal
