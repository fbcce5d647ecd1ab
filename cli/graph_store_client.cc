#include "cli/graph_store_client.h"

#include <curl/curl.h>

#include <cstdlib>
#include <memory>
#include <string_view>

#include "base/base.h"

namespace newskg {
namespace {

struct CurlFree {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistFree {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

size_t Collect(char* data, size_t size, size_t n, void* out) noexcept {
  auto* s = static_cast<std::string*>(out);
  if (s->size() < 4096) s->append(data, size * n);  // enough of the server's answer
  return size * n;
}

// libcurl's read callback over GraphStoreRequest::source; never throws.
size_t ReadSource(char* buf, size_t size, size_t n, void* source) noexcept {
  try {
    const long got =
        (*static_cast<const std::function<long(char*, size_t)>*>(source))(buf, size * n);
    return got < 0 ? CURL_READFUNC_ABORT : static_cast<size_t>(got);
  } catch (...) {
    return CURL_READFUNC_ABORT;
  }
}

std::string Escape(CURL* c, const std::string& s) {
  char* e = curl_easy_escape(c, s.c_str(), static_cast<int>(s.size()));
  std::string out = e != nullptr ? e : "";
  curl_free(e);
  return out;
}

}  // namespace

std::string EscapeForTerminal(const std::string& text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const size_t bad = FindInvalidUtf8(std::string_view(text).substr(i, 4));
      // A valid character is copied whole (FindInvalidUtf8 only stops at its start).
      if (bad != 0) {
        size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        // C1 control characters (U+0080..U+009F) are escaped like C0 ones.
        if (len == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
          out += "\\x";
          out += kHex[static_cast<unsigned char>(text[i + 1]) >> 4];
          out += kHex[static_cast<unsigned char>(text[i + 1]) & 15];
        } else {
          out.append(text, i, len);
        }
        i += len;
        continue;
      }
    }
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        if (c < 0x20 || c == 0x7F || c >= 0x80) {
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  return out;
}

struct GraphStoreClient::Handle {
  std::unique_ptr<CURL, CurlFree> curl;
  std::unique_ptr<curl_slist, SlistFree> headers;  // must outlive the transfer
  std::string answer;
  char error[CURL_ERROR_SIZE] = {0};
  bool accepted = false;  // the server has answered 2xx on this client
};

GraphStoreClient::GraphStoreClient() : handle_(std::make_unique<Handle>()) {}
GraphStoreClient::~GraphStoreClient() = default;

Status GraphStoreClient::Send(const GraphStoreRequest& r, long* http_status) {
  if (http_status != nullptr) *http_status = 0;
  static const bool initialized = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  if (!initialized) return IoError("cannot initialize libcurl");
  Handle& h = *handle_;
  if (!h.curl) {
    h.curl.reset(curl_easy_init());
    if (!h.curl) return IoError("cannot create a libcurl handle");
    CURL* c = h.curl.get();
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, Collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &h.answer);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, h.error);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_ANY);
    const char* user = std::getenv("NEWSKG_ENDPOINT_USER");
    const char* password = std::getenv("NEWSKG_ENDPOINT_PASSWORD");
    if (user != nullptr && *user != '\0') {
      curl_easy_setopt(c, CURLOPT_USERNAME, user);
      curl_easy_setopt(c, CURLOPT_PASSWORD, password != nullptr ? password : "");
    } else {
      curl_easy_setopt(c, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
      if (const char* netrc = std::getenv("NETRC"); netrc != nullptr && *netrc != '\0') {
        curl_easy_setopt(c, CURLOPT_NETRC_FILE, netrc);
      }
    }
  }
  CURL* c = h.curl.get();
  const std::string url = r.endpoint + (r.endpoint.find('?') == std::string::npos ? "?" : "&") +
                          "graph=" + Escape(c, r.graph);
  h.headers.reset(curl_slist_append(nullptr, "Content-Type: application/n-triples; charset=utf-8"));
  // Until the server has accepted a request, a 401 (or any refusal) comes
  // before the body, not after all of it; then the round trip is skipped
  // ("Expect:" stops libcurl adding it to large bodies).
  const char* expect = h.accepted ? "Expect:" : "Expect: 100-continue";
  h.headers.reset(curl_slist_append(h.headers.release(), expect));
  if (r.source) {
    h.headers.reset(curl_slist_append(h.headers.release(), "Transfer-Encoding: chunked"));
  }
  if (!h.headers) return IoError("cannot build the request headers");
  h.answer.clear();
  h.error[0] = '\0';
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, h.headers.get());
  curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, r.replace ? "PUT" : "POST");
  curl_easy_setopt(c, CURLOPT_POST, 1L);
  if (r.source) {
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, nullptr);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(-1));
    curl_easy_setopt(c, CURLOPT_READFUNCTION, ReadSource);
    curl_easy_setopt(c, CURLOPT_READDATA, &r.source);
  } else {
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, r.body.data());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(r.body.size()));
  }
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, r.connect_timeout);
  // Idle: fewer than 1 byte a second, in either direction, for that long.
  curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, r.idle_timeout);
  const CURLcode rc = curl_easy_perform(c);
  if (rc != CURLE_OK) {
    std::string why = h.error[0] != '\0' ? h.error : curl_easy_strerror(rc);
    if (rc == CURLE_OPERATION_TIMEDOUT) {
      why += " (limits: " + std::to_string(r.connect_timeout) + " s to connect, " +
             std::to_string(r.idle_timeout) + " s with no data; see --timeout)";
    }
    return IoError(r.endpoint + ": " + EscapeForTerminal(why));
  }
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (http_status != nullptr) *http_status = status;
  if (status < 200 || status >= 300) {
    std::string& answer = h.answer;
    while (!answer.empty() && (answer.back() == '\n' || answer.back() == '\r')) answer.pop_back();
    return IoError(r.endpoint + ": HTTP " + std::to_string(status) +
                   (status == 401 || status == 403
                        ? " (check NEWSKG_ENDPOINT_USER/NEWSKG_ENDPOINT_PASSWORD or netrc)"
                        : "") +
                   (answer.empty() ? "" : ": " + EscapeForTerminal(answer.substr(0, 500))));
  }
  h.accepted = true;
  return Status::Ok();
}

Status SendGraph(const GraphStoreRequest& request, long* http_status) {
  GraphStoreClient client;
  return client.Send(request, http_status);
}

}  // namespace newskg
