#include "extract/internal/dep_roles.h"

#include <algorithm>

namespace newskg::internal {
namespace {

bool IsVerbTag(const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; }
bool IsNounTag(const Token& t) {
  return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON" || t.upos == "NUM";
}
// A past participle, or an adjective made of one ("newly-sanctioned").
bool IsParticiple(const Token& t, const StageWords* words) {
  return t.tag == "VBN" || (t.upos == "ADJ" && words != nullptr &&
                            StageWords::EndsInAny(t.lower, words->participle_endings, 4));
}
// Relative pronouns by their Penn tags (who, which, that as a relativizer).
bool IsRelativePronoun(const Token& t) { return t.tag == "WP" || t.tag == "WDT"; }

void AddOnce(std::vector<size_t>& v, size_t i) {
  if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
}

}  // namespace

DepRoles::DepRoles(const Document& doc, const Sentence& s, const Lexicon& lex)
    : doc_(doc), lex_(lex), first_(s.first_token), end_(s.end_token) {
  if (auto words = StageWords::Default(); words.ok()) words_ = words.value();
  children_.resize(end_ - first_);
  for (size_t i = first_; i < end_; ++i) {
    const Token& t = doc_.tokens[i];
    if (!t.deprel.empty()) parsed_ = true;
    if (InSentence(t.head)) children_[static_cast<size_t>(t.head) - first_].push_back(i);
  }
}

bool DepRoles::Is(size_t i, std::string_view rel) const {
  const std::string& d = doc_.tokens[i].deprel;
  return d.size() >= rel.size() && d.compare(0, rel.size(), rel) == 0 &&
         (d.size() == rel.size() || d[rel.size()] == ':');
}

bool DepRoles::HasCase(size_t i, std::string_view word) const {
  for (size_t c : Children(i)) {
    if ((Is(c, "case") || Is(c, "mark")) && doc_.tokens[c].lower == word) return true;
  }
  return false;
}

size_t DepRoles::HeadOf(size_t first, size_t end) const {
  for (size_t i = first; i < end; ++i) {
    const int h = doc_.tokens[i].head;
    if (h < 0 || static_cast<size_t>(h) < first || static_cast<size_t>(h) >= end) return i;
  }
  return first;
}

bool DepRoles::Nominal(size_t trigger) const {
  return !IsVerbTag(doc_.tokens[trigger]) && !IsParticiple(doc_.tokens[trigger], words_);
}

bool DepRoles::Passive(size_t trigger) const {
  if (Nominal(trigger)) return false;
  for (size_t c : Children(trigger)) {
    if (doc_.tokens[c].deprel == "nsubj:pass" || doc_.tokens[c].deprel == "aux:pass") return true;
  }
  // "the oligarchs sanctioned by the UK", "newly sanctioned officials".
  return IsParticiple(doc_.tokens[trigger], words_) &&
         (Is(trigger, "acl") || Is(trigger, "amod")) && !Is(trigger, "acl:relcl");
}

bool DepRoles::Negated(size_t trigger) const {
  for (size_t a : Anchors(trigger, false)) {
    for (size_t c : Children(a)) {
      if ((Is(c, "advmod") || Is(c, "det")) && lex_.negations.count(doc_.tokens[c].lower) > 0)
        return true;
    }
  }
  return false;
}

// The trigger, and the verb whose object (or passive subject) a noun trigger
// is: "imposed sanctions on X", "sanctions were imposed on X". For subjects,
// the verbs that lend theirs: "agreed to lend", "met X and held talks".
std::vector<size_t> DepRoles::Anchors(size_t trigger, bool subject) const {
  std::vector<size_t> out{trigger};
  size_t cur = trigger;
  const int h = doc_.tokens[trigger].head;
  if (Nominal(trigger) && (Is(trigger, "obj") || doc_.tokens[trigger].deprel == "nsubj:pass") &&
      InSentence(h) && IsVerbTag(doc_.tokens[static_cast<size_t>(h)])) {
    const size_t verb = static_cast<size_t>(h);
    if (lex_.reaction_verbs.count(doc_.tokens[verb].lemma) > 0) return out;
    out.push_back(verb);
    cur = verb;
  }
  if (!subject) return out;
  for (int depth = 0; depth < 3; ++depth) {
    // A coordinated verb with its own auxiliary ("... and 4,000 were
    // rounded up") has a subject of its own, found or not.
    // A coordinated verb shows its conjunction ("met X and held talks");
    // without one the parse likely mistook a clause for a conjunct.
    bool has_subject = false, has_aux = false, has_cc = false;
    for (size_t c : Children(cur)) {
      has_subject = has_subject || Is(c, "nsubj");
      has_aux = has_aux || Is(c, "aux");
      has_cc = has_cc || Is(c, "cc");
    }
    if ((has_aux || !has_cc) && Is(cur, "conj")) break;
    const int up = doc_.tokens[cur].head;
    if (has_subject || !InSentence(up) || !(Is(cur, "xcomp") || Is(cur, "conj"))) break;
    cur = static_cast<size_t>(up);
    out.push_back(cur);
  }
  return out;
}

// A dash, colon or semicolon between a subject and its verb: a dateline
// ("WASHINGTON, Dec 16 — The fund approved") or a misparse, never a subject.
bool DepRoles::Dashed(size_t a, size_t b) const {
  for (size_t k = std::min(a, b) + 1; k < std::max(a, b); ++k) {
    const Token& t = doc_.tokens[k];
    if (t.upos == "PUNCT" && t.kind == TokenKind::kPunct && t.text != "," && t.text != "." &&
        t.text != "(" && t.text != ")")
      return true;
  }
  return false;
}

std::vector<size_t> DepRoles::Match(size_t first, size_t end,
                                    const std::vector<DepPattern>& patterns) const {
  std::vector<size_t> out;
  if (!parsed_) return out;
  const size_t trigger = HeadOf(first, end);
  for (const DepPattern& p : patterns) {
    const bool subject = p.rel.rfind("nsubj", 0) == 0;
    // A participle modifying a noun has that noun as its passive subject:
    // "the oligarchs sanctioned by the UK".
    if (subject && Passive(trigger) && !Nominal(trigger) &&
        (Is(trigger, "acl") || Is(trigger, "amod")) && InSentence(doc_.tokens[trigger].head)) {
      AddOnce(out, static_cast<size_t>(doc_.tokens[trigger].head));
      continue;
    }
    for (size_t a : Anchors(trigger, subject)) {
      bool found = false;
      for (size_t c : Children(a)) {
        if (c >= first && c < end) continue;
        if (!Is(c, p.rel)) continue;
        if (!p.case_word.empty() && !HasCase(c, p.case_word)) continue;
        if (subject && Dashed(c, a)) continue;
        found = true;
        // "X, who met Y": the relative pronoun stands for the noun the clause modifies.
        if (subject && IsRelativePronoun(doc_.tokens[c]) && Is(a, "acl") &&
            InSentence(doc_.tokens[a].head)) {
          AddOnce(out, static_cast<size_t>(doc_.tokens[a].head));
        } else {
          AddOnce(out, c);
        }
      }
      if (found && subject) break;  // the nearest verb's subject
    }
  }
  return out;
}

std::vector<size_t> DepRoles::Members(size_t head) const {
  std::vector<size_t> out;
  AddMembers(head, 0, out);
  return out;
}

void DepRoles::AddMembers(size_t i, int depth, std::vector<size_t>& out) const {
  if (depth > 6 || std::find(out.begin(), out.end(), i) != out.end()) return;
  const Token& t = doc_.tokens[i];
  if (doc_.mention_at[i] >= 0) {
    out.push_back(i);
  } else if (IsNounTag(t) || t.upos == "DET") {
    // A description of a group: its named members.
    const bool quantity = t.upos == "NUM" || t.upos == "PRON" || t.upos == "DET" ||
                          lex_.quantity_nouns.count(t.lemma) > 0;
    for (size_t c : Children(i)) {
      const bool example = Is(c, "nmod") || Is(c, "obl") || Is(c, "acl");
      bool named_example = false;
      for (size_t cc : Children(c)) {
        named_example = named_example || ((Is(cc, "case") || Is(cc, "mark")) &&
                                          lex_.example_cases.count(doc_.tokens[cc].lower) > 0);
      }
      if (Is(c, "appos") || (example && named_example) || (quantity && Is(c, "nmod"))) {
        AddMembers(c, depth + 1, out);
      }
      // "billionaires which include A and B".
      if (Is(c, "acl") && lex_.list_verbs.count(doc_.tokens[c].lemma) > 0) {
        for (size_t o : Children(c)) {
          if (Is(o, "obj")) AddMembers(o, depth + 1, out);
        }
      }
    }
    // "Those sanctioned include A, B and C"; "the list of sanctioned
    // oligarchs includes A".
    size_t subj = i;
    for (int up = 0; up < 2 && !Is(subj, "nsubj") && Is(subj, "nmod"); ++up) {
      if (!InSentence(doc_.tokens[subj].head)) break;
      subj = static_cast<size_t>(doc_.tokens[subj].head);
    }
    const int verb = doc_.tokens[subj].head;
    if (Is(subj, "nsubj") && InSentence(verb) &&
        lex_.list_verbs.count(doc_.tokens[static_cast<size_t>(verb)].lemma) > 0) {
      for (size_t o : Children(static_cast<size_t>(verb))) {
        if (Is(o, "obj")) AddMembers(o, depth + 1, out);
      }
    }
  }
  for (size_t c : Children(i)) {
    if (Is(c, "conj")) AddMembers(c, depth + 1, out);
  }
}

}  // namespace newskg::internal
