#include "batch/batch.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

namespace newskg {

namespace fs = std::filesystem;

std::string ArticleFileName(const std::string& id, size_t max_bytes) {
  static const char kHex[] = "0123456789ABCDEF";
  auto escape = [](std::string& out, unsigned char c) {
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  auto portable = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  };
  // CON, PRN, AUX, NUL, COM1-9, LPT1-9, alone or before a '.', any case.
  auto device_name = [&] {
    const std::string stem = AsciiLower(id.substr(0, id.find('.')));
    if (stem == "con" || stem == "prn" || stem == "aux" || stem == "nul") return true;
    return stem.size() == 4 && (stem.rfind("com", 0) == 0 || stem.rfind("lpt", 0) == 0) &&
           stem[3] >= '1' && stem[3] <= '9';
  };
  std::string out;
  for (size_t i = 0; i < id.size(); ++i) {
    const auto c = static_cast<unsigned char>(id[i]);
    const bool edge_dot = c == '.' && (i == 0 || i + 1 == id.size());
    if (!portable(c) || edge_dot || (i == 0 && device_name())) {
      escape(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  if (out.empty()) out = "%";  // the empty id: '%' alone is no escape, so no other id gives it
  if (out.size() > max_bytes) {
    const std::string hash = "~" + Fnv1a64Hex(id);
    size_t keep = max_bytes - hash.size();
    // Never cut an escape in two.
    if (keep >= 1 && out[keep - 1] == '%') {
      keep -= 1;
    } else if (keep >= 2 && out[keep - 2] == '%') {
      keep -= 2;
    }
    out = out.substr(0, keep) + hash;
  }
  return out;
}

std::string SyntaxExtension(Syntax syntax) {
  switch (syntax) {
    case Syntax::kTurtle:
      return ".ttl";
    case Syntax::kNTriples:
      return ".nt";
    case Syntax::kNQuads:
      return ".nq";
    case Syntax::kTriG:
      return ".trig";
  }
  return ".ttl";
}

BatchRunner::BatchRunner(BatchOptions options) : options_(std::move(options)) {
  if (options_.jobs == 0) options_.jobs = 1;
  if (options_.split_dir.empty()) merger_ = std::make_unique<Merger>();
}

BatchRunner::~BatchRunner() = default;

std::string BatchRunner::FileFor(const std::string& id) const {
  return (fs::path(options_.split_dir) / (ArticleFileName(id) + SyntaxExtension(options_.syntax)))
      .string();
}

Status BatchRunner::AddInput(const std::string& input, const TextArticleInfo& info) {
  if (input == "-") return AddStream(std::cin, input, info);
  std::error_code ec;
  if (!fs::exists(input, ec)) return NotFound(input + ": no such file");
  if (fs::is_directory(input, ec)) return InvalidArgument(input + ": is a directory");
  std::ifstream file(input, std::ios::binary);
  if (!file) return IoError(input + ": cannot open file");
  return AddStream(file, input, info);
}

Status BatchRunner::AddStream(std::istream& in, const std::string& input,
                              const TextArticleInfo& info) {
  const std::string name = input == "-" ? "standard input" : input;
  bool jsonl = input.size() >= 6 && input.compare(input.size() - 6, 6, ".jsonl") == 0;
  if (input == "-") {
    // Standard input is JSONL when it starts with '{'.
    while (std::isspace(in.peek())) in.get();
    jsonl = in.peek() == '{';
  }
  if (jsonl) {
    return ForEachJsonlArticle(in, name, [&](Document&& doc) {
      if (doc.date.empty()) doc.date = info.date;
      return AddDocument(std::move(doc), name);
    });
  }
  // Read at most one byte past the limit: a huge file is refused without
  // reading it whole.
  std::string text(kMaxArticleBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) return IoError(name + ": read error");
  text.resize(static_cast<size_t>(in.gcount()));
  auto doc = ReadTextArticle(std::move(text), name);
  if (!doc.ok()) return doc.status();
  doc->id = !info.id.empty() ? info.id : input == "-" ? "" : fs::path(input).stem().string();
  doc->date = info.date;
  doc->url = info.url;
  return AddDocument(std::move(doc).value(), name);
}

Status BatchRunner::AddDocument(Document&& doc, const std::string& where) {
  if (doc.id.empty()) doc.id = DefaultArticleId(doc.text);
  if (doc.id.size() > kMaxArticleIdBytes) {
    return InvalidArgument(where + ": article id is " + std::to_string(doc.id.size()) +
                           " bytes; the limit is " + std::to_string(kMaxArticleIdBytes));
  }
  if (!options_.split_dir.empty()) {
    // Two articles must not share a file: the second would replace the
    // first. Distinct ids give distinct names; names that differ only in
    // letter case would still be one file where case is ignored.
    const std::string file = ArticleFileName(doc.id) + SyntaxExtension(options_.syntax);
    auto [it, fresh] = split_files_.emplace(AsciiLower(file), doc.id);
    if (!fresh && it->second == doc.id) {
      return InvalidArgument(where + ": article id '" + doc.id +
                             "' appears twice; --split needs unique ids");
    }
    if (!fresh) {
      return InvalidArgument(where + ": article ids '" + it->second + "' and '" + doc.id +
                             "' differ only in letter case (file " + file +
                             "); --split needs ids that give distinct file names");
    }
  }
  batch_.push_back({std::move(doc), where});
  if (batch_.size() >= 64 * options_.jobs) return Flush();
  return Status::Ok();
}

namespace {

// An article's triples on their way from a worker thread to the one Merger.
class TripleBuffer : public TripleSink {
 public:
  Status Add(const Term& s, const Term& p, const Term& o) override {
    triples.push_back({s, p, o});
    return Status::Ok();
  }
  std::vector<Triple> triples;
};

}  // namespace

Status BatchRunner::Flush() {
  const size_t n = batch_.size();
  const size_t jobs = options_.jobs;
  const bool split = !options_.split_dir.empty();
  std::vector<Status> status(n);
  std::vector<TripleBuffer> buffers(split || jobs == 1 ? 0 : n);
  std::vector<std::string> files(split ? n : 0);
  auto work = [&](size_t worker) {
    for (size_t i = worker; i < n; i += jobs) {
      Document& doc = batch_[i].doc;
      if (Status s = options_.pipeline->Run(doc); !s.ok()) {
        status[i] = Status(s.code(), batch_[i].where + ": " + s.message());
        continue;
      }
      if (options_.inspect) options_.inspect(doc);
      if (split) {
        // One article, one graph, serialized on the worker.
        Merger merger;
        status[i] = newskg::AddDocument(doc, options_.base, merger);
        if (status[i].ok()) status[i] = merger.Write(files[i], options_.syntax);
      } else if (jobs == 1) {
        status[i] = newskg::AddDocument(doc, options_.base, *merger_);  // straight in, no copy
      } else {
        status[i] = newskg::AddDocument(doc, options_.base, buffers[i]);
      }
    }
  };
  if (jobs == 1 || n < 2) {
    work(0);
  } else {
    std::vector<std::thread> threads;
    for (size_t w = 0; w < jobs; ++w) threads.emplace_back(work, w);
    for (auto& t : threads) t.join();
  }
  for (size_t i = 0; i < n; ++i) {
    if (!status[i].ok()) return status[i];
    if (split) {
      if (Status s = WriteFileAtomically(FileFor(batch_[i].doc.id), {files[i]}); !s.ok()) return s;
      files[i] = std::string();
    } else if (!buffers.empty()) {
      for (const Triple& t : buffers[i].triples) {
        if (Status s = merger_->Add(t.s, t.p, t.o); !s.ok()) return s;
      }
      buffers[i].triples = std::vector<Triple>();
    }
    ++done_;
    if (options_.progress && done_ % 100 == 0) options_.progress(done_, false);
  }
  batch_.clear();
  return Status::Ok();
}

Status BatchRunner::Finish() {
  if (Status s = Flush(); !s.ok()) return s;
  if (options_.progress) options_.progress(done_, true);
  return Status::Ok();
}

Status BatchRunner::WriteMerged(const std::string& path) {
  if (!merger_) return InvalidArgument("WriteMerged: the runner writes one file per article");
  std::vector<std::string> parts;
  if (Status s = merger_->Write(parts, options_.syntax); !s.ok()) return s;
  return WriteFileAtomically(path, std::vector<std::string_view>(parts.begin(), parts.end()));
}

}  // namespace newskg
