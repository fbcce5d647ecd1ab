#include "extract/sentence_splitter.h"

namespace newskg {
namespace {

bool IsTerminal(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.text == "." || t.text == "!" || t.text == "?" || t.text == "\xE2\x80\xA6" ||
          t.text == "..." || t.text == "?!" || t.text == "!?");
}
bool IsCloser(const Token& t) {
  return t.kind == TokenKind::kQuote || t.text == ")" || t.text == "]";
}
bool IsCapitalInitial(const Token& t) {
  return t.kind == TokenKind::kWord && t.text.size() == 1 && t.capitalized;
}

bool LineBreakBetween(const std::string& text, const Token& a, const Token& b) {
  for (uint32_t i = a.span.end; i < b.span.begin; ++i) {
    if (text[i] == '\n') return true;
  }
  return false;
}

}  // namespace

void SplitSentences(Document& doc, const WordSet& abbreviations) {
  doc.sentences.clear();
  const auto& toks = doc.tokens;
  size_t start = 0;
  auto close = [&](size_t end) {
    if (end <= start) return;
    Sentence s;
    s.first_token = start;
    s.end_token = end;
    s.span = {toks[start].span.begin, toks[end - 1].span.end};
    for (size_t k = start; k < end; ++k) doc.tokens[k].sentence = doc.sentences.size();
    doc.sentences.push_back(s);
    start = end;
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    if (i + 1 - start >= kMaxSentenceTokens) {
      close(i + 1);  // text with no sentence ends: bounded work per sentence
      continue;
    }
    if (i + 1 < toks.size() && LineBreakBetween(doc.text, toks[i], toks[i + 1])) {
      close(i + 1);
      continue;
    }
    if (!IsTerminal(toks[i])) continue;
    size_t j = i + 1;
    // Closing quotes and brackets right after the terminal belong to this sentence.
    while (j < toks.size() && IsCloser(toks[j]) && !toks[j].space_before) ++j;
    if (j >= toks.size()) break;
    const Token& next = toks[j];
    if (LineBreakBetween(doc.text, toks[j - 1], next)) {
      close(j);
      i = j - 1;
      continue;
    }
    if (toks[i].text == ".") {
      if (i > 0 && !toks[i].space_before) {
        const Token& prev = toks[i - 1];
        if (abbreviations.count(prev.lower) > 0 || IsCapitalInitial(prev)) continue;
      }
    }
    // The next sentence starts with a capital, a digit or an opening quote.
    const bool starts = next.capitalized || next.kind == TokenKind::kNumber ||
                        next.kind == TokenKind::kQuote || next.text == "(";
    // A stop glued to the words on both sides (the tokenizer's "Petrov.Over")
    // ends the sentence as one before a space does.
    const bool glued = toks[i].text == "." && i > 0 && !toks[i].space_before &&
                       toks[i - 1].kind == TokenKind::kWord && next.kind == TokenKind::kWord &&
                       j == i + 1;
    if (!starts || (!next.space_before && !glued)) continue;
    if (toks[i].text != "." && j == i + 1 && next.kind != TokenKind::kQuote && !next.capitalized) {
      continue;
    }
    close(j);
    i = j - 1;
  }
  close(toks.size());
}

}  // namespace newskg
