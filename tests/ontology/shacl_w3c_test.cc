// Runs the W3C SHACL Core test suite (../shared/data/shacl-core-tests/core)
// two ways: through the library, and through `newskg validate --shapes S
// --report R D`. A test passes when sh:conforms and the set of results agree,
// each result compared on focus node, path, value, severity and source
// constraint component (the suite's README). Blank focus nodes and values
// compare as "some blank node"; paths compare by their structure. Exits 77
// (ctest: skipped) when the suite is not beside the checkout.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ontology/shacl.h"

namespace newskg {
namespace {

namespace fs = std::filesystem;

const std::string kMf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
const std::string kSht = "http://www.w3.org/ns/shacl-test#";

std::string SuiteDir() {
  return std::string(NEWSKG_SOURCE_DIR) + "/../shared/data/shacl-core-tests/core";
}

std::vector<Term> Objects(const Graph& g, const Term& s, const std::string& p) {
  const Term pred = Term::Iri(p);
  std::vector<Term> out;
  for (const auto& t : g.Match(&s, &pred, nullptr)) out.push_back(t.o);
  return out;
}

std::vector<Term> ListMembers(const Graph& g, Term head) {
  std::vector<Term> out;
  for (int guard = 0; head.value != vocab::kRdf + "nil" && guard < 10000; ++guard) {
    const auto first = Objects(g, head, vocab::kRdf + "first");
    const auto rest = Objects(g, head, vocab::kRdf + "rest");
    if (first.size() != 1 || rest.size() != 1) break;
    out.push_back(first[0]);
    head = rest[0];
  }
  return out;
}

// The file a file: IRI of a manifest names (Graph resolves relative IRIs
// against file:///PATH).
std::string FileFor(const std::string& iri) {
  const std::string scheme = "file://";
  return iri.rfind(scheme, 0) == 0 ? fs::path(iri.substr(scheme.size())).lexically_normal().string()
                                   : iri;
}

struct W3cCase {
  std::string name;  // folder/test, e.g. node/class-001
  std::string file, data, shapes;
};

std::vector<W3cCase> Cases() {
  std::vector<W3cCase> out;
  const std::string root = SuiteDir() + "/manifest.ttl";
  if (!fs::exists(root)) return out;
  Graph top;
  if (!top.ReadFile(root, Syntax::kTurtle).ok()) return out;
  const Term include = Term::Iri(kMf + "include");
  for (const auto& folder : top.Match(nullptr, &include, nullptr)) {
    const std::string manifest = FileFor(folder.o.value);
    const std::string dir = fs::path(folder.o.value).parent_path().filename().string();
    Graph m;
    if (!m.ReadFile(manifest, Syntax::kTurtle).ok()) continue;
    for (const auto& inc : m.Match(nullptr, &include, nullptr)) {
      const std::string file = FileFor(inc.o.value);
      Graph g;
      if (!g.ReadFile(file, Syntax::kTurtle).ok()) continue;
      const Term entries = Term::Iri(kMf + "entries");
      for (const auto& e : g.Match(nullptr, &entries, nullptr)) {
        for (const Term& entry : ListMembers(g, e.o)) {
          for (const Term& action : Objects(g, entry, kMf + "action")) {
            const auto data = Objects(g, action, kSht + "dataGraph");
            const auto shapes = Objects(g, action, kSht + "shapesGraph");
            if (data.size() != 1 || shapes.size() != 1) continue;
            const std::string local = entry.value.substr(entry.value.rfind('/') + 1);
            out.push_back(
                {dir + "/" + local, file, FileFor(data[0].value), FileFor(shapes[0].value)});
          }
        }
      }
    }
  }
  return out;
}

std::string Show(const Term& t) { return t.kind == TermKind::kBlank ? "_:" : shacl::ShowTerm(t); }

std::string Key(const std::string& focus, const std::string& path, const std::string& value,
                const std::string& severity, const std::string& component) {
  return "focus " + focus + " | path " + path + " | value " + value + " | severity " + severity +
         " | component " + component;
}

std::string One(const Graph& g, const Term& s, const std::string& p) {
  const auto v = Objects(g, s, vocab::kSh + p);
  return v.empty() ? "-" : Show(v[0]);
}

// The results of the report node `report` in `g`, as comparable strings.
std::set<std::string> ResultKeys(const Graph& g, const Term& report) {
  std::set<std::string> out;
  for (const Term& r : Objects(g, report, vocab::kSh + "result")) {
    std::string path = "-";
    const auto paths = Objects(g, r, vocab::kSh + "resultPath");
    if (!paths.empty()) {
      auto p = shacl::ReadPath(g, paths[0]);
      path = p.ok() ? p->ToString() : "ill-formed path: " + p.status().message();
    }
    out.insert(Key(One(g, r, "focusNode"), path, One(g, r, "value"), One(g, r, "resultSeverity"),
                   One(g, r, "sourceConstraintComponent")));
  }
  return out;
}

std::set<std::string> ResultKeys(const shacl::ValidationReport& report) {
  std::set<std::string> out;
  for (const auto& r : report.results) {
    out.insert(Key(Show(r.focus), r.path ? r.path->ToString() : "-", r.value ? Show(*r.value) : "-",
                   Show(r.severity), Show(r.component)));
  }
  return out;
}

struct Expected {
  bool conforms = false;
  std::set<std::string> results;
};

Expected ReadExpected(const Graph& g) {
  Expected e;
  const Term result = Term::Iri(kMf + "result");
  const auto found = g.Match(nullptr, &result, nullptr);
  EXPECT_EQ(found.size(), 1u);
  if (found.empty()) return e;
  const auto conforms = Objects(g, found[0].o, vocab::kSh + "conforms");
  e.conforms = !conforms.empty() && conforms[0].value == "true";
  e.results = ResultKeys(g, found[0].o);
  // A test expecting violations lists them: an empty list here would mean
  // the manifest was misread, and every comparison would be vacuous.
  EXPECT_EQ(e.conforms, e.results.empty());
  return e;
}

void PrintTo(const W3cCase& c, std::ostream* os) { *os << c.name; }

class W3cSuite : public ::testing::TestWithParam<W3cCase> {};

TEST_P(W3cSuite, LibraryReportMatches) {
  const W3cCase& c = GetParam();
  Graph manifest;
  ASSERT_TRUE(manifest.ReadFile(c.file, Syntax::kTurtle).ok());
  const Expected want = ReadExpected(manifest);
  Graph shapes(/*query_indexes=*/true);
  ASSERT_TRUE(shapes.ReadFile(c.shapes, Syntax::kTurtle).ok());
  auto compiled = shacl::ShapesGraph::Compile(shapes);
  ASSERT_TRUE(compiled.ok()) << compiled.status().message();
  shacl::ValidationReport got;
  if (c.data == c.shapes) {
    got = compiled->Validate(shapes, shacl::DataGraph::kSameAsShapes);
  } else {
    Graph data(/*query_indexes=*/true);
    ASSERT_TRUE(data.ReadFile(c.data, Syntax::kTurtle).ok());
    got = compiled->Validate(data);
  }
  EXPECT_EQ(got.conforms, want.conforms);
  EXPECT_EQ(ResultKeys(got), want.results);
}

TEST_P(W3cSuite, CommandLineReportMatches) {
  const W3cCase& c = GetParam();
  Graph manifest;
  ASSERT_TRUE(manifest.ReadFile(c.file, Syntax::kTurtle).ok());
  const Expected want = ReadExpected(manifest);
  const fs::path dir = fs::temp_directory_path() / ("newskg-w3c-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string report = (dir / "report.ttl").string();
  const std::string cmd = std::string("'") + NEWSKG_BINARY + "' validate --shapes '" + c.shapes +
                          "' --report '" + report + "' '" + c.data + "' >/dev/null 2>&1";
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), want.conforms ? 0 : 1);
  Graph got;
  const Status read = got.ReadFile(report, Syntax::kTurtle);
  fs::remove_all(dir);
  ASSERT_TRUE(read.ok()) << read.message();
  const Term type = Term::Iri(vocab::kType);
  const Term report_class = Term::Iri(vocab::kSh + "ValidationReport");
  const auto reports = got.Match(nullptr, &type, &report_class);
  ASSERT_EQ(reports.size(), 1u);
  const auto conforms = Objects(got, reports[0].s, vocab::kSh + "conforms");
  ASSERT_EQ(conforms.size(), 1u);
  EXPECT_EQ(conforms[0].value == "true", want.conforms);
  EXPECT_EQ(ResultKeys(got, reports[0].s), want.results);
}

std::string CaseName(const ::testing::TestParamInfo<W3cCase>& info) {
  std::string name = info.param.name;
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Core, W3cSuite, ::testing::ValuesIn(Cases()), CaseName);

}  // namespace
}  // namespace newskg

int main(int argc, char** argv) {
  if (!std::filesystem::exists(newskg::SuiteDir() + "/manifest.ttl")) {
    std::cout << "skipped: no W3C SHACL test suite at " << newskg::SuiteDir() << "\n";
    return 77;
  }
  ::testing::InitGoogleTest(&argc, argv);
  const int rc = RUN_ALL_TESTS();
  const auto* unit = ::testing::UnitTest::GetInstance();
  // Each W3C test is run twice (library, command line); it passes when both do.
  std::map<std::string, bool> passed;
  for (int i = 0; i < unit->total_test_suite_count(); ++i) {
    const auto* suite = unit->GetTestSuite(i);
    for (int j = 0; j < suite->total_test_count(); ++j) {
      const auto* info = suite->GetTestInfo(j);
      if (!info->should_run()) continue;
      const std::string name = info->name();
      const std::string id = name.substr(name.find('/') + 1);
      const bool ok = info->result()->Passed();
      passed[id] = passed.count(id) == 0 ? ok : passed[id] && ok;
    }
  }
  size_t n = 0;
  for (const auto& [id, ok] : passed) n += ok ? 1 : 0;
  std::cout << "W3C SHACL Core: " << n << " of " << passed.size() << " tests passed\n";
  return rc;
}
