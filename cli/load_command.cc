// `newskg load`: graphs read, checked and sent to a triple store in one pass.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <iostream>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "cli/cli_util.h"
#include "cli/graph_commands.h"
#include "cli/graph_store_client.h"
#include "graph/graph.h"

namespace newskg::cli {

namespace {

// N-Triples batches from the reading thread to the senders: at most
// four wait, so memory stays bounded whatever the input's size.
class BatchPipe {
 public:
  struct Batch {
    std::string text;
    size_t triples = 0;
    std::string graph;  // a named graph of a dataset; empty: --graph
  };
  // False when the receiver has stopped (the reading should stop too).
  bool Push(Batch&& b) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return queue_.size() < 4 || stopped_; });
    if (stopped_) return false;
    queue_.push_back(std::move(b));
    cv_.notify_all();
    return true;
  }
  // The next batch; none when the input has ended (see status()).
  std::optional<Batch> Pop() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return !queue_.empty() || ended_; });
    if (queue_.empty()) return std::nullopt;
    Batch b = std::move(queue_.front());
    queue_.pop_front();
    cv_.notify_all();
    return b;
  }
  void End(Status status) {
    std::lock_guard<std::mutex> lock(mu_);
    ended_ = true;
    status_ = std::move(status);
    cv_.notify_all();
  }
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
    cv_.notify_all();
  }
  Status status() {
    std::lock_guard<std::mutex> lock(mu_);
    return status_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Batch> queue_;
  bool ended_ = false, stopped_ = false;
  Status status_;
};

// Reads `inputs` on a thread of its own into `pipe`, `batch` triples a time.
std::thread StartReading(const std::vector<std::string>& inputs, size_t batch, BatchPipe& pipe) {
  return std::thread([&inputs, batch, &pipe] {
    Status s = StreamGraphs(
        inputs, batch, [&](const std::string& graph, std::string&& text, size_t triples) {
          return pipe.Push({std::move(text), triples, graph}) ? Status::Ok()
                                                              : Status(StatusCode::kIo, "stopped");
        });
    pipe.End(std::move(s));
  });
}

// Joins the reading thread however the sending ends.
struct JoinOnExit {
  BatchPipe& pipe;
  std::thread& reader;
  ~JoinOnExit() {
    pipe.Stop();
    if (reader.joinable()) reader.join();
  }
};

// One request; the whole input checked before anything is sent when it is
// at most two batches, else streamed (chunked) and aborted if it turns out
// broken part way.
size_t LoadStreamed(const std::vector<std::string>& inputs, GraphStoreRequest request) {
  BatchPipe pipe;
  std::thread reader = StartReading(inputs, 50000, pipe);
  JoinOnExit join{pipe, reader};
  std::deque<BatchPipe::Batch> ahead;
  for (int i = 0; i < 2; ++i) {
    if (auto b = pipe.Pop()) ahead.push_back(std::move(*b));
  }
  Check(pipe.status());  // broken within the first two batches: nothing sent
  size_t triples = 0;
  if (ahead.size() < 2) {
    if (!ahead.empty()) {
      request.body = std::move(ahead.front().text);
      triples = ahead.front().triples;
    }
    Check(SendGraph(request));
    return triples;
  }
  std::string current;
  size_t at = 0;
  bool broken = false;
  request.source = [&](char* buf, size_t size) -> long {
    while (at == current.size()) {
      std::optional<BatchPipe::Batch> next;
      if (!ahead.empty()) {
        next = std::move(ahead.front());
        ahead.pop_front();
      } else {
        next = pipe.Pop();
      }
      if (!next) {
        broken = !pipe.status().ok();
        return broken ? -1 : 0;
      }
      current = std::move(next->text);
      triples += next->triples;
      at = 0;
    }
    const size_t n = std::min(size, current.size() - at);
    std::memcpy(buf, current.data() + at, n);
    at += n;
    return static_cast<long>(n);
  };
  const Status sent = SendGraph(request);
  if (broken) {
    throw Failure(pipe.status().message() +
                  " (the request was aborted part way, so the store received no complete graph)");
  }
  Check(sent);
  return triples;
}

// Hands the batches to the senders in input order, numbered, and collects
// what became of them. Several requests may be in flight, except around a
// graph's first batch under --replace (a PUT): it is sent once every earlier
// batch has been answered, and no later one is sent before it is answered,
// so nothing is stored before the PUT that would replace it; a failed PUT
// stops the load (a graph that was to be replaced and was not must not get
// the rest).
class Dispatcher {
 public:
  struct Job {
    size_t number = 0;  // 1, 2, ... in input order
    size_t triples = 0;
    std::string label;  // "batch N ([graph <G>, ]triples A-B)": notices and report
    GraphStoreRequest request;
  };

  Dispatcher(BatchPipe& pipe, const GraphStoreRequest& base, std::set<std::string>& named)
      : pipe_(pipe), base_(base), named_(named) {}

  // The next batch; none at the end of the input or after a failed PUT.
  std::optional<Job> Take() {
    std::lock_guard<std::mutex> taking(take_mu_);  // one taker at a time: input order
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [&] { return !put_in_flight_; });
      if (halted_) return std::nullopt;
    }
    std::optional<BatchPipe::Batch> b = pipe_.Pop();
    if (!b) return std::nullopt;
    std::unique_lock<std::mutex> lock(mu_);
    Job job;
    job.number = ++batches_;
    job.triples = b->triples;
    job.request = base_;
    job.request.body = std::move(b->text);
    // A dataset's named graph goes to the store's graph of that name; with
    // --replace, each graph's first batch replaces it.
    job.request.graph = b->graph.empty() ? base_.graph : b->graph;
    job.request.replace = base_.replace && started_.insert(job.request.graph).second;
    if (!b->graph.empty()) named_.insert(b->graph);
    job.label = "batch " + std::to_string(job.number) + " (" +
                (b->graph.empty() ? "" : "graph <" + b->graph + ">, ") + "triples " +
                std::to_string(first_) + "-" + std::to_string(first_ + b->triples - 1) + ")";
    first_ += b->triples;
    if (job.request.replace) {
      cv_.wait(lock, [&] { return in_flight_ == 0; });
      put_in_flight_ = true;
    }
    ++in_flight_;
    return job;
  }

  void Done(const Job& job, const Status& s) {
    std::lock_guard<std::mutex> lock(mu_);
    --in_flight_;
    if (s.ok()) {
      sent_ += job.triples;
    } else {
      lost_.emplace_back(job.number, job.label + ": " + s.message());
      if (job.request.replace) halted_ = true;
    }
    if (job.request.replace) put_in_flight_ = false;
    cv_.notify_all();
  }

  // After the senders have ended.
  size_t batches() const { return batches_; }
  size_t sent() const { return sent_; }
  // The batches not stored, in input order.
  std::vector<std::string> Lost() {
    std::sort(lost_.begin(), lost_.end());
    std::vector<std::string> out;
    for (auto& l : lost_) out.push_back(std::move(l.second));
    return out;
  }

 private:
  BatchPipe& pipe_;
  const GraphStoreRequest& base_;
  std::set<std::string>& named_;
  std::mutex take_mu_, mu_;
  std::condition_variable cv_;
  std::set<std::string> started_;  // graphs that got a batch: the others add to them
  size_t batches_ = 0, first_ = 1, sent_ = 0, in_flight_ = 0;
  bool put_in_flight_ = false, halted_ = false;
  std::vector<std::pair<size_t, std::string>> lost_;
};

// Sends batches until there are none, over a connection of its own, each
// retried with backoff.
void SendBatches(Dispatcher& dispatcher, int retries) {
  GraphStoreClient client;
  while (std::optional<Dispatcher::Job> job = dispatcher.Take()) {
    Status s;
    for (int attempt = 0; attempt <= retries; ++attempt) {
      if (attempt > 0) {
        // Said as it happens (one write: senders run at once); the batch is
        // named in the final report only if no attempt stores it.
        const int wait = 1 << (attempt - 1);
        std::cerr << ("newskg: " + job->label + ": " + s.message() + "; again in " +
                      std::to_string(wait) + " s\n");
        std::this_thread::sleep_for(std::chrono::seconds(wait));
      }
      long http = 0;
      s = client.Send(job->request, &http);
      // A refusal (4xx other than 408 and 429) will not change on a retry.
      if (s.ok() || (http >= 400 && http < 500 && http != 408 && http != 429)) break;
    }
    dispatcher.Done(*job, s);
  }
}

// Batches of `batch` triples, each its own request, `requests` at once, each
// retried with backoff; every batch that could not be stored is named at the
// end.
size_t LoadInBatches(const std::vector<std::string>& inputs, const GraphStoreRequest& request,
                     size_t batch, int requests, int retries, std::set<std::string>& named) {
  BatchPipe pipe;
  std::thread reader = StartReading(inputs, batch, pipe);
  JoinOnExit join{pipe, reader};
  Dispatcher dispatcher(pipe, request, named);
  std::vector<std::thread> senders;
  for (int i = 1; i < requests; ++i) {
    try {
      senders.emplace_back([&dispatcher, retries] { SendBatches(dispatcher, retries); });
    } catch (const std::system_error&) {
      break;  // no thread to be had: fewer requests in flight, the load and its report whole
    }
  }
  SendBatches(dispatcher, retries);
  for (auto& t : senders) t.join();
  const Status input = pipe.status();
  const size_t number = dispatcher.batches();
  if (number == 0) Check(input);  // broken before a first batch: nothing was sent
  const std::vector<std::string> lost = dispatcher.Lost();
  std::string report;
  for (const auto& l : lost) report += "\n  " + l;
  if (!input.ok() && input.message() != "stopped") {
    report += "\n  then the input: " + input.message() + " (nothing after it was sent)";
  }
  if (!report.empty()) {
    throw Failure(std::to_string(dispatcher.sent()) + " triples stored in " +
                  std::to_string(number - lost.size()) + " of " + std::to_string(number) +
                  " batches; not stored:" + report);
  }
  return dispatcher.sent();
}

}  // namespace

int Load(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg load --endpoint URL --graph IRI [options] GRAPH...\n"
      "Sends graphs to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol,\n"
      "reading, checking and sending in one pass, in batches, in bounded memory.\n"
      "Turtle and N-Triples go to --graph; of an N-Quads or TriG dataset, the default\n"
      "graph goes to --graph and each named graph to the store's graph of its name.\n"
      "An input of one batch is checked whole before it is sent. Credentials come from\n"
      "NEWSKG_ENDPOINT_USER and NEWSKG_ENDPOINT_PASSWORD, else from a netrc file\n"
      "(NETRC or ~/.netrc); never from the command line.\n\nOptions");
  std::string endpoint, graph_iri;
  size_t batch = 0;
  int retries = 3, requests = 2;
  desc.add_options()("help,h", "show this help")("endpoint", po::value(&endpoint),
                                                 "the Graph Store endpoint URL")(
      "graph", po::value(&graph_iri),
      "IRI of the named graph to add to (a dataset's default graph; its named graphs go to "
      "their own)")(
      "replace",
      "replace each graph sent to (PUT on its first batch) instead of adding to it (POST)")(
      "batch", po::value(&batch),
      "send N triples a request (default 50000), each retried on failure; the exit status and "
      "message say which batches were not stored")(
      "chunked",
      "send everything in one request with chunked transfer encoding, aborted if the input "
      "turns out broken part way (only for stores that read chunked bodies: Virtuoso 7 "
      "answers 200 and stores nothing)")(
      "requests", po::value(&requests)->default_value(requests),
      "batches in flight at once, each over a connection of its own (1: each batch sent once "
      "the one before is answered); with --replace a graph's first batch goes alone")(
      "retries", po::value(&retries)->default_value(retries),
      "attempts after a failed batch, waiting 1, 2, 4... seconds");
  long idle_timeout = 120, connect_timeout = 10;
  desc.add_options()("timeout", po::value(&idle_timeout)->default_value(idle_timeout),
                     "give up after this many seconds with no data moving")(
      "connect-timeout", po::value(&connect_timeout)->default_value(connect_timeout),
      "give up when connecting takes longer than this many seconds");
  po::variables_map vm;
  if (ParseCommand(desc, "graphs", args, vm)) return kOk;
  if (idle_timeout < 1 || idle_timeout > 86400 || connect_timeout < 1 || connect_timeout > 86400) {
    throw UsageError("load: --timeout and --connect-timeout take 1 to 86400 seconds");
  }
  if (vm.count("batch") && batch < 1) throw UsageError("load: --batch takes at least 1 triple");
  const bool chunked = vm.count("chunked") > 0;
  if (chunked && vm.count("batch"))
    throw UsageError("load: --batch and --chunked exclude each other");
  if (!chunked && batch == 0) batch = 50000;
  if (requests < 1 || requests > 8) throw UsageError("load: --requests takes 1 to 8");
  if (chunked && !vm["requests"].defaulted()) {
    throw UsageError("load: --requests and --chunked exclude each other");
  }
  if (retries < 0 || retries > 10) throw UsageError("load: --retries takes 0 to 10");
  if (endpoint.empty() || graph_iri.empty())
    throw UsageError("load: --endpoint and --graph are required");
  if (endpoint.rfind("http://", 0) != 0 && endpoint.rfind("https://", 0) != 0) {
    throw UsageError("load: --endpoint must be an http:// or https:// URL");
  }
  if (endpoint.find('@') != std::string::npos) {
    throw UsageError("load: put credentials in the environment or a netrc file, not in the URL");
  }
  if (!vm.count("input")) throw UsageError("load: no GRAPH given (see newskg load --help)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  for (const auto& input : inputs) {
    CheckInputFile(input);
    const Syntax syntax = SyntaxForPath(input);
    if (chunked && (syntax == Syntax::kNQuads || syntax == Syntax::kTriG)) {
      throw UsageError("load: --chunked sends one graph in one request; " + input +
                       " is a dataset (N-Quads or TriG), whose named graphs go in batches");
    }
  }
  GraphStoreRequest request{endpoint,        graph_iri,   vm.count("replace") > 0, "", {},
                            connect_timeout, idle_timeout};
  std::set<std::string> named;
  const size_t sent = batch > 0 ? LoadInBatches(inputs, request, batch, requests, retries, named)
                                : LoadStreamed(inputs, request);
  std::cerr << "newskg: sent " << sent << " triples to <" << graph_iri << ">";
  if (!named.empty()) std::cerr << " and " << named.size() << " named graph(s) of their own names";
  std::cerr << "\n";
  return kOk;
}

}  // namespace newskg::cli
