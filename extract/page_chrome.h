// Page chrome stage. Needs: Document::text (valid UTF-8). Provides:
// Document::chrome, the spans of the page's own words around the article
// (buttons, photo credits, bylines, copyright lines), which the tokenizer
// then skips: they name no entity and tell no fact.
#ifndef NEWSKG_EXTRACT_PAGE_CHROME_H_
#define NEWSKG_EXTRACT_PAGE_CHROME_H_

#include "extract/document.h"

namespace newskg {

// Finds chrome line by line, from the phrases of extract/data/page_chrome.tsv
// (by kind; the coordinators of coordinators.txt may join a byline's names):
//  - a line of button labels only ("License Photo", "Share | Tweet"), or one
//    opening with a label written in lower case before a capitalized word
//    ("subscribe Support our journalism ...");
//  - a line opening with a label and a colon ("Read more: ...");
//  - a photo credit ("Photo: Agency", "File Photo by A. Name/Agency |",
//    "(AP Photo/A. Name)") to its bracket's close or its line's end; a
//    credit whose line goes on past a few words ends where its last word
//    runs into the next one ("Picture: AGENCYThe minister said"), and is no
//    credit when no such seam shows;
//  - a byline ("By Jane Doe and John Roe, Agency"), a credits trailer
//    ("Reporting by ...; Editing by ...", alone on its line or in brackets)
//    and a copyright line ("Copyright 2024 Agency", "All rights reserved").
// Spans are sorted and do not overlap.
void FindPageChrome(Document& doc);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_PAGE_CHROME_H_
