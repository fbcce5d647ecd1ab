// The JSONL reader on any bytes: every line is an article or an error,
// never a crash; an accepted article's text is valid UTF-8 with no NUL.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "extract/extract.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newskg;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  const Status st = ForEachJsonlArticle(in, "fuzz.jsonl", [](Document&& doc) {
    for (const std::string* field : {&doc.text, &doc.id, &doc.url, &doc.title, &doc.date}) {
      if (FindInvalidUtf8(*field) != std::string::npos) {
        fuzz::Fail("an accepted field is not valid UTF-8: " + *field);
      }
    }
    if (!doc.date.empty() && !IsValidIsoDate(doc.date)) fuzz::Fail("accepted date " + doc.date);
    return Status::Ok();
  });
  if (!st.ok() && st.message().empty()) fuzz::Fail("an error without a message");
  return 0;
}
